package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigTest {

    private static SiteConfig config(Map<String, ?> values) {
        return TestContexts.config(Path.of("/site"), values);
    }

    @Test
    void baseUrlGetsOneLeadingSlashAndNoTrailingOne() {
        assertEquals("", config(Map.of()).baseUrl());
        assertEquals("", config(Map.of("baseurl", "/")).baseUrl());
        assertEquals("/blog", config(Map.of("baseurl", "blog")).baseUrl());
        assertEquals("/blog", config(Map.of("baseurl", "/blog/")).baseUrl());
    }

    @Test
    void urlLosesItsTrailingSlash() {
        assertEquals("https://example.com", config(Map.of("url", "https://example.com/")).url());
    }

    @Test
    void flagsAcceptBooleansAndStrings() {
        assertTrue(config(Map.of("future", true)).future());
        assertTrue(config(Map.of("future", "true")).future());
        assertFalse(config(Map.of("future", "no")).future());
        assertFalse(config(Map.of()).showDrafts());
    }

    @Test
    void markdownExtensions() {
        SiteConfig config = config(Map.of("markdown_ext", " MD, txt ,,"));

        assertEquals(List.of(".md", ".txt"), List.copyOf(config.markdownExtensions()));
        assertTrue(config.isMarkdown(new SourceFile(Path.of("/site"), "a.MD")));
        assertFalse(config.isMarkdown(new SourceFile(Path.of("/site"), "a.markdown")));
    }

    @Test
    void stringListAcceptsAListOrOneValue() {
        assertEquals(List.of("a", "1"), config(Map.of("exclude", List.of("a", 1))).stringList("exclude"));
        assertEquals(List.of("a"), config(Map.of("exclude", "a")).stringList("exclude"));
        assertEquals(List.of(), config(Map.of()).stringList("nothing"));
    }
}
