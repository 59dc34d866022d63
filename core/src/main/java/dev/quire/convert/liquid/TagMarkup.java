package dev.quire.convert.liquid;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.nodes.LNode;

/**
 * The markup of {@code {% link %}} and {@code {% post_url %}} as Jekyll reads it: the raw text
 * between the tag name and {@code %}}. Liqp's lexer splits a tag's parameters into tokens, drops the
 * spaces and refuses characters such as {@code é}, so before parsing, {@link #protect} replaces the
 * markup of these tags by one string literal that holds it, hex-encoded (and the same number of line
 * breaks, so that lines stay where they were); {@link #of} gives it back to the tag. Text inside
 * {@code {% raw %}} is left alone.
 */
final class TagMarkup {

    /** The tags whose markup is carried through. */
    static final String TAGS = "link|post_url|highlight";

    private static final String PREFIX = "quire-markup:";
    private static final Pattern TAG_OR_RAW = Pattern.compile(
            "\\{%-?\\s*raw\\s*-?%\\}.*?\\{%-?\\s*endraw\\s*-?%\\}"
                    + "|\\{%(-?)(\\s*)(" + TAGS + ")(?!\\w)(.*?)(-?)%\\}",
            Pattern.DOTALL);

    private TagMarkup() {
    }

    /** {@code text} with the markup of every {@code link} and {@code post_url} tag protected. */
    static String protect(String text) {
        if (text.indexOf("{%") < 0 || (!text.contains("link") && !text.contains("post_url") && !text.contains("highlight"))) {
            return text;
        }
        Matcher m = TAG_OR_RAW.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            if (m.group(3) == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String markup = m.group(4);
            String encoded = HexFormat.of().formatHex(markup.getBytes(StandardCharsets.UTF_8));
            String breaks = "\n".repeat((int) markup.chars().filter(c -> c == '\n').count());
            m.appendReplacement(out, Matcher.quoteReplacement("{%" + m.group(1) + m.group(2) + m.group(3)
                    + " \"" + PREFIX + encoded + "\"" + breaks + " " + m.group(5) + "%}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PROTECTED = Pattern.compile(" \"" + PREFIX + "([0-9a-f]*)\"\n* ");

    /**
     * The column in {@code original} (0-based) of what is at {@code column} of line {@code line}
     * (1-based) of {@code protect(original)}: the markup put back in the tags before it on that line.
     */
    static int originalColumn(String original, int line, int column) {
        String[] lines = protect(original).split("\n", -1);
        if (line < 1 || line > lines.length) {
            return column;
        }
        String text = lines[line - 1];
        String before = text.substring(0, Math.min(column, text.length()));
        Matcher m = PROTECTED.matcher(before);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    new String(HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.length() + Math.max(0, column - text.length());
    }

    /**
     * The stripped markup in a tag's parameter text as the parse tree holds it, when {@link #protect}
     * put it there; else {@code null}.
     */
    static String decode(String parameterText) {
        if (parameterText == null || !parameterText.startsWith("\"" + PREFIX) || !parameterText.endsWith("\"")
                || parameterText.length() < PREFIX.length() + 2) {
            return null;
        }
        return rubyStrip(new String(HexFormat.of().parseHex(parameterText, PREFIX.length() + 1,
                parameterText.length() - 1), StandardCharsets.UTF_8));
    }

    /**
     * The raw markup of a tag, stripped as Ruby's {@code String#strip} does: from the protected
     * literal, or (a template that was not protected) Liqp's tokens joined.
     */
    static String of(TemplateContext context, LNode... nodes) {
        StringBuilder joined = new StringBuilder();
        for (LNode node : nodes) {
            Object value = node.render(context);
            joined.append(value == null ? "" : value);
        }
        String text = joined.toString();
        String decoded = nodes.length == 1 ? decode(text) : null;
        return decoded != null ? decoded : rubyStrip(text);
    }

    /** Ruby's {@code String#strip}: leading and trailing whitespace and NUL. */
    static String rubyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isRubySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isRubySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isRubySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\0';
    }
}
