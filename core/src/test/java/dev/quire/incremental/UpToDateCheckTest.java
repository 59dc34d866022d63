package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateCheckTest {

    @TempDir
    Path root;

    private static TreeMap<String, String> map(String... keysAndValues) {
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void firstDifferenceNamesTheFirstKeyAddedRemovedOrChanged() {
        assertEquals(Optional.empty(), UpToDateCheck.firstDifference(map("a", "1"), map("a", "1")));
        assertEquals(Optional.of("a"), UpToDateCheck.firstDifference(map("a", "1", "b", "1"), map("a", "2")));
        assertEquals(Optional.of("b (removed)"), UpToDateCheck.firstDifference(map("a", "1", "b", "1"), map("a", "1")));
        assertEquals(Optional.of("b (added)"), UpToDateCheck.firstDifference(map("a", "1"), map("a", "1", "b", "2")));
    }

    @Test
    void aScheduledDocumentThatCameDueMeansABuildWhenTheTimeIsTheClocks() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        Path stateFile = BuildState.fileFor(root.resolve("state"), out);
        BuildState.of(map("source:a.md", "x"), new TreeMap<>(), List.of(),
                Instant.parse("2030-01-01T00:00:00Z")).write(stateFile);

        assertInstanceOf(UpToDateCheck.Skip.class, UpToDateCheck.check(stateFile, map("source:a.md", "x"), out,
                Instant.parse("2029-12-31T23:59:59Z")));
        UpToDateCheck.Decision due = UpToDateCheck.check(stateFile, map("source:a.md", "x"), out,
                Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(new UpToDateCheck.Rebuild("a document dated 2030-01-01T00:00:00Z is due"), due);
        // a fixed build time (null) is part of the fingerprint: nothing comes due by itself
        assertInstanceOf(UpToDateCheck.Skip.class, UpToDateCheck.check(stateFile, map("source:a.md", "x"), out, null));
    }

    @Test
    void theStateKeepsProblemsAsTheyWere() throws Exception {
        Path file = root.resolve("state.json");
        List<Problem> problems = List.of(Problem.warning(new SourceLocation("a.md", 3, 4), "odd", "fix it"),
                Problem.info(null, "note", "hint"));
        BuildState.of(map("k", "v"), map("index.html", "1@x"), problems, null).write(file);

        BuildState read = BuildState.read(file);

        assertEquals(problems, read.reported());
        assertEquals(map("index.html", "1@x"), read.outputs());
        assertNull(read.validUntil());
    }
}
