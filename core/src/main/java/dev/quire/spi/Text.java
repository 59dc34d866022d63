package dev.quire.spi;

import dev.quire.convert.markdown.SmartyPants;
import dev.quire.model.SiteConfig;
import dev.quire.resolve.Dates;
import dev.quire.util.UrlPaths;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text helpers Jekyll's filters give templates, for renderers written in Java: the built-in
 * feed, sitemap and search renderers use these, with exactly the rules of the Liquid filters of the
 * same names, so that a renderer's output matches what a Liquid template would print.
 */
public final class Text {

    /** Ruby's {@code \s}: ASCII whitespace only. */
    /** Liquid's {@code strip_html}: script and style elements and comments go whole, then every tag. */
    private static final Pattern HTML_BLOCKS = Pattern.compile("<script.*?</script>|<!--.*?-->|<style.*?</style>",
            Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile("<.*?>", Pattern.DOTALL);
    private static final DateTimeFormatter XMLSCHEMA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final Pattern URL_WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*", Pattern.DOTALL);

    private Text() {
    }

    /** {@code xml_escape}: {@code & < > " '} escaped, for XML text and attribute values alike. */
    public static String xmlEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code normalize_whitespace}: runs of ASCII whitespace become one space; ends trimmed. */
    public static String normalizeWhitespace(String text) {
        // A loop, not a regular expression: the search index runs every page's text through it.
        StringBuilder spaced = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                spaced.append(c);
            } else if (!inRun) {
                spaced.append(' ');
            }
            inRun = space;
        }
        int start = 0;
        int end = spaced.length();
        while (start < end && (spaced.charAt(start) == ' ' || spaced.charAt(start) == '\0')) {
            start++;
        }
        while (end > start && (spaced.charAt(end - 1) == ' ' || spaced.charAt(end - 1) == '\0')) {
            end--;
        }
        return spaced.substring(start, end);
    }

    /** {@code strip_html}: the text without tags, comments, scripts and styles (entities are kept). */
    public static String stripHtml(String html) {
        return HTML_TAGS.matcher(HTML_BLOCKS.matcher(html).replaceAll("")).replaceAll("");
    }

    /** {@code smartify}: SmartyPants' curly quotes, dashes and ellipses, as Unicode characters (as Jekyll's). */
    public static String smartify(String text) {
        return SmartyPants.smartify(text);
    }

    /** {@code relative_url}: the path under the site's {@code baseurl}; URLs with a scheme are kept. */
    public static String relativeUrl(SiteConfig config, String url) {
        return relativeUrl(config.baseUrl(), url);
    }

    /** {@code absolute_url}: the site's {@code url} and {@code baseurl} before the path. */
    public static String absoluteUrl(SiteConfig config, String url) {
        if (URL_WITH_SCHEME.matcher(url).matches()) {
            return url;
        }
        return config.url() + relativeUrl(config.baseUrl(), url);
    }

    /** {@code relative_url} under the given base URL ({@code ""} or {@code /path}). */
    public static String relativeUrl(String baseUrl, String url) {
        if (URL_WITH_SCHEME.matcher(url).matches()) {
            return url;
        }
        String path = url.isEmpty() || url.startsWith("/") ? url : "/" + url;
        String joined = baseUrl + path;
        return UrlPaths.normalizeReference(joined.replaceAll("/{2,}", "/"));
    }

    /**
     * {@code date_to_xmlschema}: a date (a front-matter date or time, an instant, or a string Ruby's
     * {@code Time.parse} reads) in the site's zone, as {@code 2019-02-12T10:00:00+01:00}.
     *
     * @throws IllegalArgumentException when the value is not a date, as Jekyll's {@code Invalid Date}
     */
    public static String dateToXmlschema(SiteConfig config, Object date) {
        ZonedDateTime zoned = date instanceof Instant instant ? instant.atZone(config.zone())
                : Dates.toZoned(date, config.zone()).orElseThrow(() -> new IllegalArgumentException(
                        "Invalid Date: '" + date + "' is not a valid datetime."));
        return XMLSCHEMA.format(zoned);
    }
}
