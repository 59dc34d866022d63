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
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
    void identicalTreesHaveNoDifference() {
        assertEquals(Optional.empty(), Trees.difference(tree("a.txt", "x", "b/c.txt", "y"), tree("b/c.txt", "y", "a.txt", "x")));
    }

    @Test
    void differenceReportsMissingAndUnexpectedFiles() {
        String report = Trees.difference(tree("a.txt", "x", "gone.txt", "g"), tree("a.txt", "x", "new.txt", "n")).orElseThrow();

        assertTrue(report.contains("missing gone.txt"), report);
        assertTrue(report.contains("unexpected new.txt"), report);
        assertFalse(report.contains("a.txt"), report);
        assertFalse(report.contains("first difference"), "no file changed: " + report);
    }

    @Test
    void differenceShowsTheFirstDifferingLinesWithContext() {
        String report = Trees.difference(tree("a.html", "1\n2\n3\n4\nold\n6\n7\n", "b.html", "same\n", "c.html", "x\n"),
                tree("a.html", "1\n2\n3\n4\nnew\n6\n7\n", "b.html", "same\n", "c.html", "y\n")).orElseThrow();

        assertTrue(report.contains("changed a.html") && report.contains("changed c.html"), report);
        assertFalse(report.contains("b.html"), report);
        assertTrue(report.contains("first difference, in a.html"), report);
        assertFalse(report.contains("  - x"), "only the first changed file is diffed: " + report);
        assertTrue(report.contains("@@ line 5 @@"), report);
        assertTrue(report.contains("  - old") && report.contains("  + new"), report);
        assertTrue(report.contains("    4") && report.contains("    6"), report);
    }

    @Test
    void differenceSeesLineEndingsAndBinaryDifferences() {
        assertTrue(Trees.difference(tree("a", "x\n"), tree("a", "x\r\n")).orElseThrow().contains("line endings"));
        SortedMap<String, byte[]> binary = new TreeMap<>();
        binary.put("b.bin", new byte[] {0, 1, 2});
        SortedMap<String, byte[]> other = new TreeMap<>();
        other.put("b.bin", new byte[] {0, 1, 3});
        assertTrue(Trees.difference(binary, other).orElseThrow().contains("differ at byte 2"));
    }

    @Test
    void assertSameTreeShowsTheFirstDifference() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Trees.assertSameTree(tree("a.html", "<p>old</p>\n"), tree("a.html", "<p>new</p>\n")));

        assertTrue(e.getMessage().contains("changed a.html"), e.getMessage());
        assertTrue(e.getMessage().contains("  - <p>old</p>") && e.getMessage().contains("  + <p>new</p>"), e.getMessage());
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

    private static SortedMap<String, byte[]> tree(String... pathsAndTexts) {
        SortedMap<String, byte[]> tree = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tree.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return tree;
    }
}
