package dev.quire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void stripHtmlDropsTagsScriptsStylesAndCommentsButKeepsEntities() {
        assertEquals("Hi &amp; bye ", Text.stripHtml("<p class=\"x\">Hi &amp; <em>bye</em></p><script>var a = '<b>';\n</script>"
                + "<!-- note\n --> <style>p { }</style>"));
    }

    @Test
    void xmlEscapeEscapesQuotesAndApostrophes() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", Text.xmlEscape("a <b> & \"c\" 'd'"));
    }

    @Test
    void normalizeWhitespaceCollapsesAsciiWhitespaceOnly() {
        assertEquals("a b\u00a0c", Text.normalizeWhitespace("  a \n\t b\u00a0c \r\n"));
    }

    @Test
    void normalizeWhitespaceGivesWhatItsRegularExpressionGave() {
        String alphabet = " \t\n\u000B\f\r\0\u00a0ab";
        java.util.Random random = new java.util.Random(7);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String spaced = text.toString().replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ");
            String expected = spaced.replaceAll("^[ \\x00]+", "").replaceAll("[ \\x00]+$", "");
            assertEquals(expected, Text.normalizeWhitespace(text.toString()), text.toString());
        }
    }

    @Test
    void urlsGetTheBaseUrlAndSiteUrlAsJekyllsFilters() {
        SiteConfig config = TestContexts.config(Path.of("site"), Map.of("url", "https://example.com", "baseurl", "/blog"));
        assertEquals("/blog/about/", Text.relativeUrl(config, "about/"));
        assertEquals("https://example.com/blog/feed.xml", Text.absoluteUrl(config, "/feed.xml"));
        assertEquals("https://other.org/x", Text.absoluteUrl(config, "https://other.org/x"));
    }

    @Test
    void smartifyCurlsQuotes() {
        assertEquals("\u201cHi\u201d \u2013 it\u2019s", Text.smartify("\"Hi\" -- it's"));
    }

    @Test
    void dateToXmlschemaPrintsDatesInTheSiteZone() {
        SiteConfig config = TestContexts.config(Path.of("site"), Map.of("timezone", "Europe/Paris"));
        assertEquals("2024-02-03T10:00:00+01:00", Text.dateToXmlschema(config, java.time.Instant.parse("2024-02-03T09:00:00Z")));
        assertEquals("2024-07-01T00:00:00+02:00", Text.dateToXmlschema(config, java.time.LocalDate.of(2024, 7, 1)));
        assertEquals("2024-02-03T10:00:00+01:00", Text.dateToXmlschema(config, "2024-02-03 10:00"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Text.dateToXmlschema(config, "soon"));
    }
}
