package dev.quire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The shared helpers other modules rely on. */
class TreesTest {

    @TempDir
    Path root;

    @Test
    void snapshotListsFilesSortedWithSlashPaths() throws IOException {
        TestSite site = TestSite.create(root, Map.of("b.txt", "b", "a/c d.txt", "c", "a/b/e.txt", "é"));
        Files.createDirectories(site.source().resolve("empty"));

        SortedMap<String, byte[]> snapshot = Trees.snapshot(site.source());

        assertEquals(List.of("a/b/e.txt", "a/c d.txt", "b.txt"), List.copyOf(snapshot.keySet()));
        assertEquals("é", new String(snapshot.get("a/b/e.txt"), StandardCharsets.UTF_8));
        assertEquals(Set.of("a", "a/b", "empty"), Trees.directories(site.source()));
        assertEquals(Map.of("a/b/e.txt", "é", "a/c d.txt", "c", "b.txt", "b"), Trees.texts(site.source()));
        assertEquals(Set.of("a/b/e.txt", "a/c d.txt", "b.txt"), Trees.modifiedTimes(site.source()).keySet());
    }

    @Test
    void missingFolderIsEmpty() {
        assertTrue(Trees.snapshot(root.resolve("missing")).isEmpty());
        assertTrue(Trees.directories(root.resolve("missing")).isEmpty());
    }

    @Test
    void assertSameTreeComparesBytes() {
        Map<String, byte[]> one = Map.of("a", new byte[] {1}, "b", new byte[] {2});

        Trees.assertSameTree(one, Map.of("b", new byte[] {2}, "a", new byte[] {1}));
        assertTrue(Trees.same(one, Map.of("a", new byte[] {1}, "b", new byte[] {2})));
        assertFalse(Trees.same(one, Map.of("a", new byte[] {1})));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Trees.assertSameTree(one, Map.of("a", new byte[] {9}, "c", new byte[] {2})));
        assertTrue(e.getMessage().contains("changed a"), e.getMessage());
        assertTrue(e.getMessage().contains("missing b"), e.getMessage());
        assertTrue(e.getMessage().contains("unexpected c"), e.getMessage());
    }

    @Test
    void testSiteLaysOutSourceOutputAndState() {
        TestSite site = TestSite.create(root, Map.of("index.md", "---\n---\n"));

        assertEquals(root.resolve("source"), site.source());
        assertEquals(root.resolve("output"), site.destination());
        assertEquals(root.resolve("state"), site.stateDirectory());
        assertEquals(TestSite.TIME, site.options().time());
        assertThrows(IllegalArgumentException.class, () -> site.file("../escape.txt"));
    }
}
