package dev.quire.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.error.QuireException;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links, things in the way, and failures: the output folder is changed safely or not at all. */
class CommitterSafetyTest {

    @TempDir
    Path root;

    private Path output;
    private Path state;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        output = root.resolve("output");
        state = root.resolve("state");
        outside = Files.createDirectories(root.resolve("outside"));
    }

    private Committer.Result commit(String... pathsAndTexts) {
        Staging staging = new Staging();
        site(pathsAndTexts).forEach((path, text) -> staging.outputFor("test").write(path, text));
        return commit(staging);
    }

    private Committer.Result commit(Staging staging) {
        return new Committer(output, state).commit(staging);
    }

    private static Map<String, String> site(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    private void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
    }

    private QuireException assertProblem(Runnable commit, String... mentioned) {
        QuireException e = assertThrows(QuireException.class, commit::run);
        String text = e.problem().format();
        assertNull(e.problem().location());
        assertTrue(text.contains(output.toAbsolutePath().normalize().toString()), "names the output folder: " + text);
        for (String words : mentioned) {
            assertTrue(text.contains(words), "mentions " + words + ": " + text);
        }
        return e;
    }

    @Test
    void staleFilesAreNotRemovedThroughALinkThatLeavesTheOutputFolder() throws IOException {
        commit("index.html", "home", "assets/style.css", "body {}");
        Files.delete(output.resolve("assets/style.css"));
        Files.delete(output.resolve("assets"));
        Files.writeString(outside.resolve("style.css"), "precious");
        link(output.resolve("assets"), outside);

        Committer.Result result = commit("index.html", "home");

        assertEquals(new Committer.Result(0, 1, 0), result);
        assertEquals("precious", Files.readString(outside.resolve("style.css")));
        assertTrue(Files.isSymbolicLink(output.resolve("assets")), "the user's link is kept");
    }

    @Test
    void aLinkThatLeavesTheOutputFolderWhereAFolderIsNeededIsAProblem() throws IOException {
        commit("index.html", "home", "assets/style.css", "body {}");
        Files.delete(output.resolve("assets/style.css"));
        Files.delete(output.resolve("assets"));
        Files.writeString(outside.resolve("style.css"), "precious");
        link(output.resolve("assets"), outside);

        assertProblem(() -> commit("index.html", "new home", "assets/style.css", "body { color: red }"),
                "'assets'", "symbolic link", "assets/style.css");

        assertEquals("precious", Files.readString(outside.resolve("style.css")));
        assertEquals("home", Files.readString(output.resolve("index.html")), "nothing was changed");
    }

    @Test
    void noFolderIsCreatedThroughALinkThatLeavesTheOutputFolder() throws IOException {
        Files.createDirectories(output);
        link(output.resolve("linked"), outside);

        assertProblem(() -> commit("index.html", "home", "linked/sub/deeper/x.html", "x"), "'linked'");

        assertEquals(Set.of(), Trees.directories(outside));
        assertEquals(Set.of(), Trees.files(output));
    }

    @Test
    void aLinkToAFolderInsideTheOutputFolderIsFollowed() throws IOException {
        Files.createDirectories(output.resolve("real"));
        link(output.resolve("alias"), output.resolve("real"));

        commit("alias/x.html", "x", "alias/new/y.html", "y");
        assertEquals("x", Files.readString(output.resolve("real/x.html")));
        assertEquals("y", Files.readString(output.resolve("real/new/y.html")));

        assertEquals(new Committer.Result(0, 0, 2), commit());
        assertEquals(Set.of("real"), Trees.directories(output));
    }

    @Test
    void twoPathsThatAreOneFileThroughALinkAreAProblem() throws IOException {
        Files.createDirectories(output.resolve("real"));
        link(output.resolve("alias"), output.resolve("real"));

        assertProblem(() -> commit("alias/x.html", "one", "real/x.html", "two"), "'alias/x.html'", "'real/x.html'");

        assertEquals(Set.of(), Trees.files(output));
    }

    @Test
    void aUsersFileWhereAFolderIsNeededIsAProblemAndChangesNothing() throws IOException {
        commit("index.html", "home", "old.html", "old", "a/b.html", "b");
        Files.writeString(output.resolve("zz"), "the user's");
        SortedMap<String, byte[]> before = Trees.snapshot(output);
        SortedMap<String, byte[]> stateBefore = Trees.snapshot(state);

        QuireException e = assertProblem(() -> commit("index.html", "new home", "a/b.html", "B", "zz/index.html", "z"),
                "a file 'zz'", "needs a folder", "zz/index.html");

        assertTrue(e.problem().hint().contains("move or delete"), e.problem().hint());
        Trees.assertSameTree(before, output);
        Trees.assertSameTree(stateBefore, state);
    }

    @Test
    void aUsersFolderWhereAFileIsNeededIsAProblemAndChangesNothing() throws IOException {
        commit("index.html", "home", "old.html", "old");
        Files.createDirectories(output.resolve("b.html"));
        Files.writeString(output.resolve("b.html/mine.txt"), "mine");
        SortedMap<String, byte[]> before = Trees.snapshot(output);

        assertProblem(() -> commit("index.html", "new home", "b.html", "b"), "a folder 'b.html'");

        Trees.assertSameTree(before, output);
    }

    @Test
    void aFileThatCannotBeWrittenChangesNothing() throws IOException {
        commit("index.html", "home", "old.html", "old", "a/b.html", "b");
        SortedMap<String, byte[]> before = Trees.snapshot(output);
        SortedMap<String, byte[]> stateBefore = Trees.snapshot(state);
        Set<String> foldersBefore = Trees.directories(output);
        Staging staging = new Staging();
        staging.outputFor("test").write("index.html", "new home");
        staging.outputFor("test").write("a/b.html", "B");
        staging.outputFor("test").write("new/c.html", "c");
        staging.outputFor("static").copy("zzz/logo.svg", root.resolve("gone.svg"));

        assertProblem(() -> commit(staging), "'zzz/logo.svg'", "was left as it was");

        Trees.assertSameTree(before, output);
        assertEquals(foldersBefore, Trees.directories(output));
        Trees.assertSameTree(stateBefore, state);
    }

    @Test
    void aFirstBuildThatCannotWriteLeavesNoOutputFolder() {
        Staging staging = new Staging();
        staging.outputFor("test").write("index.html", "home");
        staging.outputFor("static").copy("logo.svg", root.resolve("gone.svg"));

        assertProblem(() -> commit(staging), "'logo.svg'");

        assertFalse(Files.exists(output));
    }

    @Test
    void aFileAndAFolderOfOneNameIsAProblem() {
        QuireException e = assertThrows(QuireException.class, () -> commit("a", "file", "a/b.html", "b"));

        assertTrue(e.problem().message().contains("'a'"), e.problem().message());
        assertTrue(e.problem().message().contains("'a/b.html'"), e.problem().message());
        assertFalse(Files.exists(output));
    }

    @Test
    void temporaryFilesNeverReplaceOrFollowWhatIsThere() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve(".a.html.quire-tmp"), "mine");
        Path target = Files.writeString(outside.resolve("target.txt"), "outside");
        link(output.resolve(".b.html.quire-tmp"), target);

        commit("a.html", "a", "b.html", "b");

        assertEquals("a", Files.readString(output.resolve("a.html")));
        assertEquals("b", Files.readString(output.resolve("b.html")));
        assertFalse(Files.isSymbolicLink(output.resolve("b.html")));
        assertEquals("mine", Files.readString(output.resolve(".a.html.quire-tmp")));
        assertEquals("outside", Files.readString(target));
        assertTrue(Files.isSymbolicLink(output.resolve(".b.html.quire-tmp")));
        assertEquals(Set.of(".a.html.quire-tmp", "a.html", "b.html"), Trees.files(output));
    }

    @Test
    void writtenFilesGetTheSamePermissionsAsAnyNewFile() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(root, PosixFileAttributeView.class);
        assumeTrue(view != null, "no POSIX permissions here");
        Path plain = Files.writeString(root.resolve("plain.txt"), "x");

        commit("a.html", "a", "deep/b.html", "b");

        var expected = Files.getPosixFilePermissions(plain, LinkOption.NOFOLLOW_LINKS);
        assertEquals(expected, Files.getPosixFilePermissions(output.resolve("a.html")));
        assertEquals(expected, Files.getPosixFilePermissions(output.resolve("deep/b.html")));
    }
}
