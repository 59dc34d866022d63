package dev.quire.convert.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownTransformerTest {

    @TempDir
    Path root;

    private final MarkdownTransformer markdown = new MarkdownTransformer(TestContexts.config(Path.of("/site")));

    @Test
    void seedPostHeaderGetsKramdownsId() {
        String html = markdown.toHtml("# Deep Learning and Neural Networks - Coursera Reviews\n\nText.\n");

        assertTrue(html.startsWith("<h1 id=\"deep-learning-and-neural-networks---coursera-reviews\">"
                + "Deep Learning and Neural Networks - Coursera Reviews</h1>"), html);
    }

    @Test
    void duplicateHeadersGetNumberedIds() {
        String html = markdown.toHtml("# Notes\n\n## Notes\n\n### Notes\n");

        assertEquals("<h1 id=\"notes\">Notes</h1>\n<h2 id=\"notes-1\">Notes</h2>\n<h3 id=\"notes-2\">Notes</h3>\n", html);
    }

    @Test
    void idsStartOverInEachDocument() {
        markdown.toHtml("# Notes\n");

        assertTrue(markdown.toHtml("# Notes\n").contains("id=\"notes\""));
    }

    @Test
    void punctuationAndMarkupAreLeftOutOfIds() {
        assertTrue(markdown.toHtml("## What's *new*, in `v2`?\n").contains("id=\"whats-new-in-v2\""),
                markdown.toHtml("## What's *new*, in `v2`?\n"));
        assertTrue(markdown.toHtml("Setext Été\n===\n").contains("id=\"setext-été\""));
    }

    @Test
    void tablesAndStrikethrough() {
        String html = markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~\n");

        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>1</td>"), html);
        assertTrue(html.contains("<del>gone</del>"), html);
    }

    @Test
    void onlyMarkdownFilesAreConverted() {
        TestSite site = TestSite.create(root, Map.of(
                "about.md", "---\n---\n# Title\n",
                "raw.html", "---\n---\n# not a header\n"));
        SiteConfig config = TestContexts.config(site.source());
        MarkdownTransformer transformer = new MarkdownTransformer(config);
        Document about = TestDocuments.resolve(config, "about.md");
        Document raw = TestDocuments.resolve(config, "raw.html");

        assertEquals("<h1 id=\"title\">Title</h1>\n",
                transformer.transform(about, TestContexts.convert(TestContexts.emptySite(config))).content());
        assertSame(raw, transformer.transform(raw, TestContexts.convert(TestContexts.emptySite(config))));
    }

    @Test
    void markdownExtensionsComeFromTheConfig() {
        TestSite site = TestSite.create(root, Map.of("notes.txt", "---\n---\n*hi*\n"));
        SiteConfig config = TestContexts.config(site.source(), Map.of("markdown_ext", "md,txt"));
        Document notes = TestDocuments.resolve(config, "notes.txt");

        assertEquals("<p><em>hi</em></p>\n", new MarkdownTransformer(config)
                .transform(notes, TestContexts.convert(TestContexts.emptySite(config))).content());
    }
}
