package dev.quire.convert.liquid;

import dev.quire.spi.Text;
import dev.quire.util.UrlPaths;
import dev.quire.util.Slugify;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Jekyll's text filters ({@code Jekyll::Filters}): {@code xml_escape}, {@code cgi_escape},
 * {@code uri_escape}, {@code number_of_words}, {@code normalize_whitespace},
 * {@code array_to_sentence_string}, {@code slugify} and {@code jsonify}, with Ruby's rules for
 * whitespace (ASCII only), escaping and JSON.
 */
final class TextFilters {

    /** Ruby's {@code \s} and the whitespace {@code String#split} splits on. */
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
    private static final String CJK = "\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}\\p{IsHangul}";
    private static final Pattern CJK_CHAR = Pattern.compile("[" + CJK + "]");
    private static final Pattern NON_CJK_WORD = Pattern.compile("[^" + CJK + " \\t\\n\\x0B\\f\\r]+");

    private TextFilters() {
    }

    static List<Filter> all(java.time.ZoneId zone) {
        return List.of(xmlEscape(), cgiEscape(), uriEscape(), numberOfWords(), normalizeWhitespace(),
                arrayToSentenceString(), slugify(), jsonify(zone));
    }

    /** {@code input.to_s.encode(:xml => :attr)} without the quotes: {@code & < > " '} escaped. */
    static Filter xmlEscape() {
        return new Filter("xml_escape") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return xmlEscape(asString(value, context));
            }
        };
    }

    static String xmlEscape(String text) {
        return Text.xmlEscape(text);
    }

    /** Ruby's {@code CGI.escape}: all but {@code a-zA-Z0-9_.-~} percent-encoded (UTF-8), space as {@code +}. */
    static Filter cgiEscape() {
        return new Filter("cgi_escape") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return cgiEscape(asString(value, context));
            }
        };
    }

    static String cgiEscape(String text) {
        return UrlPaths.percentEncode(text.getBytes(StandardCharsets.UTF_8), "_.-~", true);
    }

    /**
     * {@code Addressable::URI.normalize_component}: percent-escapes are decoded, the text is put in
     * Unicode NFKC (when it is valid UTF-8), then every byte that is not reserved or unreserved
     * (RFC 3986) is percent-encoded, so {@code ?}, {@code /}, {@code #}, {@code &} stay.
     */
    static Filter uriEscape() {
        return new Filter("uri_escape") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return value == null ? null : uriEscape(asString(value, context));
            }
        };
    }

    static String uriEscape(String text) {
        byte[] raw = UrlPaths.percentDecode(text.getBytes(StandardCharsets.UTF_8));
        try {
            String unicode = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            raw = Normalizer.normalize(unicode, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // Addressable encodes the bytes as they are
        }
        return UrlPaths.percentEncode(raw, "-._~:/?#[]@!$&'()*+,;=", false);
    }

    /** Words split on whitespace; {@code "cjk"} counts each CJK character as a word, {@code "auto"} does when there is one. */
    static Filter numberOfWords() {
        return new Filter("number_of_words") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String mode = params.length > 0 && params[0] != null ? asString(params[0], context) : null;
                return numberOfWords(asString(value, context), mode);
            }
        };
    }

    static long numberOfWords(String text, String mode) {
        if ("cjk".equals(mode)) {
            return count(CJK_CHAR, text) + count(NON_CJK_WORD, text);
        }
        if ("auto".equals(mode)) {
            long cjk = count(CJK_CHAR, text);
            return cjk == 0 ? split(text) : cjk + count(NON_CJK_WORD, text);
        }
        return split(text);
    }

    private static long split(String text) {
        return WHITESPACE.splitAsStream(text).filter(word -> !word.isEmpty()).count();
    }

    private static long count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        long count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Runs of (ASCII) whitespace to one space, then Ruby's {@code strip}. */
    static Filter normalizeWhitespace() {
        return new Filter("normalize_whitespace") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return normalizeWhitespace(asString(value, context));
            }
        };
    }

    static String normalizeWhitespace(String text) {
        return Text.normalizeWhitespace(text);
    }

    /** {@code a, b, and c}; {@code a and b}; the connector ({@code "and"}) can be given. */
    static Filter arrayToSentenceString() {
        return new Filter("array_to_sentence_string") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String connector = params.length > 0 ? asString(params[0], context) : "and";
                Object[] array = value == null ? new Object[0] : asArray(value, context);
                String[] items = new String[array.length];
                for (int i = 0; i < array.length; i++) {
                    items[i] = asString(array[i], context);
                }
                return sentence(items, connector);
            }
        };
    }

    static String sentence(String[] items, String connector) {
        return switch (items.length) {
            case 0 -> "";
            case 1 -> items[0];
            case 2 -> items[0] + " " + connector + " " + items[1];
            default -> String.join(", ", java.util.Arrays.asList(items).subList(0, items.length - 1))
                    + ", " + connector + " " + items[items.length - 1];
        };
    }

    /** {@code Utils.slugify(input, mode: mode)}: nil stays nil; {@code latin} transliterates as Ruby's I18n does. */
    static Filter slugify() {
        return new Filter("slugify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (value == null) {
                    return null;
                }
                String mode = params.length > 0 && params[0] != null ? asString(params[0], context) : null;
                String text = asString(value, context);
                if ("latin".equals(mode)) {
                    // I18n.transliterate: what has no Latin approximation becomes "?", then a hyphen
                    text = Transliteration.transliterate(text);
                }
                return Slugify.slugify(text, mode, false);
            }
        };
    }

    /** {@code as_liquid(input).to_json}, as Ruby's JSON writes it. */
    static Filter jsonify(java.time.ZoneId zone) {
        return new Filter("jsonify") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                StringBuilder out = new StringBuilder();
                new RubyJson(this, context, zone).write(value, out);
                return out.toString();
            }
        };
    }
}
