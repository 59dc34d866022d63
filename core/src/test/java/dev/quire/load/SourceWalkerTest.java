package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.model.SourceFile;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

    @TempDir
    Path root;

    @Test
    void skipsTheGivenFoldersWhereverTheyAre() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "index.md", "i",
                "public/index.html", "built output",
                "public-notes/a.txt", "a sibling with a similar name is walked",
                "state/manifest", "state"));

        List<String> paths = new SourceWalker(site.source(), List.of(site.source().resolve("public"),
                site.source().resolve("state/"), root.resolve("elsewhere"))).walk(new RecordingProblems()).stream()
                .map(SourceFile::path).toList();

        assertEquals(List.of("index.md", "public-notes/a.txt"), paths);
    }

    @Test
    void listsRegularFilesSortedWithSlashPathsAndSkipsVersionControl() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "b.md", "b",
                "a/z.txt", "z",
                "a/b/c.html", "c",
                ".git/config", "git",
                "sub/.svn/entries", "svn",
                ".htaccess", "kept: loaders decide"));
        Files.createDirectories(site.source().resolve("empty"));

        List<String> paths = new SourceWalker(site.source()).walk(new RecordingProblems()).stream()
                .map(SourceFile::path).toList();

        assertEquals(List.of(".htaccess", "a/b/c.html", "a/z.txt", "b.md"), paths);
    }

    @Test
    void symbolicLinkOutsideTheSourceIsSkippedWithAWarning() throws IOException {
        TestSite site = TestSite.create(root, Map.of("inside.md", "x"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret");
        try {
            Files.createSymbolicLink(site.source().resolve("link.txt"), secret);
            Files.createSymbolicLink(site.source().resolve("alias.md"), site.source().resolve("inside.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        RecordingProblems problems = new RecordingProblems();

        List<String> paths = new SourceWalker(site.source()).walk(problems).stream().map(SourceFile::path).toList();

        assertEquals(List.of("alias.md", "inside.md"), paths);
        assertEquals(1, problems.warnings().size());
        assertEquals("link.txt", problems.warnings().get(0).location().file());
        assertTrue(problems.errors().isEmpty());
    }
}
