package dev.quire.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlPathsTest {

    @Test
    void plainPathsAreLeftAlone() {
        assertEquals("", UrlPaths.escapePath(""));
        assertEquals("/2019/05/21/bride-of-chucky.html", UrlPaths.escapePath("/2019/05/21/bride-of-chucky.html"));
    }

    @Test
    void escapesAsJekyllDoes() {
        assertEquals("classic%20hollywood", UrlPaths.escapePath("classic hollywood"));
        assertEquals("%C3%89t%C3%A9-%C3%A0-Paris-(v2)", UrlPaths.escapePath("Été-à-Paris-(v2)"));
        assertEquals("Mixed_Case.Title!", UrlPaths.escapePath("Mixed_Case.Title!"));
        assertEquals("a%23b", UrlPaths.escapePath("a#b"));
        assertEquals("a%3Fb%5Bc%5D", UrlPaths.escapePath("a?b[c]"));
        assertEquals("100%25", UrlPaths.escapePath("100%"));
        assertEquals("-._~!$&'()*+,;=:@/", UrlPaths.escapePath("-._~!$&'()*+,;=:@/"));
        assertEquals("%22%3C%3E%5C%5E%60%7B%7C%7D", UrlPaths.escapePath("\"<>\\^`{|}"));
        assertEquals("%F0%9F%98%80", UrlPaths.escapePath("\uD83D\uDE00"));
    }

    @Test
    void unescapes() {
        assertEquals("/coursera reviews/x.html", UrlPaths.unescapePath("/coursera%20reviews/x.html"));
        assertEquals("Été-à-Paris-(v2)", UrlPaths.unescapePath("%C3%89t%C3%A9-%C3%A0-Paris-(v2)"));
        assertEquals("a+b", UrlPaths.unescapePath("a+b"), "a plus stays a plus in a path");
        assertEquals("/../", UrlPaths.unescapePath("/%2e%2E/"));
        assertEquals("100%", UrlPaths.unescapePath("100%"), "a lone percent is kept");
        assertEquals("%zz", UrlPaths.unescapePath("%zz"));
        assertEquals("A", UrlPaths.unescapePath("%41"), "at the very end");
        assertEquals("\uD83D\uDE00 x", UrlPaths.unescapePath("\uD83D\uDE00%20x"));
    }

    @Test
    void roundTrip() {
        for (String path : new String[] {"classic hollywood/2019", "Été à Paris (v2)", "a#b?c", "100%", "日本"}) {
            assertEquals(path, UrlPaths.unescapePath(UrlPaths.escapePath(path)), path);
        }
    }

    @Test
    void percentEncodingKeepsLettersDigitsAndTheGivenCharacters() {
        byte[] text = "a b/é+%".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("a%20b/%C3%A9%2B%25", UrlPaths.percentEncode(text, "/", false));
        assertEquals("a+b%2F%C3%A9%2B%25", UrlPaths.percentEncode(text, "", true));
    }

    @Test
    void percentDecodingLeavesBrokenEscapesAlone() {
        assertEquals("a b%zz%2", new String(UrlPaths.percentDecode("a%20b%zz%2".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void normalizeReferenceEncodesWhatAUrlMayNotHoldAsAddressableDoes() {
        assertEquals("/blog/a%20b/", UrlPaths.normalizeReference("/blog/a b/"));
        assertEquals("/%C3%BCber/?q=1&x=%20#top", UrlPaths.normalizeReference("/über/?q=1&x=%20#top"));
        assertEquals("/a%2Fb/(x)!;=@:", UrlPaths.normalizeReference("/a%2fb/(x)!;=@:"));
        assertEquals("/100%25", UrlPaths.normalizeReference("/100%"));
    }
}
