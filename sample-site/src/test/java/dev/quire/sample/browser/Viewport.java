package dev.quire.sample.browser;

/** The screen sizes pages are checked at, in CSS pixels. */
public enum Viewport {
    PHONE(390, 844, true),
    DESKTOP(1366, 900, false);

    private final int width;
    private final int height;
    private final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Emulates a mobile device: the page's {@code <meta name="viewport">} applies. */
    public boolean mobile() {
        return mobile;
    }
}
