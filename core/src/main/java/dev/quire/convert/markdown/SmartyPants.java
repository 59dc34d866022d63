package dev.quire.convert.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code smartify}: kramdown's SmartyPants input, which reads only HTML tags, entities and
 * typographic symbols. Tags and entities pass unchanged; {@code ---} em dash, {@code --} en dash,
 * {@code ...} ellipsis, {@code <<}/{@code >>} guillemets; quotes open at the start of a word (after
 * the start, white space, an opening bracket or a dash) and close elsewhere; a lone {@code &},
 * {@code <} or {@code >} is escaped. Nothing else is Markdown: {@code *x*} stays as it is.
 */
public final class SmartyPants {

    private static final Pattern TOKEN = Pattern.compile(
            "<[a-zA-Z/!?][^<>]*>|&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);|---|--|\\.\\.\\.|\\. \\. \\.|<<|>>|[\"'&<>]");

    private SmartyPants() {
    }

    public static String smartify(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String token = m.group();
            out.append(switch (token) {
                case "---" -> "\u2014";
                case "--" -> "\u2013";
                case "...", ". . ." -> "\u2026";
                case "<<" -> "\u00AB";
                case ">>" -> "\u00BB";
                case "&" -> "&amp;";
                case "<" -> "&lt;";
                case ">" -> "&gt;";
                case "\"" -> opens(text, m.start()) ? "\u201C" : "\u201D";
                case "'" -> opens(text, m.start()) && !decade(text, m.end()) ? "\u2018" : "\u2019";
                default -> token;
            });
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** A quote opens at the start of a word: after nothing, white space, an opening bracket or a dash, before a non-space. */
    private static boolean opens(String text, int at) {
        boolean startOfWord = at == 0 || Character.isWhitespace(text.charAt(at - 1)) || "([{-\u2013\u2014".indexOf(text.charAt(at - 1)) >= 0;
        return startOfWord && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1));
    }

    /** {@code '90s}: an apostrophe for the left-out digits. */
    private static boolean decade(String text, int after) {
        return after + 1 < text.length() && Character.isDigit(text.charAt(after)) && Character.isDigit(text.charAt(after + 1));
    }
}
