package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PermalinkStyleTest {

    @Test
    void builtInStyles() {
        assertEquals("/:categories/:year/:month/:day/:title:output_ext", PermalinkStyle.postTemplate("date"));
        assertEquals("/:categories/:year/:month/:day/:title/", PermalinkStyle.postTemplate("pretty"));
        assertEquals("/:categories/:year/:y_day/:title:output_ext", PermalinkStyle.postTemplate("ordinal"));
        assertEquals("/:categories/:year/W:week/:short_day/:title:output_ext", PermalinkStyle.postTemplate("weekdate"));
        assertEquals("/:categories/:title:output_ext", PermalinkStyle.postTemplate("none"));
    }

    @Test
    void anythingElseIsATemplate() {
        assertEquals("/blog/:year/:title/", PermalinkStyle.postTemplate("/blog/:year/:title/"));
        assertEquals("Pretty", PermalinkStyle.postTemplate("Pretty"));
    }

    @Test
    void pageSuffixFollowsJekyllsAddPermalinkSuffix() {
        assertEquals("/", PermalinkStyle.pageSuffix("pretty"));
        assertEquals(":output_ext", PermalinkStyle.pageSuffix("date"));
        assertEquals(":output_ext", PermalinkStyle.pageSuffix("ordinal"));
        assertEquals(":output_ext", PermalinkStyle.pageSuffix("none"));
        assertEquals("", PermalinkStyle.pageSuffix("weekdate"));
        assertEquals("/", PermalinkStyle.pageSuffix("/:year/:title/"));
        assertEquals(":output_ext", PermalinkStyle.pageSuffix("/:year/:title:output_ext"));
        assertEquals("", PermalinkStyle.pageSuffix("/blog/:year/:month/:day/:title"));
    }
}
