package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionLoaderTest {

    @TempDir
    Path root;

    private final CollectionLoader loader = new CollectionLoader();

    private SiteConfig config(TestSite site) {
        return TestContexts.config(site.source(), Map.of("collections",
                Map.of("recipes", Map.of("output", true), "authors", Map.of())));
    }

    @Test
    void claimsTheFilesOfConfiguredCollectionsButNotFilteredEntries() {
        TestSite site = TestSite.create(root, Map.of(
                "_recipes/pancakes.md", "---\n---\n",
                "_recipes/sub/deep.md", "---\n---\n",
                "_recipes/notes.txt", "plain",
                "_recipes/_private/hidden.md", "---\n---\n",
                "_recipes/sub/_underscored.md", "---\n---\n",
                "_recipes/.dotted.md", "---\n---\n",
                "_recipes/backup.md~", "---\n---\n",
                "_unlisted/x.md", "---\n---\n",
                "_posts/2019-01-01-a.md", "---\n---\n"));
        CollectingLoadContext context = TestContexts.load(config(site));

        for (String claimed : List.of("_recipes/pancakes.md", "_recipes/sub/deep.md", "_recipes/notes.txt")) {
            assertTrue(loader.claims(new SourceFile(site.source(), claimed), context), claimed);
        }
        for (String left : List.of("_recipes/_private/hidden.md", "_recipes/sub/_underscored.md",
                "_recipes/.dotted.md", "_recipes/backup.md~", "_unlisted/x.md", "_posts/2019-01-01-a.md")) {
            assertFalse(loader.claims(new SourceFile(site.source(), left), context), left);
        }
    }

    @Test
    void aFileWithFrontMatterIsADocumentAnyOtherAStaticFileOfTheCollection() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_authors/jane.md", "---\nname: Jane\n---\nBio\n",
                "_authors/joe.txt", "joe",
                "_recipes/no-front-matter.md", "# Just Markdown\n"));
        CollectingLoadContext context = TestContexts.load(config(site));

        loader.load(new SourceFile(site.source(), "_authors/jane.md"), context);
        loader.load(new SourceFile(site.source(), "_authors/joe.txt"), context);
        loader.load(new SourceFile(site.source(), "_recipes/no-front-matter.md"), context);

        Document jane = context.documents().get(0);
        assertEquals("authors", jane.collection());
        assertEquals("Jane", jane.frontMatter().get("name"));
        assertEquals(".html", jane.outputExtension());
        List<StaticFile> files = context.staticFiles().stream()
                .sorted(java.util.Comparator.comparing(StaticFile::source)).toList();
        assertEquals(List.of("_authors/joe.txt", "_recipes/no-front-matter.md"),
                files.stream().map(file -> file.source().path()).toList());
        assertEquals("authors", files.get(0).collection());
        assertFalse(files.get(0).output(), "authors has no output");
        assertTrue(files.get(1).output());
    }
}
