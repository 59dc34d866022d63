package dev.quire.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.error.QuireException;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path root;

    private Path output;
    private Path state;

    @BeforeEach
    void folders() {
        output = root.resolve("output");
        state = root.resolve("state");
    }

    private Committer.Result commit(Map<String, String> files) throws IOException {
        Staging staging = new Staging();
        files.forEach((path, text) -> staging.outputFor("test").write(path, text));
        return new Committer(output, state).commit(staging);
    }

    private static Map<String, String> site(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    private void ageEveryFile() throws IOException {
        for (String path : Trees.files(output)) {
            Files.setLastModifiedTime(output.resolve(path), LONG_AGO);
        }
    }

    @Test
    void firstCommitWritesEveryFile() throws IOException {
        Committer.Result result = commit(site("index.html", "home", "2019/05/21/x.html", "post",
                "coursera reviews/a.html", "spaced"));

        assertEquals(new Committer.Result(3, 0, 0), result);
        assertEquals(Map.of("index.html", "home", "2019/05/21/x.html", "post", "coursera reviews/a.html", "spaced"),
                Trees.texts(output));
    }

    @Test
    void secondIdenticalCommitWritesNothing() throws IOException {
        Map<String, String> files = site("index.html", "home", "a/b/c.html", "deep");
        commit(files);
        ageEveryFile();

        Committer.Result result = commit(files);

        assertEquals(new Committer.Result(0, 2, 0), result);
        Trees.modifiedTimes(output).forEach((path, time) -> assertEquals(LONG_AGO, time, path + " was rewritten"));
    }

    @Test
    void onlyChangedFilesAreWritten() throws IOException {
        commit(site("a.html", "a", "b.html", "b"));
        ageEveryFile();

        Committer.Result result = commit(site("a.html", "a", "b.html", "B!"));

        assertEquals(new Committer.Result(1, 1, 0), result);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("a.html")));
        assertEquals("B!", Files.readString(output.resolve("b.html")));
    }

    @Test
    void sameLengthDifferentBytesIsWritten() throws IOException {
        commit(site("a.html", "abc"));

        assertEquals(new Committer.Result(1, 0, 0), commit(site("a.html", "abd")));
        assertEquals("abd", Files.readString(output.resolve("a.html")));
    }

    @Test
    void fileNoLongerProducedIsDeletedWithTheFoldersQuireCreated() throws IOException {
        commit(site("index.html", "home", "2019/05/21/old.html", "old"));

        Committer.Result result = commit(site("index.html", "home"));

        assertEquals(new Committer.Result(0, 1, 1), result);
        assertEquals(Set.of("index.html"), Trees.files(output));
        assertEquals(Set.of(), Trees.directories(output), "empty folders Quire created are removed");
    }

    @Test
    void aFileOfTheLastBuildMayBecomeAFolder() throws IOException {
        commit(site("about", "plain file"));

        Committer.Result result = commit(site("about/index.html", "now a folder"));

        assertEquals(new Committer.Result(1, 0, 1), result);
        assertEquals("now a folder", Files.readString(output.resolve("about/index.html")));
    }

    @Test
    void filesQuireDidNotWriteAreNeverDeleted() throws IOException {
        Files.createDirectories(output.resolve("mine"));
        Files.writeString(output.resolve("CNAME"), "example.com");
        Files.writeString(output.resolve("mine/notes.txt"), "keep");
        commit(site("index.html", "home", "2019/old.html", "old", "mine/quire.html", "q"));
        Files.writeString(output.resolve("2019/user-added.txt"), "keep too");

        Committer.Result result = commit(site());

        assertEquals(3, result.deleted());
        assertEquals(Set.of("2019/user-added.txt", "CNAME", "mine/notes.txt"), Trees.files(output));
        assertEquals(Set.of("2019", "mine"), Trees.directories(output),
                "a folder Quire created is kept while it holds someone else's file");
    }

    @Test
    void foldersThatExistedBeforeAreKeptWhenEmptied() throws IOException {
        Files.createDirectories(output.resolve("existing"));
        commit(site("existing/a.html", "a", "new/b.html", "b"));

        commit(site());

        assertEquals(Set.of("existing"), Trees.directories(output));
    }

    @Test
    void aFolderQuireCreatedIsRemovedOnceTheUserEmptiesIt() throws IOException {
        commit(site("2019/a.html", "a"));
        Files.writeString(output.resolve("2019/user.txt"), "u");
        commit(site());
        assertTrue(Files.isDirectory(output.resolve("2019")));
        Files.delete(output.resolve("2019/user.txt"));

        commit(site());

        assertFalse(Files.exists(output.resolve("2019")));
    }

    @Test
    void corruptManifestDeletesNothing() throws IOException {
        commit(site("index.html", "home", "old.html", "old"));
        Files.writeString(Committer.manifestFile(state, output), "garbage\nf index.html\nf old.html\n");

        Committer.Result result = commit(site("index.html", "home"));

        assertEquals(0, result.deleted());
        assertEquals(Set.of("index.html", "old.html"), Trees.files(output));
    }

    @Test
    void manifestOfAnotherOutputFolderDeletesNothing() throws IOException {
        commit(site("index.html", "home", "old.html", "old"));
        Path elsewhere = root.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("old.html"), "not Quire's");

        Committer.Result result = new Committer(elsewhere, state).commit(new Staging());

        assertEquals(0, result.deleted());
        assertTrue(Files.exists(elsewhere.resolve("old.html")));
    }

    @Test
    void manifestCannotDeleteOutsideTheOutputFolder() throws IOException {
        Path victim = Files.writeString(root.resolve("victim.txt"), "precious");
        Files.createDirectories(output);
        Files.createDirectories(state);
        Files.writeString(Committer.manifestFile(state, output), "quire-manifest 2\ndestination "
                + output.toAbsolutePath().normalize() + "\nf ../victim.txt\nd ..\n");

        commit(site("index.html", "home"));

        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isDirectory(root));
    }

    @Test
    void twoOutputFoldersMayShareAStateFolder() throws IOException {
        Path other = root.resolve("other");
        commit(site("a.html", "a", "old.html", "old"));
        Staging b = new Staging();
        b.outputFor("test").write("b.html", "b");
        new Committer(other, state).commit(b);

        assertEquals(new Committer.Result(0, 1, 1), commit(site("a.html", "a")));
        assertEquals(Set.of("a.html"), Trees.files(output));
        assertEquals(new Committer.Result(0, 0, 1), new Committer(other, state).commit(new Staging()));
        assertEquals(Set.of(), Trees.files(other));
    }

    @Test
    void theManifestFileIsNamedAfterTheOutputFolder() {
        Path one = Committer.manifestFile(state, output);

        assertTrue(one.getFileName().toString().matches("manifest-[0-9a-f]{16}\\.txt"), one.toString());
        assertEquals(state.toAbsolutePath(), one.getParent());
        assertEquals(one, Committer.manifestFile(state, root.resolve("x/../output")));
        assertFalse(one.equals(Committer.manifestFile(state, root.resolve("other"))));
    }

    @Test
    void aNewlineInAFileNameCannotAddALineToTheManifest() throws IOException {
        String evil = "evil\nf keep.txt";
        Files.createDirectories(output);
        try {
            Files.writeString(output.resolve(evil), "probe");
            Files.delete(output.resolve(evil));
        } catch (IOException | RuntimeException e) {
            assumeTrue(false, "this file system does not allow a newline in a file name");
        }
        Files.writeString(output.resolve("keep.txt"), "the user's");
        commit(site("index.html", "home", evil, "x"));

        Committer.Result result = commit(site("index.html", "home"));

        assertEquals(new Committer.Result(0, 1, 1), result);
        assertEquals(Set.of("index.html", "keep.txt"), Trees.files(output));
    }

    @Test
    void missingStateFolderIsCreated() throws IOException {
        commit(site("index.html", "home"));

        assertTrue(Files.isRegularFile(Committer.manifestFile(state, output)));
    }

    @Test
    void copiedFilesAreComparedByContent() throws IOException {
        Path source = Files.writeString(root.resolve("logo.svg"), "<svg/>");
        Staging staging = new Staging();
        staging.outputFor("static").copy("img/logo.svg", source);
        assertEquals(new Committer.Result(1, 0, 0), new Committer(output, state).commit(staging));
        ageEveryFile();

        Staging again = new Staging();
        again.outputFor("static").copy("img/logo.svg", source);
        assertEquals(new Committer.Result(0, 1, 0), new Committer(output, state).commit(again));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("img/logo.svg")));

        Files.writeString(source, "<svg></svg>");
        Staging changed = new Staging();
        changed.outputFor("static").copy("img/logo.svg", source);
        assertEquals(new Committer.Result(1, 0, 0), new Committer(output, state).commit(changed));
        assertEquals("<svg></svg>", Files.readString(output.resolve("img/logo.svg")));
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        commit(site("a.html", "a", "b/c.html", "c"));
        commit(site("a.html", "A", "b/c.html", "C"));

        assertEquals(Set.of("a.html", "b/c.html"), Trees.files(output));
    }

    @Test
    void symbolicLinkToOutsideIsNotWrittenThrough() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createDirectories(output);
        try {
            Files.createSymbolicLink(output.resolve("linked"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        assertThrows(QuireException.class, () -> commit(site("linked/x.html", "x")));
        assertEquals(List.of(), List.copyOf(Trees.files(outside)));
    }

    @Test
    void snapshotHelperSeesBytes() throws IOException {
        commit(site("a.html", "é"));

        SortedMap<String, byte[]> snapshot = Trees.snapshot(output);

        Trees.assertSameTree(Map.of("a.html", "é".getBytes(StandardCharsets.UTF_8)), snapshot);
    }

    private Committer.Result commitKeeping(Map<String, String> files, String... kept) {
        Staging staging = new Staging();
        files.forEach((path, text) -> staging.outputFor("test").write(path, text));
        for (String path : kept) {
            staging.keep("layouts", path);
        }
        return new Committer(output, state).commit(staging);
    }

    @Test
    void aKeptFileIsLeftAsItIsAndCountsAsUnchanged() throws IOException {
        commit(site("index.html", "home", "2019/05/21/hello.html", "hello"));
        ageEveryFile();

        Committer.Result result = commitKeeping(site("index.html", "new home"), "2019/05/21/hello.html");

        assertEquals(new Committer.Result(1, 1, 0), result);
        assertEquals(Map.of("index.html", "new home", "2019/05/21/hello.html", "hello"), Trees.texts(output));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("2019/05/21/hello.html")));
    }

    @Test
    void aKeptFileIsNeverRewrittenWhateverItHolds() throws IOException {
        commit(site("a.html", "a"));
        Files.writeString(output.resolve("a.html"), "changed after the check");

        assertEquals(new Committer.Result(0, 1, 0), commitKeeping(site(), "a.html"));
        assertEquals("changed after the check", Files.readString(output.resolve("a.html")));
    }

    @Test
    void aKeptFileStaysInTheManifestSoALaterBuildWithoutItRemovesIt() throws IOException {
        commit(site("index.html", "home", "2019/05/21/hello.html", "hello"));
        commitKeeping(site("index.html", "home"), "2019/05/21/hello.html");
        commitKeeping(site("index.html", "home"), "2019/05/21/hello.html");

        Committer.Result result = commit(site("index.html", "home"));

        assertEquals(new Committer.Result(0, 1, 1), result);
        assertEquals(Set.of("index.html"), Trees.files(output));
        assertEquals(Set.of(), Trees.directories(output), "the folders Quire created for it go too");
    }

    @Test
    void aKeptFileLostDuringTheBuildFailsItAndChangesNothing() throws IOException {
        commit(site("index.html", "home", "2019/05/21/hello.html", "hello", "old.html", "old"));
        Files.delete(output.resolve("2019/05/21/hello.html"));
        SortedMap<String, byte[]> before = Trees.snapshot(output);
        SortedMap<String, byte[]> stateBefore = Trees.snapshot(state);

        QuireException e = assertThrows(QuireException.class, () -> commitKeeping(
                site("index.html", "new home", "new/page.html", "new"), "2019/05/21/hello.html"));

        assertTrue(e.problem().message().contains("lost '2019/05/21/hello.html' while Quire was building"),
                e.problem().message());
        assertTrue(e.problem().hint().contains("build again"), e.problem().hint());
        Trees.assertSameTree(before, output);
        Trees.assertSameTree(stateBefore, state);
        assertFalse(Files.exists(output.resolve("new")));
    }

    @Test
    void aKeptFileWhoseFolderWasLostFailsTheBuildAndChangesNothing() throws IOException {
        commit(site("index.html", "home", "2019/05/21/hello.html", "hello"));
        Files.delete(output.resolve("2019/05/21/hello.html"));
        Files.delete(output.resolve("2019/05/21"));
        SortedMap<String, byte[]> before = Trees.snapshot(output);
        Set<String> folders = Trees.directories(output);

        QuireException e = assertThrows(QuireException.class, () -> commitKeeping(site("index.html", "new home"),
                "2019/05/21/hello.html"));

        assertTrue(e.problem().message().contains("lost '2019/05/21/hello.html'"), e.problem().message());
        Trees.assertSameTree(before, output);
        assertEquals(folders, Trees.directories(output), "no folder is created for it");
    }

    @Test
    void aKeptFileWithoutAnEarlierBuildFailsTheBuild() {
        QuireException e = assertThrows(QuireException.class, () -> commitKeeping(site("index.html", "home"),
                "hello.html"));

        assertTrue(e.problem().message().contains("lost 'hello.html'"), e.problem().message());
        assertFalse(Files.exists(output.resolve("index.html")));
    }
}
