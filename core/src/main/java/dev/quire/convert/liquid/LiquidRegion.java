package dev.quire.convert.liquid;

/**
 * The part of a text that Liquid has to see: from the first tag or output opening to the end of
 * the last one, widened over the whitespace that a {@code {{-}} or {@code -}}} trims. Text before
 * and after it holds no Liquid and passes through unchanged, so the (costly) Liquid parser only
 * reads the region: most Markdown bodies hold one {@code {{ page.title }}} near the top.
 *
 * @param start       offset of the region in the text
 * @param end         offset just past the region
 * @param linesBefore newlines before {@code start}, to map Liquid's line numbers to the text's
 * @param firstLineColumn characters between the start of its line and {@code start}, to map
 *                    Liquid's columns on the region's first line
 */
record LiquidRegion(int start, int end, int linesBefore, int firstLineColumn) {

    /** The line in the whole text of a 1-based line of the region. */
    int line(int regionLine) {
        return regionLine + linesBefore;
    }

    /** The 0-based column in the whole text of a 0-based column on a line of the region. */
    int column(int regionLine, int regionColumn) {
        return regionLine == 1 ? regionColumn + firstLineColumn : regionColumn;
    }

    /** The region of {@code text}, or {@code null} when it holds no Liquid at all. */
    static LiquidRegion of(String text) {
        int firstOutput = text.indexOf("{{");
        int firstTag = text.indexOf("{%");
        if (firstOutput < 0 && firstTag < 0) {
            return null;
        }
        int start = firstOutput < 0 ? firstTag : firstTag < 0 ? firstOutput : Math.min(firstOutput, firstTag);
        int lastOpen = Math.max(text.lastIndexOf("{{"), text.lastIndexOf("{%"));
        int lastClose = Math.max(text.lastIndexOf("}}"), text.lastIndexOf("%}"));
        int end = lastClose > lastOpen ? lastClose + 2 : text.length();
        if (start + 2 < text.length() && text.charAt(start + 2) == '-') {
            while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        }
        if (end < text.length() && end >= 3 && text.charAt(end - 3) == '-') {
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        int lines = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return new LiquidRegion(start, end, lines, start - lineStart);
    }
}
