package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlFiltersTest {

    @Test
    void relativeUrlPrefixesTheBaseUrl() {
        assertEquals("/blog/about/", UrlFilters.relative("/blog", "/about/"));
        assertEquals("/blog/about/", UrlFilters.relative("/blog", "about/"));
        assertEquals("/about/", UrlFilters.relative("", "/about/"));
        assertEquals("/about/", UrlFilters.relative("", "about/"));
    }

    @Test
    void emptyInputIsTheBaseUrl() {
        // Jekyll joins the base URL and the input, each with a leading slash unless empty
        assertEquals("/blog", UrlFilters.relative("/blog", ""));
        assertEquals("", UrlFilters.relative("", ""));
    }

    @Test
    void absoluteUrlsAreLeftAlone() {
        assertEquals("https://other.example/x", UrlFilters.relative("/blog", "https://other.example/x"));
    }
}
