package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections through a whole build: what is written, and what Liquid sees of them. */
class CollectionsBuildTest {

    @TempDir
    Path root;

    private static final String CONFIG = """
            collections:
              recipes:
                output: true
              authors:
                output: false
            """;

    private static void build(TestSite site) throws BuildFailedException, java.io.IOException {
        new Quire(TestPlugins.classLoader(ContentRendererPlugin.class)).build(site.options(), BuildListener.SILENT);
    }

    @Test
    void onlyCollectionsWithOutputAreWrittenButAllAreListed() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", CONFIG,
                "_recipes/waffles.md", "---\n---\nWaffles\n",
                "_recipes/2020-03-04-pancakes.md", "---\n---\nPancakes\n",
                "_recipes/future.md", "---\ndate: 2999-01-01\n---\nLater\n",
                "_authors/jane.md", "---\nname: Jane\n---\nBio\n",
                "index.html", """
                        ---
                        ---
                        {% for c in site.collections %}{{ c.label }}:{{ c.output }}:{{ c.docs | size }} {% endfor %}
                        {% for r in site.recipes %}{{ r.title }}@{{ r.url }} {% endfor %}
                        {% for a in site.authors %}{{ a.name }}@{{ a.id }} {% endfor %}
                        """));

        build(site);

        assertEquals(Set.of("index.html", "recipes/waffles.html", "recipes/2020-03-04-pancakes.html"),
                Trees.files(site.destination()));
        String index = site.output("index.html");
        assertTrue(index.contains("authors:false:1 posts:true:0 recipes:true:3"), index);
        assertTrue(index.contains("Pancakes@/recipes/2020-03-04-pancakes.html Future@/recipes/future.html "
                + "Waffles@/recipes/waffles.html"), index);
        assertTrue(index.contains("Jane@/authors/jane"), index);
    }

    @Test
    void twoDocumentsOfACollectionWithoutOutputMayShareAUrl() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", CONFIG + "  people:\n    permalink: /same/\n",
                "_people/a.md", "---\n---\nA\n",
                "_people/b.md", "---\n---\nB\n"));

        build(site);

        assertEquals(Set.of(), Trees.files(site.destination()));
    }

    @Test
    void twoWrittenDocumentsThatShareAFileAreAnError() {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", CONFIG,
                "_recipes/a.md", "---\npermalink: /same/\n---\nA\n",
                "_recipes/b.md", "---\npermalink: /same/\n---\nB\n"));

        BuildFailedException failure = site.buildFails(options -> options);

        assertTrue(failure.getMessage().contains("'_recipes/b.md' and '_recipes/a.md' are both written to 'same/index.html'"),
                failure.getMessage());
    }
}
