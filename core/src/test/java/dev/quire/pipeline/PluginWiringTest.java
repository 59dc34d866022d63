package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.model.SiteConfig;
import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins that cannot be wired fail the build with a problem, not with a Guice stack trace. */
class PluginWiringTest {

    @TempDir
    Path root;

    @Test
    void twoDifferentPluginsWithOneNameAreAnErrorNamingBothClasses() {
        Problem problem = failure(TwinA.class, TwinB.class);

        assertTrue(problem.message().contains("two plugins are named 'twin'"), problem.message());
        assertTrue(problem.message().contains(TwinA.class.getName()), problem.message());
        assertTrue(problem.message().contains(TwinB.class.getName()), problem.message());
    }

    @Test
    void renderersWaitingForEachOtherAreAnErrorNamingThem() {
        Problem problem = failure(CyclePlugin.class);

        assertNull(problem.location());
        assertTrue(problem.message().contains("cannot be wired"), problem.message());
        assertTrue(problem.message().contains("[chicken, egg]"), problem.message());
    }

    @Test
    void declaredOptionsAreCheckedBeforeTheBuildAndEveryWrongValueIsReported() {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n",
                "_config.yml", "shout:\n  loudness: very\nwhisper:\n  volume: loud\n"));

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(
                TestPlugins.classLoader(OptionsPlugin.class)).build(site.options(), BuildListener.SILENT));

        assertEquals(List.of("_config.yml:2:3", "_config.yml:4:3"), e.errors().stream()
                .map(p -> p.format().substring(0, p.format().indexOf(": "))).toList(), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("'shout.loudness' has a value of the wrong type"),
                e.getMessage());
        assertTrue(Trees.files(site.destination()).isEmpty(), "nothing is written");
    }

    @Test
    void anUnknownOptionIsABuildWarningNamingThePlugin() throws Exception {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "shout:\n  loudnes: 11\n"));

        var result = new Quire(TestPlugins.classLoader(OptionsPlugin.class)).build(site.options(), BuildListener.SILENT);

        assertEquals(List.of("_config.yml:2:3: 'shout' has no option 'loudnes' (plugin 'options'); it is ignored"
                + " (the options of 'shout:' are loudness)"), result.warnings().stream().map(Problem::format).toList());
        assertEquals("loudness 1, volume 3", site.output("options.txt"));
    }

    @Test
    void optionsSetInTwoConfigFilesAreEachNamedInTheFileAndAtTheLineThatSetsThem() {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n",
                "_config.yml", "shout:\n  loudness: 2\n  loudnes: 1\nwhisper:\n  volume: 1\n",
                "conf/local.yml", "title: local\nshout:\n  loudness: very\nwhisper: {volume: loud}\n"));

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(
                TestPlugins.classLoader(OptionsPlugin.class)).build(site.options().withConfigFiles(
                        List.of(site.file("_config.yml"), site.file("conf/local.yml"))), BuildListener.SILENT));

        assertEquals(List.of("conf/local.yml:3:3", "conf/local.yml:4:11"), e.errors().stream()
                .map(p -> p.location().toString()).toList(), e.getMessage());
    }

    @Test
    void anUnknownOptionInTheSecondConfigFileIsNamedThere() throws Exception {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "shout:\n  loudness: 2\n",
                "_config_dev.yml", "\nshout:\n  loudnes: 11\n"));

        var result = new Quire(TestPlugins.classLoader(OptionsPlugin.class)).build(site.options().withConfigFiles(
                List.of(site.file("_config.yml"), site.file("_config_dev.yml"))), BuildListener.SILENT);

        assertEquals(List.of("_config_dev.yml:3:3: 'shout' has no option 'loudnes' (plugin 'options'); it is ignored"
                + " (the options of 'shout:' are loudness)"), result.warnings().stream().map(Problem::format).toList());
        assertEquals("loudness 2, volume 3", site.output("options.txt"));
    }

    @Test
    void aQuireSectionThatIsNotAMappingIsNamedInTheFileThatSetsIt() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "quire:\n  disable: [x]\n",
                "_config_b.yml", "title: b\nquire: [x]\n"));

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(
                TestPlugins.classLoader(OptionsPlugin.class)).build(site.options().withConfigFiles(
                        List.of(site.file("_config.yml"), site.file("_config_b.yml"))), BuildListener.SILENT));

        assertEquals(List.of("_config_b.yml:2:1: 'quire' must be a mapping (write 'quire:' followed by indented keys"
                + " such as 'disable: [sitemap]')"), e.errors().stream().map(Problem::format).toList());
    }

    @Test
    void aPluginReadsItsOptionsOverItsDefaults() throws Exception {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "shout:\n  loudness: 11\n"));

        new Quire(TestPlugins.classLoader(OptionsPlugin.class)).build(site.options(), BuildListener.SILENT);

        assertEquals("loudness 11, volume 3", site.output("options.txt"));
    }

    @Test
    void aRendererFailingOnADocumentIsReportedWithTheRendererAndTheDocumentAndTheOthersGoOn() {
        TestSite site = TestSite.create(root, Map.of(
                "_posts/2019-01-01-good.md", "---\ntitle: Good\n---\nok\n",
                "_posts/2019-01-02-bad.md", "---\ntitle: Bad\n---\nboom\n",
                "_posts/2019-01-03-also-good.md", "---\ntitle: Also good\n---\nok\n"));
        PickyPlugin.SEEN.clear();

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> new Quire(
                TestPlugins.classLoader(PickyPlugin.class)).build(site.options(), BuildListener.SILENT));

        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals("_posts/2019-01-02-bad.md: renderer 'picky' failed on this document:"
                + " java.lang.IllegalStateException: no boom allowed (a bug in the renderer, or input it cannot"
                + " handle; the other documents were rendered)", e.errors().get(0).format());
        assertEquals(List.of("Good", "Bad", "Also good"), PickyPlugin.SEEN, "the renderer went on after the failure");
        assertTrue(Trees.files(site.destination()).isEmpty(), "a failed build writes nothing");
    }

    /** A renderer that writes a file per post and fails on the post whose content says boom. */
    public static final class PickyPlugin extends QuirePlugin {
        static final List<String> SEEN = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        @Override
        public String name() {
            return "picky";
        }

        @Override
        protected void configure() {
            renderers().addBinding().toInstance(new Renderer() {
                @Override
                public String name() {
                    return "picky";
                }

                @Override
                public void render(RenderContext context) {
                    context.forEachDocument(context.site().posts(), post -> {
                        SEEN.add(post.title());
                        if (post.content().contains("boom")) {
                            throw new IllegalStateException("no boom allowed");
                        }
                        context.output().write(post.source().baseName() + ".txt", post.title());
                    });
                }
            });
        }
    }

    public record Shout(int loudness) {
        static final OptionsKey<Shout> KEY = OptionsKey.of("shout", Shout.class, new Shout(1));
    }

    public record Whisper(int volume) {
        static final OptionsKey<Whisper> KEY = OptionsKey.of("whisper", Whisper.class, new Whisper(3));
    }

    /** Declares two option sections and writes what it reads of them. */
    public static final class OptionsPlugin extends QuirePlugin {
        @Override
        public String name() {
            return "options";
        }

        @Override
        public List<OptionsKey<?>> options() {
            return List.of(Shout.KEY, Whisper.KEY);
        }

        @Override
        protected void configure() {
            renderers().addBinding().toInstance(new Renderer() {
                @Override
                public String name() {
                    return "options";
                }

                @Override
                public void render(RenderContext context) {
                    SiteConfig config = context.site().config();
                    context.output().write("options.txt", "loudness " + config.options(Shout.KEY).loudness()
                            + ", volume " + config.options(Whisper.KEY).volume());
                }
            });
        }
    }

    @SafeVarargs
    private Problem failure(Class<? extends QuirePlugin>... plugins) {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\n"));
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new Quire(TestPlugins.classLoader(plugins)).build(site.options(), BuildListener.SILENT));
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    public static final class TwinA extends QuirePlugin {
        @Override
        public String name() {
            return "twin";
        }

        @Override
        protected void configure() {
        }
    }

    public static final class TwinB extends QuirePlugin {
        @Override
        public String name() {
            return "twin";
        }

        @Override
        protected void configure() {
        }
    }

    public static final class CyclePlugin extends QuirePlugin {
        @Override
        public String name() {
            return "cycle";
        }

        @Override
        protected void configure() {
            renderers().addBinding().toInstance(new Waiting("chicken", "egg"));
            renderers().addBinding().toInstance(new Waiting("egg", "chicken"));
        }
    }

    private record Waiting(String name, String waitsFor) implements Renderer {
        @Override
        public Set<String> after() {
            return Set.of(waitsFor);
        }

        @Override
        public void render(RenderContext context) {
        }
    }
}
