package dev.quire.renderers.search;

import dev.quire.spi.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of converted HTML, as a search index holds it. */
final class PlainText {

    /** Character references: numeric ones and the named ones Markdown converters write. */
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    /**
     * Tags that end a line of text: a space stands for them, so that paragraphs do not run together.
     * Matched as a whole tag name, in any case.
     */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "pre", "blockquote", "table", "tr", "td", "th", "dl", "dt", "dd", "section", "article", "aside",
            "header", "footer", "figure", "figcaption", "hr", "br");
    /** What {@link Text#stripHtml} removes with its content, by how it starts and how it ends. */
    private static final List<String[]> BLOCKS = List.of(new String[] {"<script", "</script>"},
            new String[] {"<!--", "-->"}, new String[] {"<style", "</style>"});
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
        String text = Text.normalizeWhitespace(decode(withoutTags(spacedWithoutBlocks(html))).replace('\u00a0', ' '));
        return limit > 0 ? truncate(text, limit) : text;
    }

    /**
     * The HTML without scripts, styles and comments (the first step of {@link Text#stripHtml}), with a
     * space before each block tag, so that "{@code <p>a</p><p>b</p>}" gives "a b", not "ab". One scan
     * instead of regular expressions: the search index reads every page's HTML.
     */
    static String spacedWithoutBlocks(String html) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            int blockEnd = blockEnd(html, at);
            if (blockEnd >= 0) {
                out.append(html, copied, at);
                copied = blockEnd;
                at = blockEnd - 1;
            } else if (isBlockTag(html, at)) {
                out.append(html, copied, at).append(' ');
                copied = at;
            }
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Where the script, style or comment starting at {@code at} ends, or -1 when none starts (or ends) there. */
    private static int blockEnd(String html, int at) {
        for (String[] block : BLOCKS) {
            if (html.startsWith(block[0], at)) {
                int end = html.indexOf(block[1], at + block[0].length());
                return end < 0 ? -1 : end + block[1].length();
            }
        }
        return -1;
    }

    /**
     * Whether a block tag (opening or closing) starts at {@code at}: its whole name, a run of ASCII
     * letters, digits and underscores (what HTML tag names are made of), in any case.
     */
    private static boolean isBlockTag(String html, int at) {
        int start = at + 1 < html.length() && html.charAt(at + 1) == '/' ? at + 2 : at + 1;
        int end = start;
        while (end < html.length() && isNameCharacter(html.charAt(end))) {
            end++;
        }
        return end - start <= 10 && BLOCK_TAGS.contains(html.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The text without tags: each {@code <} up to the next {@code >} (the second step of {@link Text#stripHtml}). */
    static String withoutTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', copied)) {
            int end = html.indexOf('>', at + 1);
            if (end < 0) {
                break;
            }
            out.append(html, copied, at);
            copied = end + 1;
        }
        return out.append(html, copied, html.length()).toString();
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
