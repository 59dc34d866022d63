package dev.quire.resolve;

import dev.quire.util.UrlPaths;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a permalink template as Jekyll's {@code URL} class does: each {@code :placeholder} is
 * replaced by its escaped value (a trailing {@code _} may belong to the literal text), then the
 * result is sanitised (leading {@code /}, {@code ./} dropped, repeated {@code /} squeezed).
 */
final class UrlTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private UrlTemplate() {
    }

    /**
     * @throws UnknownPlaceholderException when the template names a placeholder that has no value
     */
    static String expand(String template, Map<String, String> values) {
        return expand(template, values, true);
    }

    /**
     * @param strict whether an unknown placeholder is an error (posts) or stays as literal text
     *               (pages, whose placeholders Jekyll substitutes from a plain hash)
     */
    static String expand(String template, Map<String, String> values, boolean strict) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String winner = values.containsKey(name) ? name : null;
            String rest = "";
            if (winner == null && name.endsWith("_")) {
                String shorter = name.substring(0, name.length() - 1);
                if (values.containsKey(shorter)) {
                    winner = shorter;
                    rest = name.substring(shorter.length());
                }
            }
            if (winner == null) {
                if (strict) {
                    throw new UnknownPlaceholderException(name);
                }
                matcher.appendReplacement(url, Matcher.quoteReplacement(matcher.group()));
                continue;
            }
            String value = values.get(winner);
            matcher.appendReplacement(url, Matcher.quoteReplacement(UrlPaths.escapePath(value == null ? "" : value) + rest));
        }
        matcher.appendTail(url);
        return sanitize(url.toString());
    }

    /**
     * The placeholders of the template that have no value (as {@code :name}, in order, once each):
     * the ones a non-strict {@link #expand} keeps as text.
     */
    static java.util.List<String> unknownPlaceholders(String template, Map<String, String> values) {
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean known = values.containsKey(name)
                    || name.endsWith("_") && values.containsKey(name.substring(0, name.length() - 1));
            if (!known) {
                unknown.add(":" + name);
            }
        }
        return java.util.List.copyOf(unknown);
    }

    /**
     * Jekyll's {@code sanitize_url}: a leading slash, {@code ..} turned into {@code /} (so values
     * cannot climb out), no {@code ./}, no repeated slashes.
     */
    private static String sanitize(String url) {
        return ("/" + url).replace("..", "/").replace("./", "").replaceAll("/{2,}", "/");
    }

    static final class UnknownPlaceholderException extends RuntimeException {
        final String placeholder;

        UnknownPlaceholderException(String placeholder) {
            super("The URL template doesn't have " + placeholder + " keys. Check your permalink template!");
            this.placeholder = placeholder;
        }
    }
}
