package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.model.Document;
import dev.quire.model.SourceFile;
import dev.quire.spi.GenerateContext;
import dev.quire.spi.Generator;
import dev.quire.spi.QuirePlugin;
import dev.quire.spi.Urls;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate phase: generators add and replace documents, which are then converted like any page. */
class GenerateBuildTest {

    @TempDir
    Path root;

    /** Adds /list.html, a page whose Liquid prints every post's title (seen before conversion). */
    public static final class ListPlugin extends QuirePlugin {
        @Override
        public String name() {
            return "test-list";
        }

        @Override
        protected void configure() {
            generators().addBinding().toInstance(new Generator() {
                @Override
                public String name() {
                    return "test-list";
                }

                @Override
                public void generate(GenerateContext context) {
                    SourceFile source = SourceFile.generated(context.config().source(), "test-list", "list.html");
                    context.add(Document.generated(source, Map.of("title", "List", "path", "list.html"),
                            "{% for p in site.posts %}[{{ p.title }}]{% endfor %}{{ page.title }}:{{ page.path }}",
                            Urls.htmlRoute("/list.html")));
                }
            });
        }
    }

    /**
     * Runs after {@code test-list}: gives index.html a {@code paginator} holding the posts, and
     * records the pages it saw (so the order is tested), then adds a page at index.html's output
     * path when the site says so.
     */
    public static final class PagerPlugin extends QuirePlugin {
        static final List<String> seen = new ArrayList<>();

        @Override
        public String name() {
            return "test-pager";
        }

        @Override
        protected void configure() {
            generators().addBinding().toInstance(new Generator() {
                @Override
                public String name() {
                    return "test-pager";
                }

                @Override
                public Set<String> after() {
                    return Set.of("test-list");
                }

                @Override
                public void generate(GenerateContext context) {
                    synchronized (seen) {
                        context.site().pages().forEach(page -> seen.add(page.source().path()));
                    }
                    Document index = context.site().pages().stream()
                            .filter(page -> page.source().path().equals("index.html")).findFirst().orElseThrow();
                    context.replace(index, index.withGlobal("paginator", Map.of("posts", context.site().postsNewestFirst(),
                            "page", 1)));
                    if (context.config().values().containsKey("clash")) {
                        context.add(index.withGlobal("paginator", Map.of("page", 2)));
                    }
                }
            });
        }
    }

    /** Fails with an exception that is not a located problem. */
    public static final class BrokenPlugin extends QuirePlugin {
        @Override
        public String name() {
            return "test-broken";
        }

        @Override
        protected void configure() {
            generators().addBinding().toInstance(new Generator() {
                @Override
                public String name() {
                    return "test-broken";
                }

                @Override
                public void generate(GenerateContext context) {
                    throw new IllegalStateException("no luck");
                }
            });
        }
    }

    private TestSite site(String config) {
        return TestSite.create(root, Map.of(
                "_config.yml", config,
                "_posts/2023-01-01-one.md", "---\ntitle: One\n---\n*one*\n",
                "_posts/2023-02-01-two.md", "---\ntitle: Two\n---\n*two*\n",
                "index.html", "---\n---\n{{ paginator.page }}:{% for p in paginator.posts %}({{ p.title }}={{ p.content | strip }}){% endfor %}"));
    }

    @Test
    void generatedPagesAreConvertedAndTheNextGeneratorSeesThem() throws Exception {
        TestSite site = site("title: t\n");
        List<String> phases = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void phaseFinished(String phase, String summary, java.time.Duration time) {
                phases.add(phase + ": " + summary);
            }

            @Override
            public void warning(Problem problem) {
            }
        };
        PagerPlugin.seen.clear();

        new Quire(TestPlugins.classLoader(ContentRendererPlugin.class, ListPlugin.class, PagerPlugin.class))
                .build(site.options(), listener);

        SortedMap<String, String> out = Trees.texts(site.destination());
        assertEquals("[Two][One]List:list.html", out.get("list.html"));
        // paginator is a top-level variable; its posts are shown as converted
        assertEquals("1:(Two=<p><em>two</em></p>)(One=<p><em>one</em></p>)", out.get("index.html"));
        assertEquals(List.of("[test-list]/list.html", "index.html"), PagerPlugin.seen);
        assertTrue(phases.contains("generate: 1 pages added, 1 replaced by 2 generators"), phases.toString());
        assertEquals(List.of("load", "resolve", "index", "generate", "convert", "render", "commit"),
                phases.stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
    }

    @Test
    void aGeneratedPageAtAnOutputPathAlreadyTakenNamesBothAndTheGenerator() throws Exception {
        TestSite site = site("clash: true\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(TestPlugins.classLoader(
                ContentRendererPlugin.class, ListPlugin.class, PagerPlugin.class)).build(site.options(), BuildListener.SILENT));

        assertEquals(List.of("index.html: 'index.html (made by generator 'test-pager')' and 'index.html' are both"
                + " written to 'index.html' (give one of them another permalink (front matter 'permalink:'))"),
                e.errors().stream().map(Problem::format).toList());
        assertTrue(!java.nio.file.Files.exists(site.destination()) || Trees.files(site.destination()).isEmpty(), "nothing written");
    }

    @Test
    void aFailingGeneratorFailsTheBuildNamingIt() {
        TestSite site = site("title: t\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(TestPlugins.classLoader(
                ContentRendererPlugin.class, BrokenPlugin.class)).build(site.options(), BuildListener.SILENT));

        assertEquals(1, e.errors().size());
        assertTrue(e.errors().get(0).message().startsWith("generator 'test-broken' failed: "), e.errors().toString());
        assertTrue(e.errors().get(0).message().contains("no luck"), e.errors().toString());
    }
}
