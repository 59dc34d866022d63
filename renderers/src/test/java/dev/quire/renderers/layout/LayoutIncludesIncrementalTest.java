package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.Quire;
import dev.quire.testing.DebugLines;
import dev.quire.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout may include any file of the site's source folder, also one the site publishes as a
 * static file or a page: an edit of that file must reach every page whose layout includes it, also
 * in a partial build.
 */
class LayoutIncludesIncrementalTest {

    @TempDir
    Path work;

    @Test
    void anEditOfAStaticFileALayoutIncludesReachesEveryPageInAPartialBuild() throws Exception {
        Path source = work.resolve("site");
        Files.createDirectories(source.resolve("_layouts"));
        Files.createDirectories(source.resolve("assets"));
        Files.writeString(source.resolve("_config.yml"), "title: T\ntime: 2024-06-01 12:00:00 +0000\n");
        Files.writeString(source.resolve("_layouts/default.ftlh"),
                "<html>${content?no_esc}<#include \"/assets/note.html\" parse=false></html>\n");
        Files.writeString(source.resolve("assets/note.html"), "note one");
        Files.writeString(source.resolve("index.md"), "---\nlayout: default\n---\nHome\n");
        Files.writeString(source.resolve("about.md"), "---\nlayout: default\n---\nAbout\n");
        Files.writeString(source.resolve("_layouts/plain.ftlh"), "<p>${content?no_esc}</p>\n");
        Files.writeString(source.resolve("plain.md"), "---\nlayout: plain\n---\nPlain\n");
        BuildOptions incremental = BuildOptions.of(source, work.resolve("out"), work.resolve("state")).withThreads(2);
        new Quire().build(incremental, BuildListener.SILENT);

        Files.writeString(source.resolve("assets/note.html"), "note two");
        DebugLines debug = new DebugLines();
        assertFalse(new Quire().build(incremental, debug).upToDate());

        assertEquals(List.of("incremental build: done again: render layouts doc:about.md about.html, "
                + "render layouts doc:index.md index.html"),
                debug.lines().stream().filter(line -> line.startsWith("incremental build: done again")).toList(),
                "a partial build remakes the pages whose layout includes the file, and no other");

        BuildOptions clean = BuildOptions.of(source, work.resolve("clean"), work.resolve("clean-state")).withThreads(2);
        new Quire().build(clean, BuildListener.SILENT);
        assertEquals("note two", Files.readString(work.resolve("clean/assets/note.html")));
        Trees.assertSameTree(Trees.snapshot(work.resolve("clean")), work.resolve("out"));
    }
}
