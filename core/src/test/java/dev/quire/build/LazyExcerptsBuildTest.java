package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excerpts are rendered when a page reads them, and a problem in one is reported in its own file. */
class LazyExcerptsBuildTest {

    @TempDir
    Path root;

    /** An excerpt that is broken Liquid ("{{ page.title" cut at the blank line) in a post whose body is fine. */
    private static final String POST = "---\ntitle: Cut\n---\n{{ page.title\n\n}} and more.\n";

    private static void build(TestSite site) throws Exception {
        new Quire(TestPlugins.classLoader(ContentRendererPlugin.class)).build(site.options(), BuildListener.SILENT);
    }

    @Test
    void anExcerptNoPageReadsIsNotRendered() throws Exception {
        TestSite site = TestSite.create(root, Map.of("_posts/2019-01-01-cut.md", POST,
                "index.html", "---\n---\n{% for p in site.posts %}{{ p.title }}{% endfor %}\n"));

        build(site);

        assertEquals("Cut\n", site.output("index.html"));
    }

    @Test
    void aBrokenExcerptAPageReadsIsReportedInThePostsFile() {
        TestSite site = TestSite.create(root, Map.of("_posts/2019-01-01-cut.md", POST,
                "index.html", "---\n---\n{% for p in site.posts %}{{ p.excerpt }}{% endfor %}\n"));

        BuildFailedException failure = assertThrows(BuildFailedException.class, () -> build(site));

        assertEquals(1, failure.errors().size(), failure.getMessage());
        assertTrue(failure.errors().get(0).format().startsWith("_posts/2019-01-01-cut.md:4:"), failure.getMessage());
    }
}
