package dev.quire.sample.browser;

import java.util.Locale;

/** The {@code prefers-color-scheme} a page is shown with. */
public enum ColorScheme {
    LIGHT,
    DARK;

    /** The media feature's value: {@code light} or {@code dark}. */
    public String mediaValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
