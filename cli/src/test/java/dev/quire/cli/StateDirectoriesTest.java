package dev.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoriesTest {

    @TempDir
    Path root;

    @Test
    void xdgCacheHomeWhenAbsoluteElseHomeDotCache() {
        Path xdg = root.resolve("xdg");
        Path home = root.resolve("home");

        assertEquals(xdg, StateDirectories.cacheRoot(Map.of("XDG_CACHE_HOME", xdg.toString(), "HOME", home.toString())));
        assertEquals(home.resolve(".cache"), StateDirectories.cacheRoot(Map.of("HOME", home.toString())));
        assertEquals(home.resolve(".cache"),
                StateDirectories.cacheRoot(Map.of("XDG_CACHE_HOME", "relative/cache", "HOME", home.toString())),
                "a relative XDG_CACHE_HOME is ignored");
        assertEquals(home.resolve(".cache"), StateDirectories.cacheRoot(Map.of("XDG_CACHE_HOME", "", "HOME", home.toString())));
    }

    @Test
    void oneFolderPerDestinationStableAcrossRuns() throws IOException {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", root.resolve("cache").toString());

        Path a = StateDirectories.forDestination(root.resolve("site-a/_site"), environment);
        Path again = StateDirectories.forDestination(root.resolve("site-a/../site-a/_site"), environment);
        Path b = StateDirectories.forDestination(root.resolve("site-b/_site"), environment);

        assertEquals(a, again);
        assertNotEquals(a, b);
        assertEquals(root.resolve("cache/quire"), a.getParent());
        assertTrue(a.getFileName().toString().matches("[0-9a-f]{16}"), a.toString());
    }
}
