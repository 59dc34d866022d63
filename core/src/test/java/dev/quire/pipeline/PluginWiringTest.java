package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.spi.QuirePlugin;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
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
