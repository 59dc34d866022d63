package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds through the entry point, on small temporary sites. */
class QuireTest {

    private static final String SEED = "_posts/2019-02-12-deep-learning-and-neural-networks.md";
    private static final String SEED_TEXT = """
            ---
            layout: default
            title:  "Deep Learning and Neural Networks"
            date:   2019-02-12
            categories: [Coursera Reviews]
            ---

            # {{page.title}} - {{page.categories}}

            This first course in the DeepLearning.ai specialization went pretty fast for me.
            """;

    @TempDir
    Path root;

    /** Quire with only the test renderer, which writes each document's content to its output path. */
    private static Quire withContentRenderer() {
        return new Quire(TestPlugins.classLoader(ContentRendererPlugin.class));
    }

    private static BuildResult build(Quire quire, TestSite site) throws BuildFailedException, IOException {
        return quire.build(site.options(), BuildListener.SILENT);
    }

    private static List<String> formatted(BuildFailedException e) {
        return e.errors().stream().map(Problem::format).toList();
    }

    @Test
    void buildWithoutRenderersSucceedsAndWritesNothing() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", "title: Test\n",
                SEED, SEED_TEXT,
                "about.md", "---\ntitle: About\n---\nAbout {{ site.title }}\n",
                "css/site.css", "body {}\n"));

        BuildResult result = site.build();

        assertEquals(0, result.written());
        assertEquals(0, result.unchanged());
        assertEquals(0, result.deleted());
        assertEquals(List.of(), result.warnings());
        assertEquals(site.destination(), result.destination());
        assertEquals(Set.of(), Trees.files(site.destination()));
    }

    @Test
    void seedPostIsWrittenToJekyllsPathWithLiquidThenMarkdown() throws Exception {
        TestSite site = TestSite.create(root, Map.of(SEED, SEED_TEXT));

        BuildResult result = build(withContentRenderer(), site);

        assertEquals(1, result.written());
        SortedMap<String, String> output = Trees.texts(site.destination());
        assertEquals(Set.of("coursera reviews/2019/02/12/deep-learning-and-neural-networks.html"), output.keySet());
        String html = output.get("coursera reviews/2019/02/12/deep-learning-and-neural-networks.html");
        assertTrue(html.startsWith("<h1 id=\"deep-learning-and-neural-networks---coursera-reviews\">"
                + "Deep Learning and Neural Networks - Coursera Reviews</h1>"), html);
    }

    @Test
    void invalidFrontMatterFailsWithFileLineAndColumnAndLeavesTheOutputUntouched() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                SEED, SEED_TEXT,
                "about.md", "---\ntitle: About\n---\nAbout\n"));
        Quire quire = withContentRenderer();
        build(quire, site);
        Files.writeString(site.destination().resolve("CNAME"), "example.com\n");
        SortedMap<String, byte[]> output = Trees.snapshot(site.destination());
        SortedMap<String, byte[]> state = Trees.snapshot(site.stateDirectory());
        assertEquals(3, output.size());

        site.write("about.md", "---\ntitle: About\nsubtitle: Deep: Learning\n---\nChanged\n");
        site.write("_posts/2019-05-21-new.md", "---\n---\nnew post\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(quire, site));

        assertEquals(1, e.errors().size(), e.getMessage());
        Problem problem = e.errors().get(0);
        assertEquals("about.md", problem.location().file());
        assertEquals(3, problem.location().line());
        assertEquals(15, problem.location().column());
        assertTrue(problem.format().startsWith("about.md:3:15: invalid YAML"), problem.format());
        assertTrue(e.getMessage().contains("about.md:3:15"), e.getMessage());
        Trees.assertSameTree(output, site.destination());
        Trees.assertSameTree(state, site.stateDirectory());
    }

    @Test
    void invalidFrontMatterWithoutRenderersFailsToo() {
        TestSite site = TestSite.create(root, Map.of("_posts/2019-05-21-bad.md", "---\ntitle: [unclosed\n---\n"));

        BuildFailedException e = site.buildFails();

        assertEquals("_posts/2019-05-21-bad.md", e.errors().get(0).location().file());
        assertEquals("_posts/2019-05-21-bad.md:2:8", e.errors().get(0).location().toString(), e.getMessage());
        assertFalse(Files.exists(site.destination()), "nothing is written by a failed build");
    }

    @Test
    void withStrictFrontMatterFalseInvalidFrontMatterIsAWarningAndTheBodyIsUsedAlone() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", "strict_front_matter: false\n",
                "about.md", "---\ntitle: About\nsubtitle: Deep: Learning\n---\nAbout {{ page.title }}\n"));

        BuildResult result = build(withContentRenderer(), site);

        assertEquals(List.of("about.md:3:15"), result.warnings().stream()
                .map(p -> p.location().toString()).toList());
        assertTrue(result.warnings().get(0).message().startsWith("invalid YAML"), result.warnings().get(0).message());
        assertEquals("<p>About</p>\n", site.output("about.html"), "no front matter: no title");
    }

    @Test
    void everyErrorIsReportedSortedByFile() {
        TestSite site = TestSite.create(root, Map.of(
                "z-page.md", "---\npermalink: /../../etc/passwd\n---\n",
                "_posts/2019-13-45-bad-date.md", "---\n---\n",
                "b.md", "---\nkey: [\n---\n",
                "_posts/2019-05-21-front.md", "---\ndate: whenever\n---\n",
                "fine.md", "---\n---\n"));

        BuildFailedException e = site.buildFails();

        List<String> files = e.errors().stream().map(p -> p.location().file()).toList();
        assertEquals(List.of("_posts/2019-05-21-front.md", "_posts/2019-13-45-bad-date.md", "b.md", "z-page.md"),
                files, String.join("\n", formatted(e)));
        assertTrue(e.getMessage().startsWith("Quire build failed with 4 errors:"), e.getMessage());
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        assertEquals(sorted, files);
    }

    @Test
    void liquidErrorNamesTheLineInTheFile() {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\ntitle: About\n---\n\nText {% if %}\n"));

        BuildFailedException e = site.buildFails();

        assertEquals("about.md", e.errors().get(0).location().file());
        assertEquals(5, e.errors().get(0).location().line(), e.getMessage());
    }

    @Test
    void twoDocumentsWithOneOutputPathAreBothNamed() {
        TestSite site = TestSite.create(root, Map.of(
                "about.md", "---\n---\n",
                "about.html", "---\n---\n"));

        BuildFailedException e = site.buildFails();

        assertEquals(1, e.errors().size(), e.getMessage());
        String message = e.errors().get(0).message();
        assertTrue(message.contains("about.md") && message.contains("about.html") && message.contains("about.html'"),
                message);
    }

    @Test
    void pageAndStaticFileWithOneOutputPathIsAnError() {
        TestSite site = TestSite.create(root, Map.of(
                "docs/index.md", "---\n---\n",
                "docs/index.html", "<p>static</p>"));

        BuildFailedException e = site.buildFails();

        assertTrue(e.errors().get(0).message().contains("docs/index.html"), e.getMessage());
    }

    @Test
    void destinationEqualToTheSourceIsRefused() {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n"));
        SortedMap<String, byte[]> before = Trees.snapshot(site.source());

        assertThrows(BuildFailedException.class, () -> new Quire().build(
                BuildOptions.of(site.source(), site.source(), site.stateDirectory()), BuildListener.SILENT));

        Trees.assertSameTree(before, site.source());
    }

    @Test
    void missingSourceFolderIsAnError() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire().build(
                BuildOptions.of(root.resolve("nowhere"), root.resolve("out"), root.resolve("state")),
                BuildListener.SILENT));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void invalidConfigIsAFailureNamingTheConfigFile() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "title: a: b\n"));

        BuildFailedException e = site.buildFails();

        assertEquals("_config.yml:1:9", e.errors().get(0).location().toString());
    }

    @Test
    void noOpRebuildWritesNothingAndRemovedPostsAreDeleted() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_posts/2019-05-21-one.md", "---\n---\none\n",
                "_posts/2019-05-22-two.md", "---\n---\ntwo\n"));
        Quire quire = withContentRenderer();
        assertEquals(2, build(quire, site).written());

        BuildResult again = build(quire, site);
        assertEquals(0, again.written());
        assertEquals(2, again.unchanged());

        site.delete("_posts/2019-05-22-two.md");
        BuildResult removed = build(quire, site);
        assertEquals(1, removed.deleted());
        assertEquals(Set.of("2019/05/21/one.html"), Trees.files(site.destination()));
        assertEquals(Set.of("2019", "2019/05", "2019/05/21"), Trees.directories(site.destination()));
    }

    @Test
    void futureDraftAndUnpublishedDocumentsAreLeftOut() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_posts/2019-05-21-now.md", "---\n---\n",
                "_posts/2030-01-01-later.md", "---\n---\n",
                "_posts/2019-05-22-hidden.md", "---\npublished: false\n---\n",
                "_posts/nodate.md", "---\n---\n",
                "_drafts/wip.md", "---\n---\n"));

        build(withContentRenderer(), site);

        assertEquals(Set.of("2019/05/21/now.html"), Trees.files(site.destination()));
    }

    @Test
    void overridesComeFromTheOptions() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", "permalink: pretty\n",
                "_posts/2030-01-01-later.md", "---\n---\n"));

        withContentRenderer().build(site.options().withOverride("future", true).withOverride("permalink", "none"),
                BuildListener.SILENT);

        assertEquals(Set.of("later.html"), Trees.files(site.destination()));
    }

    @Test
    void pluginsCanBeSwitchedOffInTheConfig() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", "quire:\n  disable: [" + ContentRendererPlugin.NAME + "]\n",
                "about.md", "---\n---\n"));

        BuildResult result = build(withContentRenderer(), site);

        assertEquals(0, result.written());
    }

    @Test
    void listenerHearsEveryPhase() throws Exception {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n"));
        List<String> phases = new ArrayList<>();

        new Quire().build(site.options(), new BuildListener() {
            @Override
            public void phaseFinished(String phase, String summary, java.time.Duration time) {
                phases.add(phase);
            }

            @Override
            public void warning(Problem problem) {
            }
        });

        assertEquals(List.of("load", "resolve", "index", "generate", "convert", "render", "commit"), phases);
    }

    @Test
    void listenerHearsEachWarningOnceWhetherTheBuildSucceedsOrFails() throws Exception {
        Path outside = Files.writeString(root.resolve("outside.txt"), "not part of the site");
        TestSite site = TestSite.create(root.resolve("site"), Map.of("about.md", "---\n---\n"));
        Files.createSymbolicLink(site.source().resolve("linked.txt"), outside);
        List<Problem> heard = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void phaseFinished(String phase, String summary, java.time.Duration time) {
            }

            @Override
            public void warning(Problem problem) {
                heard.add(problem);
            }
        };

        BuildResult result = new Quire().build(site.options(), listener);
        assertEquals(1, heard.size(), heard.toString());
        assertEquals(result.warnings(), heard);
        assertEquals("linked.txt", heard.get(0).location().file());

        heard.clear();
        Files.writeString(site.source().resolve("broken.md"), "---\ntitle: [unclosed\n---\n");
        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> new Quire().build(site.options(), listener));
        assertEquals(1, heard.size(), heard.toString());
        assertEquals("linked.txt", heard.get(0).location().file());
        assertEquals(1, failure.errors().size());
    }

    @Test
    void listenerHearsNotesOfSkippedFilesWhichAreNotWarnings() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_posts/2019-05-21-dated.md", "---\n---\nkept\n",
                "_posts/nodate.md", "---\n---\nskipped as Jekyll skips it\n"));
        List<Problem> notes = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        BuildResult result = withContentRenderer().build(site.options(), new BuildListener() {
            @Override
            public void phaseFinished(String phase, String summary, java.time.Duration time) {
            }

            @Override
            public void warning(Problem problem) {
                warnings.add(problem);
            }

            @Override
            public void note(Problem problem) {
                notes.add(problem);
            }
        });

        assertEquals(List.of(), warnings);
        assertEquals(List.of(), result.warnings());
        assertEquals(List.of("_posts/nodate.md"), notes.stream().map(note -> note.location().file()).toList());
        assertEquals(Set.of("2019/05/21/dated.html"), Trees.files(site.destination()));
    }

    @Test
    void anOutputFolderNamedUnderscoreSiteInsideTheSourceIsNeverReadBack() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_posts/2019-05-21-hello.md", "---\n---\nHello\n",
                "about.md", "---\n---\nAbout\n"));
        Path inside = site.source().resolve("_site");
        BuildOptions options = new BuildOptions(site.source(), inside, root.resolve("state"), Map.of(), TestSite.TIME, 2);
        Quire quire = withContentRenderer();

        BuildResult first = quire.build(options, BuildListener.SILENT);
        Set<String> afterFirst = Trees.files(inside);
        BuildResult second = quire.build(options, BuildListener.SILENT);

        assertEquals(Set.of("2019/05/21/hello.html", "about.html"), afterFirst);
        assertEquals(afterFirst, Trees.files(inside), "the second build does not publish the first one's output");
        assertEquals(2, first.written());
        assertEquals(0, second.written());
        assertEquals(2, second.unchanged());
    }

    @Test
    void anOutputFolderTheSiteReadsIsRefusedBeforeAnythingIsWritten() throws Exception {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\nAbout\n"));
        Path inside = site.source().resolve("public");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> withContentRenderer().build(
                new BuildOptions(site.source(), inside, root.resolve("state"), Map.of(), TestSite.TIME, 2),
                BuildListener.SILENT));

        assertTrue(formatted(e).get(0).contains("is inside the source folder"), formatted(e).toString());
        assertFalse(Files.exists(inside));
    }

    @Test
    void resultIsTheSameWithOneThreadOrMany() throws Exception {
        TestSite site = TestSite.create(root);
        for (int i = 1; i <= 28; i++) {
            site.write(String.format("_posts/2019-02-%02d-post-%d.md", i, i),
                    "---\ncategories: [c" + (i % 3) + "]\n---\n# Post {{ page.title }}\n\n{{ site.posts.size }}\n");
        }
        Quire quire = withContentRenderer();
        quire.build(site.options().withThreads(1), BuildListener.SILENT);
        SortedMap<String, byte[]> single = Trees.snapshot(site.destination());

        Path other = root.resolve("other");
        quire.build(new BuildOptions(site.source(), other, root.resolve("other-state"), Map.of(), TestSite.TIME, 4),
                BuildListener.SILENT);

        assertEquals(28, single.size());
        Trees.assertSameTree(single, other);
    }

    /** A plugin whose renderer writes one file and then fails. */
    public static final class FailingPlugin extends dev.quire.spi.QuirePlugin {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        protected void configure() {
            renderers().addBinding().to(FailingRenderer.class);
        }
    }

    public static final class FailingRenderer implements dev.quire.spi.Renderer {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public void render(dev.quire.spi.RenderContext context) {
            context.output().write("partial.html", "half done");
            throw new IllegalStateException("boom");
        }
    }

    /** A plugin whose renderer tries to write outside the output folder. */
    public static final class EscapingPlugin extends dev.quire.spi.QuirePlugin {
        @Override
        public String name() {
            return "escaping";
        }

        @Override
        protected void configure() {
            renderers().addBinding().to(EscapingRenderer.class);
        }
    }

    public static final class EscapingRenderer implements dev.quire.spi.Renderer {
        @Override
        public String name() {
            return "escaping";
        }

        @Override
        public void render(dev.quire.spi.RenderContext context) {
            context.output().write("../escaped.html", "out");
        }
    }

    @Test
    void failingRendererFailsTheBuildNamingItAndWritesNothing() throws Exception {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\nAbout\n"));
        build(withContentRenderer(), site);
        SortedMap<String, byte[]> before = Trees.snapshot(site.destination());

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(
                new Quire(TestPlugins.classLoader(ContentRendererPlugin.class, FailingPlugin.class)), site));

        assertTrue(e.errors().get(0).message().contains("'failing'"), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("boom"), e.getMessage());
        assertEquals(1, e.getSuppressed().length, "the exception is kept for debugging");
        assertEquals("boom", e.getSuppressed()[0].getMessage());
        Trees.assertSameTree(before, site.destination());
    }

    @Test
    void rendererWritingOutsideTheOutputFolderFailsTheBuild() {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n"));

        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> build(new Quire(TestPlugins.classLoader(EscapingPlugin.class)), site));

        assertTrue(e.errors().get(0).message().contains("escaping"), e.getMessage());
        assertFalse(Files.exists(root.resolve("escaped.html")));
    }

    @Test
    void twoLayoutsWithOneNameAreAnError() {
        TestSite site = TestSite.create(root, Map.of(
                "_layouts/post.ftlh", "${content}",
                "_layouts/post.html", "{{ content }}"));

        BuildFailedException e = site.buildFails();

        String message = e.errors().get(0).message();
        assertTrue(message.contains("_layouts/post.ftlh") && message.contains("_layouts/post.html"), message);
    }

    @Test
    void symbolicLinkOutOfTheSourceIsAWarning() throws Exception {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret");
        try {
            Files.createSymbolicLink(site.file("leak.txt"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links are not supported here");
        }

        BuildResult result = site.build();

        assertEquals(1, result.warnings().size());
        assertEquals("leak.txt", result.warnings().get(0).location().file());
    }
}
