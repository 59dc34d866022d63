package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
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

    private static final List<String> CONTENT = List.of("_posts/2019-05-21-a.md", "about.md", "css/site.css");

    private static TreeMap<String, String> lastInputs() {
        return map("options", "o", "source:_config.yml", "c", "source:_layouts/default.html", "l",
                "source:_posts/2019-05-21-a.md", "p", "source:about.md", "a", "source:css/site.css", "s");
    }

    private static TreeMap<String, String> inputs(String... changes) {
        TreeMap<String, String> inputs = lastInputs();
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                inputs.remove(changes[i]);
            } else {
                inputs.put(changes[i], changes[i + 1]);
            }
        }
        return inputs;
    }

    private Path out;

    /** A state of a build with records of its work that wrote {@code index.html} into {@code out}. */
    private Path lastBuild(List<String> contentSources, String cache) throws Exception {
        out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve("index.html"), "home");
        SortedMap<String, String> stamps = OutputStamps.of(out, List.of("index.html"));
        Path stateFile = BuildState.fileFor(root.resolve("state"), out);
        BuildState.of(lastInputs(), stamps, List.of(), null, contentSources, cache).write(stateFile);
        return stateFile;
    }

    private UpToDateCheck.Decision check(Path stateFile, TreeMap<String, String> inputs) {
        return UpToDateCheck.check(stateFile, inputs, out, null);
    }

    private static String reason(UpToDateCheck.Decision decision) {
        return assertInstanceOf(UpToDateCheck.Rebuild.class, decision).reason();
    }

    @Test
    void editedContentSourcesOnlyMeanAPartialBuild() throws Exception {
        Path stateFile = lastBuild(CONTENT, "cafe");

        UpToDateCheck.Partial one = assertInstanceOf(UpToDateCheck.Partial.class,
                check(stateFile, inputs("source:_posts/2019-05-21-a.md", "p2")));
        UpToDateCheck.Partial two = assertInstanceOf(UpToDateCheck.Partial.class,
                check(stateFile, inputs("source:css/site.css", "s2", "source:about.md", "a2")));

        assertEquals(List.of("_posts/2019-05-21-a.md"), one.changed());
        assertEquals(BuildState.read(stateFile), one.state());
        assertEquals("cafe", one.state().cache());
        assertEquals(List.of("about.md", "css/site.css"), two.changed(), "sorted");
        assertInstanceOf(UpToDateCheck.Skip.class, check(stateFile, inputs()), "nothing changed: skipped");
    }

    @Test
    void aChangedSourceThatIsNoContentSourceMeansAFullBuild() throws Exception {
        Path stateFile = lastBuild(CONTENT, "cafe");

        assertEquals("changed since the last build: source:_layouts/default.html", reason(check(stateFile,
                inputs("source:_layouts/default.html", "l2", "source:about.md", "a2"))));
        assertTrue(reason(check(stateFile, inputs("source:_config.yml", "c2"))).contains("source:_config.yml"));
        assertTrue(reason(check(stateFile, inputs("options", "o2", "source:about.md", "a2"))).contains("options"));
    }

    @Test
    void addedFilesAndRemovedContentSourcesArePartialRemovedOtherFilesFull() throws Exception {
        Path stateFile = lastBuild(CONTENT, "cafe");

        // Whether an added file is a document is known once loaded: the build checks it then.
        UpToDateCheck.Partial added = assertInstanceOf(UpToDateCheck.Partial.class,
                check(stateFile, inputs("source:new.md", "n")));
        assertEquals(List.of("new.md"), added.changed());
        assertEquals(List.of("new.md"), added.added());
        UpToDateCheck.Partial removed = assertInstanceOf(UpToDateCheck.Partial.class,
                check(stateFile, inputs("source:about.md", null)));
        assertEquals(List.of("about.md"), removed.changed());
        assertEquals(List.of(), removed.added());
        UpToDateCheck.Partial renamed = assertInstanceOf(UpToDateCheck.Partial.class, check(stateFile,
                inputs("source:about.md", null, "source:about.markdown", "a")), "a rename is a removal and an addition");
        assertEquals(List.of("about.markdown", "about.md"), renamed.changed());
        assertEquals(List.of("about.markdown"), renamed.added());
        // A removed file that was no document or static file (a layout) may change every page.
        assertEquals("changed since the last build: source:_layouts/default.html (removed)",
                reason(check(stateFile, inputs("source:_layouts/default.html", null))));
    }

    @Test
    void aStateWithoutRecordsOfItsWorkMeansAFullBuild() throws Exception {
        TreeMap<String, String> edited = inputs("source:about.md", "a2");

        assertInstanceOf(UpToDateCheck.Rebuild.class, check(lastBuild(null, null), edited), "an older state");
        assertInstanceOf(UpToDateCheck.Rebuild.class, check(lastBuild(CONTENT, null), edited));
        assertInstanceOf(UpToDateCheck.Rebuild.class, check(lastBuild(null, "cafe"), edited));
        assertInstanceOf(UpToDateCheck.Partial.class, check(lastBuild(CONTENT, "cafe"), edited));
    }

    @Test
    void aChangedOutputFileMeansAFullBuildEvenWhenOnlyContentChanged() throws Exception {
        Path stateFile = lastBuild(CONTENT, "cafe");
        Files.setLastModifiedTime(out.resolve("index.html"), FileTime.fromMillis(0));

        assertEquals("output file changed or missing: index.html",
                reason(check(stateFile, inputs("source:about.md", "a2"))));
        Files.delete(out.resolve("index.html"));
        assertEquals("output file changed or missing: index.html",
                reason(check(stateFile, inputs("source:about.md", "a2"))));
    }

    @Test
    void aDueDocumentMeansAFullBuildEvenWhenOnlyContentChanged() throws Exception {
        out = Files.createDirectories(root.resolve("out"));
        Path stateFile = BuildState.fileFor(root.resolve("state"), out);
        BuildState.of(lastInputs(), new TreeMap<>(), List.of(), Instant.parse("2030-01-01T00:00:00Z"), CONTENT,
                "cafe").write(stateFile);
        TreeMap<String, String> edited = inputs("source:about.md", "a2");

        assertInstanceOf(UpToDateCheck.Partial.class,
                UpToDateCheck.check(stateFile, edited, out, Instant.parse("2029-01-01T00:00:00Z")));
        assertEquals("a document dated 2030-01-01T00:00:00Z is due",
                reason(UpToDateCheck.check(stateFile, edited, out, Instant.parse("2030-01-01T00:00:00Z"))));
    }

    @Test
    void theContentSourcesAndCacheChecksumSurviveTheStateFile() throws Exception {
        Path stateFile = lastBuild(List.of("b.md", "a.md"), "cafe");

        BuildState read = BuildState.read(stateFile);

        assertEquals(List.of("a.md", "b.md"), read.contentSources());
        assertEquals("cafe", read.cache());
        assertNull(BuildState.read(lastBuild(null, null)).contentSources());
    }
}
