package dev.quire.util;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Jekyll's {@code Utils.slugify} with its modes: raw, default, pretty, ascii, latin. */
public final class Slugify {

    private static final Pattern RAW = Pattern.compile("\\s+");
    private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern ASCII = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugify() {
    }

    /** Slugifies in {@code mode}, lower-casing unless {@code cased}; {@code null} stays {@code null}. */
    public static String slugify(String text, String mode, boolean cased) {
        if (text == null) {
            return null;
        }
        String slug;
        switch (mode == null ? "default" : mode) {
            case "raw" -> slug = RAW.matcher(text).replaceAll("-");
            case "default" -> slug = DEFAULT.matcher(text).replaceAll("-");
            case "pretty" -> slug = PRETTY.matcher(text).replaceAll("-");
            case "ascii" -> slug = ASCII.matcher(text).replaceAll("-");
            case "latin" -> slug = DEFAULT.matcher(transliterate(text)).replaceAll("-");
            default -> {
                return cased ? text : text.toLowerCase(Locale.ROOT);
            }
        }
        if (slug.startsWith("-")) {
            slug = slug.substring(1);
        }
        if (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return cased ? slug : slug.toLowerCase(Locale.ROOT);
    }

    public static String slugify(String text) {
        return slugify(text, "default", false);
    }

    /** Drops accents ({@code é} to {@code e}), as Ruby's I18n.transliterate does for Latin text. */
    private static String transliterate(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
