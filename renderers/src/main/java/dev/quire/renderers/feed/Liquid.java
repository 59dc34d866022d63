package dev.quire.renderers.feed;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** The few Liquid rules jekyll-feed's template relies on, for values read from front matter and configuration. */
final class Liquid {

    private Liquid() {
    }

    /** Liquid's truth: everything but nil and false. */
    static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    /** The {@code default} filter: {@code fallback} when the value is nil, false or empty. */
    static Object orDefault(Object value, Object fallback) {
        boolean empty = !truthy(value) || value instanceof CharSequence text && text.length() == 0
                || value instanceof Collection<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
        return empty ? fallback : value;
    }

    /** {@code value.key} in Liquid: a hash's entry, nil for anything else. */
    static Object property(Object value, String key) {
        return value instanceof Map<?, ?> map ? map.get(key) : null;
    }

    /** How Liquid prints a value: nil as nothing. */
    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Ruby's {@code capitalize}: the first character upper case, the rest lower case. */
    static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toUpperCase(Locale.ROOT) + text.substring(first).toLowerCase(Locale.ROOT);
    }

    /** Ruby's {@code strip}: ASCII whitespace and NUL removed from both ends. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isRubySpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isRubySpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isRubySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0;
    }
}
