package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

    @TempDir
    Path root;

    private SortedMap<String, String> fingerprint(BuildOptions options) throws Exception {
        return InputFingerprint.compute(options, List.of(), List.of(), getClass().getClassLoader());
    }

    @Test
    void eachSourceFileIsAnInputButNotTheOutputOrStateFolderInsideTheSource() throws Exception {
        Path source = Files.createDirectories(root.resolve("site"));
        Files.writeString(source.resolve("index.md"), "home\n");
        Files.createDirectories(source.resolve("_site"));
        Files.writeString(source.resolve("_site/index.html"), "<p>home</p>\n");
        Files.createDirectories(source.resolve(".quire-state"));
        Files.writeString(source.resolve(".quire-state/x"), "state\n");
        BuildOptions options = BuildOptions.of(source, source.resolve("_site"), source.resolve(".quire-state"));

        SortedMap<String, String> before = fingerprint(options);
        assertTrue(before.containsKey("source:index.md"), before::toString);
        assertTrue(before.keySet().stream().noneMatch(key -> key.contains("_site") || key.contains(".quire-state")),
                before::toString);

        Files.writeString(source.resolve("_site/index.html"), "changed output\n");
        assertEquals(before, fingerprint(options), "the output is not an input");
        Files.writeString(source.resolve("index.md"), "home!\n");
        assertEquals(Optional.of("source:index.md"), UpToDateCheck.firstDifference(before, fingerprint(options)));
    }

    @Test
    void aSourceFilesModificationTimeIsAnInputAsTheSitemapAndDraftsShowIt() throws Exception {
        Path source = Files.createDirectories(root.resolve("site"));
        Files.writeString(source.resolve("page.html"), "<p>static</p>\n");
        Files.setLastModifiedTime(source.resolve("page.html"), FileTime.fromMillis(1_000_000_000_000L));
        BuildOptions options = BuildOptions.of(source, root.resolve("out"), root.resolve("state"));
        SortedMap<String, String> before = fingerprint(options);

        assertEquals(before, fingerprint(options));
        Files.setLastModifiedTime(source.resolve("page.html"), FileTime.fromMillis(1_000_000_001_000L));
        assertEquals(Optional.of("source:page.html"), UpToDateCheck.firstDifference(before, fingerprint(options)),
                "touched, its text unchanged");
    }

    @Test
    void aDocumentsModificationTimeIsNoInputExceptADrafts() throws Exception {
        Path source = Files.createDirectories(root.resolve("site"));
        Files.createDirectories(source.resolve("_drafts"));
        Files.writeString(source.resolve("page.md"), "---\ntitle: Page\n---\nText\n");
        Files.writeString(source.resolve("_drafts/idea.md"), "---\ntitle: Idea\n---\nText\n");
        BuildOptions options = BuildOptions.of(source, root.resolve("out"), root.resolve("state"));
        SortedMap<String, String> before = fingerprint(options);

        Files.setLastModifiedTime(source.resolve("page.md"), FileTime.fromMillis(1_000_000_000_000L));
        assertEquals(before, fingerprint(options), "a page's time is printed nowhere: saving it unchanged is no change");
        Files.setLastModifiedTime(source.resolve("_drafts/idea.md"), FileTime.fromMillis(1_000_000_000_000L));
        assertEquals(Optional.of("source:_drafts/idea.md"), UpToDateCheck.firstDifference(before, fingerprint(options)),
                "a draft is dated by its file");
    }

    @Test
    void optionsCountButNotTheThreadCount() throws Exception {
        Path source = Files.createDirectories(root.resolve("site"));
        BuildOptions options = BuildOptions.of(source, root.resolve("out"), root.resolve("state"));

        assertEquals(fingerprint(options.withThreads(1)), fingerprint(options.withThreads(4)));
        assertNotEquals(fingerprint(options), fingerprint(options.withOverride("baseurl", "/blog")));
    }
}
