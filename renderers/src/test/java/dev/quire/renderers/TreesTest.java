package dev.quire.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The tree comparison the golden tests rely on: it must see every kind of difference. */
class TreesTest {

    @Test
    void identicalTreesHaveNoDifference() {
        assertEquals(Optional.empty(), Trees.difference(tree("a.txt", "x", "b/c.txt", "y"), tree("a.txt", "x", "b/c.txt", "y")));
    }

    @Test
    void reportsMissingAndExtraFiles() {
        String report = Trees.difference(tree("a.txt", "x", "gone.txt", "g"), tree("a.txt", "x", "new.txt", "n")).orElseThrow();

        assertTrue(report.contains("missing files: [gone.txt]"), report);
        assertTrue(report.contains("extra files: [new.txt]"), report);
    }

    @Test
    void showsTheFirstDifferingLinesWithContext() {
        String report = Trees.difference(tree("a.html", "1\n2\n3\n4\nold\n6\n7\n"), tree("a.html", "1\n2\n3\n4\nnew\n6\n7\n"))
                .orElseThrow();

        assertTrue(report.contains("first difference, in a.html"), report);
        assertTrue(report.contains("@@ line 5 @@"), report);
        assertTrue(report.contains("  - old") && report.contains("  + new"), report);
        assertTrue(report.contains("    4") && report.contains("    6"), report);
    }

    @Test
    void seesLineEndingsAndBinaryDifferences() {
        assertTrue(Trees.difference(tree("a", "x\n"), tree("a", "x\r\n")).orElseThrow().contains("line endings"));
        SortedMap<String, byte[]> binary = new TreeMap<>();
        binary.put("b.bin", new byte[] {0, 1, 2});
        SortedMap<String, byte[]> other = new TreeMap<>();
        other.put("b.bin", new byte[] {0, 1, 3});
        assertTrue(Trees.difference(binary, other).orElseThrow().contains("differ at byte 2"));
    }

    private static SortedMap<String, byte[]> tree(String... pathsAndTexts) {
        SortedMap<String, byte[]> tree = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            tree.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return tree;
    }
}
