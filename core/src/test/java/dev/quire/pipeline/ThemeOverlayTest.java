package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.model.Document;
import dev.quire.model.StaticFile;
import dev.quire.model.Theme;
import dev.quire.spi.QuirePlugin;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme lies under the site: the site's own files, layouts and outputs win; the rest is built as the site's. */
class ThemeOverlayTest {

    /** The folder the test theme plugin serves (plugins are made by ServiceLoader, so it is static). */
    static Path themeRoot;
    /** The name the test theme goes by. */
    static String themeName = "test";

    @TempDir
    Path root;

    @BeforeEach
    void writeTheme() throws Exception {
        themeName = "test";
        themeRoot = Files.createDirectories(root.resolve("theme"));
        Map<String, String> files = Map.of(
                "_layouts/default.ftlh", "theme default",
                "_layouts/post.ftlh", "---\nlayout: default\n---\ntheme post",
                "_includes/head.ftlh", "theme head",
                "_posts/2020-01-01-theme-post.md", "---\n---\nnot read: a theme has no posts",
                "_config.yml", "title: not read\n",
                "404.html", "---\npermalink: /404.html\n---\ntheme 404",
                "search.html", "---\n---\ntheme search",
                "assets/theme.css", "body {}",
                "assets/site.css", "theme's, overridden");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = themeRoot.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    @Test
    void theSiteWinsByPathByLayoutNameAndByOutputAndTheRestOfTheThemeIsBuilt() throws Exception {
        TestSite site = TestSite.create(root.resolve("site"), Map.of(
                "_layouts/default.html", "---\n---\nthe site's default, in another engine",
                "404.md", "---\npermalink: /404.html\n---\nsite 404",
                "assets/site.css", "site css",
                "index.md", "---\n---\nhome",
                "_config.yml", "theme: test\n"));

        build(site, Map.of());

        assertEquals("""
                document 404.html: 404.md
                document index.html: index.md
                document search.html: [theme test]/search.html
                layout default: _layouts/default.html
                layout post: [theme test]/_layouts/post.ftlh
                static assets/site.css: assets/site.css
                static assets/theme.css: [theme test]/assets/theme.css
                theme: test
                """, site.output("site.txt"));
    }

    @Test
    void aSiteExcludesAThemeFileAsItsOwn() throws Exception {
        TestSite site = TestSite.create(root.resolve("site"), Map.of("_config.yml", "theme: test\nexclude: [search.html, assets]\n"));

        build(site, Map.of());

        String listing = site.output("site.txt");
        assertTrue(!listing.contains("search.html") && !listing.contains("assets/"), listing);
        assertTrue(listing.contains("document 404.html: [theme test]/404.html"), listing);
    }

    @Test
    void withoutAThemeKeyTheDefaultThemeServesOnlyASiteWithoutLayoutsOfItsOwn() throws Exception {
        themeName = "quire";
        TestSite bare = TestSite.create(root.resolve("bare"), Map.of("a.md", "---\n---\na"));
        TestSite withLayouts = TestSite.create(root.resolve("own"), Map.of("a.md", "---\n---\na",
                "_layouts/base.ftlh", "${content}"));

        build(bare, Map.of());
        build(withLayouts, Map.of());

        assertTrue(bare.output("site.txt").contains("theme: quire"), bare.output("site.txt"));
        assertEquals("document a.html: a.md\nlayout base: _layouts/base.ftlh\n", withLayouts.output("site.txt"));
    }

    @Test
    void themeNoneBuildsWithoutTheTheme() throws Exception {
        TestSite site = TestSite.create(root.resolve("site"), Map.of("_config.yml", "theme: none\n", "a.md", "---\n---\na"));

        BuildResult result = build(site, Map.of());

        assertEquals("document a.html: a.md\n", site.output("site.txt"));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void anUnknownThemeIsAWarningAtItsLineAndTheDefaultThemeIsUsed() throws Exception {
        TestSite site = TestSite.create(root.resolve("site"), Map.of("_config.yml", "title: x\ntheme: minima\n"));

        BuildResult result = build(site, Map.of());

        assertEquals(List.of("_config.yml:2:1: theme 'minima' is not available to Quire (themes: test); building"
                + " without a theme (add the theme's plugin, write the layouts in _layouts, or set 'theme: none')"),
                result.warnings().stream().map(Problem::format).toList());
        assertTrue(!site.output("site.txt").contains("theme:"));
    }

    @Test
    void anUnknownThemeIsNamedInTheConfigFileThatSetsItLast() throws Exception {
        TestSite site = TestSite.create(root.resolve("site"), Map.of("_config.yml", "theme: test\n",
                "_config.yaml", "title: x\n\ntheme: minima\n"));

        BuildResult result = new Quire(TestPlugins.classLoader(TestThemePlugin.class)).build(site.options()
                .withConfigFiles(List.of(site.file("_config.yml"), site.file("_config.yaml"))), BuildListener.SILENT);

        assertEquals(List.of("_config.yaml:3:1"), result.warnings().stream().map(p -> p.location().toString()).toList());
        assertTrue(result.warnings().get(0).message().startsWith("theme 'minima' is not available"),
                result.warnings().toString());
    }

    @Test
    void twoLayoutsOfOneNameInTheThemeAreStillAnError() throws Exception {
        Files.writeString(themeRoot.resolve("_layouts/post.html"), "twin");
        TestSite site = TestSite.create(root.resolve("site"), Map.of("_config.yml", "theme: test\n"));

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(site, Map.of()));

        assertTrue(e.getMessage().contains("[theme test]/_layouts/post.html: two layouts are named 'post':"
                + " [theme test]/_layouts/post.ftlh and [theme test]/_layouts/post.html"), e.getMessage());
    }

    private static BuildResult build(TestSite site, Map<String, Object> unused) throws Exception {
        return new Quire(TestPlugins.classLoader(TestThemePlugin.class)).build(site.options(), BuildListener.SILENT);
    }

    /** Provides the theme {@code test} from {@link #themeRoot}, and a renderer listing what the site holds. */
    public static final class TestThemePlugin extends QuirePlugin {
        @Override
        public String name() {
            return "test-theme";
        }

        @Override
        protected void configure() {
            themes().addBinding().toInstance(new Theme(themeName, themeRoot));
            renderers().addBinding().toInstance(new Renderer() {
                @Override
                public String name() {
                    return "listing";
                }

                @Override
                public void render(RenderContext context) {
                    Map<String, String> lines = new TreeMap<>();
                    context.site().layouts().forEach((name, layout) ->
                            lines.put("layout " + name, layout.source().displayPath()));
                    for (Document document : context.site().outputDocuments()) {
                        lines.put("document " + document.route().outputPath(), document.source().displayPath());
                    }
                    for (StaticFile file : context.site().outputStaticFiles()) {
                        lines.put("static " + file.outputPath(), file.source().displayPath());
                    }
                    context.site().themeUsed().ifPresent(theme -> lines.put("theme", theme.name()));
                    List<String> out = new ArrayList<>();
                    lines.forEach((key, value) -> out.add(key + ": " + value + "\n"));
                    context.output().write("site.txt", String.join("", out));
                }
            });
        }
    }
}
