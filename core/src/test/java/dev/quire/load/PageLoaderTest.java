package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.SourceFile;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageLoaderTest {

    @TempDir
    Path root;

    private final PageLoader loader = new PageLoader();

    @Test
    void claimsFilesWithFrontMatterOutsideSpecialFolders() {
        TestSite site = TestSite.create(root, Map.of(
                "about.md", "---\ntitle: About\n---\n",
                "docs/guide.html", "---\n---\n<p>guide</p>",
                "style.css", "body {}",
                "_includes/head.html", "---\n---\n",
                ".hidden/page.md", "---\n---\n",
                "notes.md", "# no front matter\n"));
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        assertTrue(loader.claims(new SourceFile(site.source(), "about.md"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "docs/guide.html"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "style.css"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "_includes/head.html"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), ".hidden/page.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "notes.md"), context), "no front matter: static");
    }

    @Test
    void onlyAFirstLineOfThreeDashesMakesAPage() {
        TestSite site = TestSite.create(root, Map.of(
                "assets/notes.txt", "------------\nNotes {{ not liquid }}\n---\n",
                "rule.md", "---x\n---\n",
                "dashes.md", "---",
                "spaced.md", "--- \ntitle: x\n---\n",
                "windows.md", "---\r\ntitle: x\r\n---\r\n",
                "open.md", "---\ntitle: never closed\n"));
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        assertFalse(loader.claims(new SourceFile(site.source(), "assets/notes.txt"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "rule.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "dashes.md"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "spaced.md"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "windows.md"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "open.md"), context), "unclosed front matter: still a page");
    }

    @Test
    void includedSpecialFilesArePages() {
        TestSite site = TestSite.create(root, Map.of(".well-known/page.md", "---\n---\n"));
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source(),
                Map.of("include", java.util.List.of(".well-known"))));

        assertTrue(loader.claims(new SourceFile(site.source(), ".well-known/page.md"), context));
    }

    @Test
    void loadsPagesWithTheirOutputExtension() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "about.md", "---\ntitle: About\n---\nbody",
                "feed.xml", "---\n---\n<feed/>"));
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        loader.load(new SourceFile(site.source(), "about.md"), context);
        loader.load(new SourceFile(site.source(), "feed.xml"), context);

        Document about = context.documents().get(0);
        assertEquals(DocumentKind.PAGE, about.kind());
        assertEquals(".html", about.outputExtension());
        assertEquals("About", about.title());
        assertEquals("body", about.body());
        assertEquals(".xml", context.documents().get(1).outputExtension());
    }
}
