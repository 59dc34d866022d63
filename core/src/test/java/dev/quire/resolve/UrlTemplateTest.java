package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlTemplateTest {

    private static final Map<String, String> VALUES = Map.of(
            "year", "2019", "month", "05", "day", "21", "title", "bride-of-chucky",
            "categories", "", "output_ext", ".html", "path", "");

    @Test
    void placeholdersAreReplaced() {
        assertEquals("/2019/05/21/bride-of-chucky.html",
                UrlTemplate.expand("/:year/:month/:day/:title:output_ext", VALUES));
    }

    @Test
    void emptyCategoriesVanishBySqueezingSlashes() {
        assertEquals("/2019/bride-of-chucky/", UrlTemplate.expand("/:categories/:year/:title/", VALUES));
        assertEquals("/", UrlTemplate.expand("/:path/", VALUES));
    }

    @Test
    void leadingSlashIsAddedAndDotSlashDropped() {
        assertEquals("/2019/x", UrlTemplate.expand(":year/x", VALUES));
        assertEquals("/a/b", UrlTemplate.expand("/./a/./b", VALUES));
    }

    @Test
    void trailingUnderscoreMayBelongToTheLiteral() {
        assertEquals("/05_21", UrlTemplate.expand("/:month_:day", VALUES));
        assertThrows(UrlTemplate.UnknownPlaceholderException.class, () -> UrlTemplate.expand("/:month__", VALUES),
                "Jekyll takes one '_' off, not all of them");
    }

    @Test
    void valuesAreEscapedUnlessPlain() {
        assertEquals("/classic%20hollywood/x%23y/", UrlTemplate.expand("/:a/:b/",
                Map.of("a", "classic hollywood", "b", "x#y")));
        assertEquals("/a/b/", UrlTemplate.expand("/:a/", Map.of("a", "a/b")));
    }

    @Test
    void literalTextIsNotEscaped() {
        assertEquals("/my blog/2019", UrlTemplate.expand("/my blog/:year", VALUES));
    }

    @Test
    void unknownPlaceholderIsAnError() {
        UrlTemplate.UnknownPlaceholderException e = assertThrows(UrlTemplate.UnknownPlaceholderException.class,
                () -> UrlTemplate.expand("/:year/:nope/", VALUES));

        assertEquals("nope", e.placeholder);
        assertTrue(e.getMessage().contains("doesn't have nope keys. Check your permalink template!"), e.getMessage());
    }
}
