package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.incremental.BuildState;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with nothing changed is skipped; anything that makes the state untrustworthy means a full build. */
class UpToDateBuildTest {

    @TempDir
    Path root;

    /** Records what a build tells its listener. */
    private static final class Recorder implements BuildListener {
        final List<String> phases = new ArrayList<>();
        final List<String> debug = new ArrayList<>();
        final List<Problem> notes = new ArrayList<>();

        @Override
        public void phaseFinished(String phase, String summary, Duration time) {
            phases.add(phase + ": " + summary);
        }

        @Override
        public void warning(Problem problem) {
        }

        @Override
        public void note(Problem problem) {
            notes.add(problem);
        }

        @Override
        public void debug(String message) {
            debug.add(message);
        }
    }

    private TestSite site() {
        return TestSite.create(root, Map.of(
                "_config.yml", "title: Test\n",
                "_posts/2023-01-02-one.md", "---\ntitle: One\n---\nFirst {{ site.title }}\n",
                "_posts/notes.md", "no date in the name: left out with a note\n",
                "about.md", "---\ntitle: About\n---\nAbout\n"));
    }

    private static BuildResult build(TestSite site, Recorder recorder) throws Exception {
        return new Quire(TestPlugins.classLoader(ContentRendererPlugin.class)).build(site.options(), recorder);
    }

    private Path stateFile(TestSite site) {
        return BuildState.fileFor(site.stateDirectory(), site.destination());
    }

    @Test
    void aBuildWithNothingChangedWritesNothingAndSaysItSkipped() throws Exception {
        TestSite site = site();
        Recorder first = new Recorder();
        BuildResult full = build(site, first);
        assertFalse(full.upToDate());
        assertEquals(2, full.written());
        assertTrue(first.debug.stream().anyMatch(line -> line.startsWith("full build: no state")), first.debug.toString());
        SortedMap<String, FileTime> times = Trees.modifiedTimes(site.destination());

        Recorder second = new Recorder();
        BuildResult skipped = build(site, second);

        assertTrue(skipped.upToDate());
        assertEquals(0, skipped.written());
        assertEquals(2, skipped.unchanged());
        assertEquals(0, skipped.deleted());
        assertEquals(List.of("up-to-date: nothing changed since the last build, 2 files left as they are"),
                second.phases);
        assertEquals(first.notes, second.notes, "the skipped build repeats the notes of the build it stands for");
        assertEquals(1, second.notes.size());
        assertEquals(times, Trees.modifiedTimes(site.destination()));
    }

    @Test
    void aChangedSourceFileIsNamedAndRebuilt() throws Exception {
        TestSite site = site();
        build(site, new Recorder());
        site.write("about.md", "---\ntitle: About\n---\nAbout us\n");

        Recorder recorder = new Recorder();
        BuildResult result = build(site, recorder);

        assertFalse(result.upToDate());
        assertEquals(1, result.written());
        // Only the edited page is converted again: the post's conversion is taken from the last build.
        assertEquals(List.of("incremental build: changed since the last build: about.md",
                "incremental build: done again: convert doc:about.md"), recorder.debug);
        assertEquals("<p>About us</p>\n", site.output("about.html"));
    }

    @Test
    void aChangedConfigurationIsNamedAndRebuiltInFull() throws Exception {
        TestSite site = site();
        build(site, new Recorder());
        site.write("_config.yml", "title: Other\n");

        Recorder recorder = new Recorder();
        BuildResult result = build(site, recorder);

        assertFalse(result.upToDate());
        assertEquals(List.of("full build: changed since the last build: source:_config.yml"), recorder.debug);
        assertTrue(site.output("2023/01/02/one.html").contains("First Other"));
    }

    @Test
    void aDeletedSourceFileRemovesItsOutput() throws Exception {
        TestSite site = site();
        build(site, new Recorder());
        site.delete("about.md");

        BuildResult result = build(site, new Recorder());

        assertEquals(1, result.deleted());
        assertFalse(site.hasOutput("about.html"));
    }

    @Test
    void aCorruptStateFileMeansAFullBuildAndTheRightSite() throws Exception {
        TestSite site = site();
        build(site, new Recorder());
        Path state = stateFile(site);
        byte[] bytes = Files.readAllBytes(state);
        List<byte[]> corruptions = List.of(
                "garbage".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                flipLastByte(bytes),
                new String(bytes, StandardCharsets.UTF_8).replaceFirst("quire-build-state \\d+", "quire-build-state 0")
                        .getBytes(StandardCharsets.UTF_8));
        for (byte[] corrupt : corruptions) {
            Files.write(state, corrupt);
            // the site changed too: a corrupt state must never make the build skip it
            Files.writeString(site.outputFile("about.html"), "stale\n");
            Recorder recorder = new Recorder();

            BuildResult result = build(site, recorder);

            assertFalse(result.upToDate());
            assertTrue(recorder.debug.get(0).contains("is not usable"), recorder.debug.toString());
            assertEquals("<p>About</p>\n", site.output("about.html"));
            assertTrue(build(site, new Recorder()).upToDate(), "the full build wrote a good state again");
        }
    }

    @Test
    void anOutputFileChangedOrRemovedSinceTheBuildMeansAFullBuild() throws Exception {
        TestSite site = site();
        build(site, new Recorder());
        Files.writeString(site.outputFile("about.html"), "edited by hand\n");
        Recorder recorder = new Recorder();

        assertFalse(build(site, recorder).upToDate());
        assertEquals(List.of("full build: output file changed or missing: about.html"), recorder.debug);
        assertEquals("<p>About</p>\n", site.output("about.html"));

        Files.delete(site.outputFile("2023/01/02/one.html"));
        assertFalse(build(site, new Recorder()).upToDate());
        assertTrue(site.hasOutput("2023/01/02/one.html"));
    }

    @Test
    void otherPluginsOrOptionsAreNotTheSameBuild() throws Exception {
        TestSite site = site();
        build(site, new Recorder());

        BuildResult withoutRenderer = new Quire(TestPlugins.classLoader()).build(site.options(), new Recorder());
        assertFalse(withoutRenderer.upToDate());

        build(site, new Recorder());
        BuildResult otherOverride = new Quire(TestPlugins.classLoader(ContentRendererPlugin.class))
                .build(site.options().withOverride("title", "Other"), new Recorder());
        assertFalse(otherOverride.upToDate());
        assertEquals("<p>First Other</p>\n", site.output("2023/01/02/one.html"));
    }

    @Test
    void aFailedBuildLeavesTheStateOfTheLastGoodOne() throws Exception {
        TestSite site = site();
        build(site, new Recorder());
        site.write("about.md", "---\ntitle: [unclosed\n---\n");
        site.buildFails();
        site.write("about.md", "---\ntitle: About\n---\nAbout\n");

        assertTrue(build(site, new Recorder()).upToDate(), "back to the sources of the last good build");
    }

    @Test
    void theStateRemembersWhenAHeldBackPostComesDue() throws Exception {
        TestSite site = site().write("_posts/2099-01-01-later.md", "---\ntitle: Later\n---\nNot yet\n")
                .write("_posts/2098-06-01-sooner.md", "---\ntitle: Sooner\n---\nNot yet\n");
        new Quire(TestPlugins.classLoader(ContentRendererPlugin.class))
                .build(site.options().withTime(null), new Recorder());

        assertEquals("2098-06-01T00:00:00Z", BuildState.read(stateFile(site)).validUntil());
        assertFalse(site.hasOutput("2098/06/01/sooner.html"));
    }

    private static byte[] flipLastByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 2] ^= 1;
        return copy;
    }
}
