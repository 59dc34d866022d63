package dev.quire.renderers.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.Route;
import dev.quire.model.Site;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapEntriesTest {

    @TempDir
    Path root;

    private Document page(String path, String url, String extension, Map<String, Object> variables) {
        return Document.loaded(new SourceFile(root, path), DocumentKind.PAGE, Map.of(), 1, "", extension)
                .withData(new LinkedHashMap<>(variables)).withRoute(new Route(url, url.substring(1)));
    }

    private StaticFile file(String path, long modified) {
        return new StaticFile(new SourceFile(root, path), 1, modified);
    }

    private List<SitemapEntries.Entry> entries(List<Document> posts, List<Document> pages, List<StaticFile> files) {
        Site site = new Site(TestContexts.config(root, Map.of("url", "https://x.org")), posts, pages, Map.of(), files);
        return SitemapEntries.of(site);
    }

    @Test
    void pagesByFileNameWithHtmlOutputOrAFolderUrl() {
        List<SitemapEntries.Entry> entries = entries(List.of(), List.of(
                page("b/zebra.md", "/b/zebra.html", ".html", Map.of()),
                page("a/index.md", "/a/", ".html", Map.of("last_modified_at", "2023-02-01")),
                page("feed.xml", "/feed.xml", ".xml", Map.of()),
                page("data/folder.json", "/data/", ".json", Map.of()),
                page("old.htm", "/old.htm", ".htm", Map.of()),
                page("404.md", "/404.html", ".html", Map.of()),
                page("nope.html", "/nope.html", ".html", Map.of("sitemap", false)),
                page("yes.html", "/yes.html", ".html", Map.of("sitemap", "false"))), List.of());

        assertEquals(List.of(
                new SitemapEntries.Entry("https://x.org/data/", null),
                new SitemapEntries.Entry("https://x.org/a/", "2023-02-01T00:00:00+00:00"),
                new SitemapEntries.Entry("https://x.org/old.htm", null),
                new SitemapEntries.Entry("https://x.org/yes.html", null),
                new SitemapEntries.Entry("https://x.org/b/zebra.html", null)), entries);
    }

    @Test
    void postsDatedThenStaticHtmlAndPdfFilesByPathWithTheirModificationTime() {
        Document post = Document.loaded(new SourceFile(root, "_posts/2023-05-01-a.md"), DocumentKind.POST, Map.of(), 1,
                "", ".html").withData(Map.of("date", ZonedDateTime.parse("2023-05-01T10:00:00Z")))
                .withRoute(new Route("/2023/a/index.html", "2023/a/index.html"));
        List<SitemapEntries.Entry> entries = entries(List.of(post), List.of(), List.of(
                file("z.pdf", 0), file("docs/index.html", 86_400_000), file("a.css", 0), file("UP.HTML", 0),
                file("errors/404.html", 0)));

        assertEquals(List.of(
                new SitemapEntries.Entry("https://x.org/2023/a/", "2023-05-01T10:00:00+00:00"),
                new SitemapEntries.Entry("https://x.org/docs/", "1970-01-02T00:00:00+00:00"),
                new SitemapEntries.Entry("https://x.org/z.pdf", "1970-01-01T00:00:00+00:00")), entries);
    }
}
