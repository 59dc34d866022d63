package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limit_posts}; the {@code limit-posts} fixture holds what Jekyll 4.3.1 built. */
class PostLimitTest {

    @TempDir
    Path root;

    private List<String> kept(Object limit) {
        TestSite site = TestSite.create(root, Map.of("_posts/2019-01-01-a.md", "---\n---\n", "_posts/2019-01-03-c.md",
                "---\n---\n", "_posts/2019-01-02-b.md", "---\n---\n", "page.md", "---\n---\n"));
        SiteConfig config = TestContexts.config(site.source(), limit == null ? Map.of() : Map.of("limit_posts", limit));
        List<Document> documents = List.of("_posts/2019-01-01-a.md", "page.md", "_posts/2019-01-03-c.md",
                "_posts/2019-01-02-b.md").stream().map(path -> TestDocuments.resolve(config, path)).toList();
        return PostLimit.apply(config, documents).stream().map(d -> d.source().path()).toList();
    }

    @Test
    void keepsTheNewestPostsAndEveryPage() {
        assertEquals(List.of("page.md", "_posts/2019-01-03-c.md", "_posts/2019-01-02-b.md"), kept(2));
        assertEquals(List.of("page.md", "_posts/2019-01-03-c.md"), kept("1"));
    }

    @Test
    void zeroNothingOrMoreThanThereAreKeepsAll() {
        assertEquals(4, kept(0).size());
        assertEquals(4, kept(null).size());
        assertEquals(4, kept(10).size());
    }

    @Test
    void aNegativeLimitIsJekyllsErrorAtItsLine() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "title: x\nlimit_posts: -1\n"));

        QuireException e = assertThrows(QuireException.class, () -> ConfigReader.read(site.options()));

        assertEquals("_config.yml:2:1", e.problem().location().toString());
        assertTrue(e.problem().message().startsWith("limit_posts must be a non-negative number"), e.problem().message());
    }

    @Test
    void aLimitThatIsNotANumberIsAnError() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "limit_posts: many\n"));

        QuireException e = assertThrows(QuireException.class, () -> ConfigReader.read(site.options()));

        assertEquals("_config.yml:1:1", e.problem().location().toString());
        assertEquals("limit_posts must be a whole number, found 'many'", e.problem().message());
    }

    @Test
    void aBadLimitIsNamedInTheConfigFileThatSetsIt() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "limit_posts: 2\n",
                "_config_dev.yml", "title: dev\n  # note\nlimit_posts: -3\n"));

        QuireException e = assertThrows(QuireException.class, () -> ConfigReader.read(site.options()
                .withConfigFiles(java.util.List.of(site.file("_config.yml"), site.file("_config_dev.yml")))));

        assertEquals("_config_dev.yml:3:1", e.problem().location().toString());
        assertEquals("limit_posts must be a non-negative number (it is -3)", e.problem().message());
    }

    @Test
    void aBadLimitAFrontEndGivesIsNamedAsTheOption() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "limit_posts: 2\n"));

        QuireException e = assertThrows(QuireException.class,
                () -> ConfigReader.read(site.options().withOverride("limit_posts", "some")));

        assertEquals("[build option limit_posts]", e.problem().location().toString());
    }
}
