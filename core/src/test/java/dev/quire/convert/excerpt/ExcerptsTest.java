package dev.quire.convert.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which documents get an excerpt and from what; rendering is stubbed (it marks what it was given). */
class ExcerptsTest {

    @TempDir
    Path root;

    private final RecordingProblems problems = new RecordingProblems();
    private final List<Document> rendered = new ArrayList<>();
    private final UnaryOperator<Document> render = d -> {
        rendered.add(d);
        return d.withContent("<" + d.content() + ">");
    };

    private Object excerptOf(String path, String content, Map<String, ?> config) {
        TestSite site = TestSite.create(root).write(path, content);
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        Document document = TestDocuments.load(siteConfig, path);
        Object excerpt = Excerpts.withExcerpt(document, siteConfig, render, problems).data().get("excerpt");
        return dev.quire.model.Deferred.resolve(excerpt);
    }

    private Object excerptOf(String path, String content) {
        return excerptOf(path, content, Map.of());
    }

    @Test
    void theExcerptIsRenderedWhenFirstReadAndOnlyOnce() {
        TestSite site = TestSite.create(root).write("_posts/2019-01-01-a.md", "---\n---\nFirst.\n\nSecond.");
        SiteConfig siteConfig = TestContexts.config(site.source());
        Document document = Excerpts.withExcerpt(TestDocuments.load(siteConfig, "_posts/2019-01-01-a.md"), siteConfig,
                render, problems);

        assertEquals(List.of(), rendered, "nothing rendered before a template reads it");
        Map<String, Object> page = dev.quire.model.Drops.page(document);
        assertEquals("<First.>", page.get("excerpt"));
        assertEquals("<First.>", page.get("excerpt"));
        assertEquals(1, rendered.size(), "rendered once");
    }

    @Test
    void postsGetTheRenderedFirstParagraph() {
        assertEquals("<First.>", excerptOf("_posts/2019-01-01-a.md", "---\nlayout: post\n---\nFirst.\n\nSecond."));
        Document given = rendered.get(0);
        assertEquals("post", given.data().get("layout"), "Jekyll's excerpt shows the document's layout");
        assertFalse(given.data().containsKey("excerpt"), "an excerpt has no excerpt");
        assertEquals("First.", given.content());
    }

    @Test
    void pagesOnlyWithPageExcerpts() {
        assertNull(excerptOf("about.md", "---\n---\nAbout.\n\nMore."));
        assertEquals("<About.>", excerptOf("about.md", "---\n---\nAbout.\n\nMore.", Map.of("page_excerpts", true)));
    }

    @Test
    void frontMatterSeparatorWinsOverTheSitesAndEmptyMeansNone() {
        assertEquals("<a\n\nb>", excerptOf("_posts/2019-01-01-a.md",
                "---\nexcerpt_separator: \"<!--more-->\"\n---\na\n\nb<!--more-->c", Map.of("excerpt_separator", "x")));
        assertEquals("<a\n\nb>", excerptOf("_posts/2019-01-01-a.md", "---\n---\na\n\nb<!--more-->c",
                Map.of("excerpt_separator", "<!--more-->")));
        assertNull(excerptOf("_posts/2019-01-01-a.md", "---\nexcerpt_separator: \"\"\n---\na\n\nb"));
        assertNull(excerptOf("_posts/2019-01-01-a.md", "---\n---\na\n\nb", Map.of("excerpt_separator", "")));
    }

    @Test
    void aFrontMatterExcerptIsKeptAsWritten() {
        assertEquals("Given *as is* {{ x }}", excerptOf("_posts/2019-01-01-a.md",
                "---\nexcerpt: \"Given *as is* {{ x }}\"\n---\nBody.\n\nMore."));
        assertTrue(rendered.isEmpty());
    }

    @Test
    void aRepairedBlockIsAWarningAtTheBody() {
        assertEquals("<{% if a %}x\n{% endif %}>", excerptOf("_posts/2019-01-01-a.md",
                "---\ntitle: T\n---\n{% if a %}x\n\ny{% endif %}"));
        assertEquals(1, problems.warnings().size());
        assertEquals("_posts/2019-01-01-a.md:4", problems.warnings().get(0).location().toString());
        assertTrue(problems.warnings().get(0).message().startsWith("Excerpt modified in _posts/2019-01-01-a.md!"));
    }
}
