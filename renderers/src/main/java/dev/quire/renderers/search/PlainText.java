package dev.quire.renderers.search;

import dev.quire.spi.Text;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of converted HTML, as a search index holds it. */
final class PlainText {

    /** Character references: numeric ones and the named ones Markdown converters write. */
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    /** Tags that end a line of text: a space stands for them, so that paragraphs do not run together. */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<(?=/?(?:p|div|h[1-6]|li|ul|ol|pre|blockquote|table|tr|td|th|dl|dt|dd|section|article|aside|header|"
                    + "footer|figure|figcaption|hr|br)\\b)");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    private PlainText() {
    }

    /**
     * The text without tags, scripts and styles ({@link Text#stripHtml}), character references decoded,
     * whitespace collapsed ({@link Text#normalizeWhitespace}), and cut to at most {@code limit}
     * characters at a word's end where there is one (0: no limit).
     */
    static String of(String html, int limit) {
        // Block tags become spaces first, so that "<p>a</p><p>b</p>" gives "a b", not "ab".
        String spaced = BLOCK_TAG.matcher(html).replaceAll(" <");
        String text = Text.normalizeWhitespace(decode(Text.stripHtml(spaced)).replace('\u00a0', ' '));
        return limit > 0 ? truncate(text, limit) : text;
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = matcher.group();
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (Character.isValidCodePoint(codePoint) && codePoint != 0) {
                    replacement = new String(Character.toChars(codePoint));
                }
            } else if (NAMED.containsKey(name)) {
                replacement = NAMED.get(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** At most {@code limit} characters, cut after the last whole word (or mid-word if one word is longer). */
    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        if (text.charAt(end) != ' ') {
            int space = text.lastIndexOf(' ', end);
            if (space > 0) {
                end = space;
            }
        }
        return text.substring(0, end).stripTrailing();
    }
}
