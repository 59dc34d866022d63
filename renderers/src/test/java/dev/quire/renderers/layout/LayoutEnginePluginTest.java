package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.spi.LayoutEngine;
import dev.quire.spi.QuirePlugin;
import dev.quire.testing.DebugLines;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's layout engine renders the layouts of its extension, in the same chains as FreeMarker's. */
class LayoutEnginePluginTest {

    @TempDir
    Path folder;

    /**
     * Layouts in a toy language: {@code [content]}, {@code [page.title]}, {@code [site.title]},
     * {@code [site.excerpts]} (every post's) and {@code [site.pages]} (how many pages the site has,
     * counted while the engine gets ready) are replaced.
     */
    public static final class BracketsEngine implements LayoutEngine {

        @Override
        public Set<String> extensions() {
            return Set.of(".txt");
        }

        @Override
        public Templates prepare(Context context) {
            Map<String, Object> siteView = context.siteView();
            // Read while getting ready: counts as read by every page of these layouts.
            Object title = siteView.get("title");
            int pages = ((List<?>) siteView.get("pages")).size();
            return (layout, input) -> {
                String out = layout.body().replace("[content]", input.content());
                out = out.replace("[page.title]", String.valueOf(input.page().get("title")));
                out = out.replace("[site.title]", String.valueOf(title));
                if (out.contains("[site.excerpts]")) {
                    StringBuilder excerpts = new StringBuilder();
                    for (Object post : (List<?>) siteView.get("posts")) {
                        excerpts.append(((Map<?, ?>) post).get("excerpt"));
                    }
                    out = out.replace("[site.excerpts]", excerpts);
                }
                return out.replace("[site.pages]", String.valueOf(pages));
            };
        }
    }

    public static final class BracketsPlugin extends QuirePlugin {

        @Override
        public String name() {
            return "brackets";
        }

        @Override
        protected void configure() {
            layoutEngines().addBinding().to(BracketsEngine.class);
        }
    }

    /** A second engine for FreeMarker's extension. */
    public static final class RivalPlugin extends QuirePlugin {

        @Override
        public String name() {
            return "rival";
        }

        @Override
        protected void configure() {
            layoutEngines().addBinding().toInstance(new LayoutEngine() {
                @Override
                public Set<String> extensions() {
                    return Set.of(".ftlh");
                }

                @Override
                public Templates prepare(Context context) {
                    return (layout, input) -> input.content();
                }
            });
        }
    }

    private TestSite site() {
        return TestSite.create(folder, Map.of(
                "_config.yml", "title: Site\n",
                "_layouts/inner.txt", "---\nlayout: outer\n---\n<article>[page.title]: [content]</article>",
                "_layouts/count.txt", "<p>[site.pages] pages</p>",
                "_layouts/outer.ftlh", "<html><title>${page.title} - ${site.title}</title>${content}</html>\n",
                "index.md", "---\nlayout: inner\ntitle: Home\n---\nHello\n"));
    }

    @Test
    void aPluginsEngineAppliesItsLayoutsInAChainWithFreeMarkerLayouts() throws Exception {
        TestSite site = site();

        new Quire(TestPlugins.classLoader(LayoutsPlugin.class, BracketsPlugin.class)).build(site.options(),
                BuildListener.SILENT);

        assertEquals("<html><title>Home - Site</title><article>Home: <p>Hello</p>\n</article></html>\n",
                site.output("index.html"));
    }

    @Test
    void whatAnEngineReadsOfTheSiteCountsInAPartialBuildAlsoWhileItGotReady() throws Exception {
        TestSite site = site().write("count.md", "---\nlayout: count\n---\n");
        ClassLoader plugins = TestPlugins.classLoader(LayoutsPlugin.class, BracketsPlugin.class);
        new Quire(plugins).build(site.options(), BuildListener.SILENT);
        assertEquals("<p>2 pages</p>", site.output("count.html"));

        site.write("about.md", "---\ntitle: About\n---\nAbout\n");
        DebugLines debug = new DebugLines();
        new Quire(plugins).build(site.options(), debug);

        assertTrue(debug.doneAgain() != null, "a partial build: " + debug.lines());
        assertTrue(debug.doneAgain().contains("render layouts doc:count.md count.html"), debug.doneAgain().toString());
        assertEquals("<p>3 pages</p>", site.output("count.html"));
    }

    @Test
    void aBrokenExcerptAPluginsLayoutReadsIsReportedInItsPost() {
        TestSite site = site().write("_layouts/list.txt", "[site.excerpts][content]")
                .write("_posts/2019-01-01-cut.md", "---\ntitle: Cut\n---\n{{ page.title\n\n}}\n")
                .write("list.md", "---\nlayout: list\n---\nList\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(TestPlugins.classLoader(
                LayoutsPlugin.class, BracketsPlugin.class)).build(site.options(), BuildListener.SILENT));

        assertEquals(List.of("_posts/2019-01-01-cut.md"),
                e.errors().stream().map(error -> error.location().file()).distinct().toList(), e.errors().toString());
    }

    @Test
    void twoEnginesForOneExtensionFailTheBuildNamingBoth() {
        TestSite site = site();

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(TestPlugins.classLoader(
                LayoutsPlugin.class, RivalPlugin.class)).build(site.options(), BuildListener.SILENT));

        String message = e.errors().get(0).message();
        assertTrue(message.contains("two layout engines render .ftlh layouts") && message.contains("FreeMarkerLayouts")
                && message.contains("LayoutEnginePluginTest$RivalPlugin$1"), message);
    }
}
