package dev.quire.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitPlannerTest {

    @TempDir
    Path root;

    private static SortedMap<String, StagedFile> staged(String... pathsAndTexts) {
        SortedMap<String, StagedFile> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], new StagedFile.Bytes("test", pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    @Test
    void planningChangesNothingAndSortsEveryFile() throws IOException {
        Path output = Files.createDirectories(root.resolve("out"));
        Files.writeString(output.resolve("same.html"), "same");
        Files.writeString(output.resolve("changed.html"), "old");
        Files.writeString(output.resolve("stale.html"), "stale");
        Files.writeString(output.resolve("mine.txt"), "the user's");
        SortedMap<String, byte[]> before = Trees.snapshot(output);
        Manifest previous = new Manifest(output, Set.of("same.html", "changed.html", "stale.html"), Set.of());

        CommitPlan plan = new CommitPlanner(OutputFolder.open(output), previous)
                .plan(staged("same.html", "same", "changed.html", "new", "new/a.html", "a"));

        Trees.assertSameTree(before, output);
        assertEquals(Set.of("out"), Trees.directories(root));
        assertFalse(plan.createRoot());
        assertEquals(1, plan.unchanged());
        assertEquals(List.of("changed.html", "new/a.html"), plan.writes().stream().map(CommitPlan.Write::path).toList());
        Path real = output.toRealPath();
        assertEquals(real, plan.writes().get(1).temporaryFolder(), "the nearest existing folder");
        assertEquals(List.of(new CommitPlan.NewFolder("new", real.resolve("new"), false)), plan.folders());
        assertEquals(List.of(real.resolve("stale.html")), plan.staleFiles());
        assertEquals(Set.of("same.html", "changed.html", "stale.html", "new/a.html"), plan.claimed(),
                "new files are remembered before they are written; the user's files are not");
        assertEquals(Set.of("new"), plan.createdFolders());
    }

    @Test
    void aStaleFileGivesWayToAFolder() throws IOException {
        Path output = Files.createDirectories(root.resolve("out"));
        Files.writeString(output.resolve("about"), "plain file");
        Manifest previous = new Manifest(output, Set.of("about"), Set.of());

        CommitPlan plan = new CommitPlanner(OutputFolder.open(output), previous).plan(staged("about/index.html", "x"));

        Path real = output.toRealPath();
        assertEquals(List.of(new CommitPlan.NewFolder("about", real.resolve("about"), true)), plan.folders());
        assertEquals(List.of(), plan.staleFiles(), "removed when its folder is created");
        assertEquals(real, plan.writes().get(0).temporaryFolder());
    }

    @Test
    void aMissingOutputFolderIsPlannedInsideItsRealParent() throws IOException {
        Path output = root.resolve("a/b/out");

        CommitPlan plan = new CommitPlanner(OutputFolder.open(output), Manifest.empty(output))
                .plan(staged("x/y.html", "y"));

        assertTrue(plan.createRoot());
        assertFalse(Files.exists(root.resolve("a")));
        Path real = root.toRealPath().resolve("a/b/out");
        assertEquals(real.resolve("x/y.html"), plan.writes().get(0).target());
        assertEquals(real, plan.writes().get(0).temporaryFolder());
    }
}
