package dev.quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.error.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSourcesTest {

    @TempDir
    Path source;

    private void write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void findsTheLinkAsWrittenOrWithoutTheBaseurlInPathOrder() throws IOException {
        write("_posts/2024-01-01-a.md", "---\n---\nSee [x]({{ '/gone.html' | relative_url }}).\n");
        write("_layouts/default.ftlh", "<a href=\"/blog/gone.html\">gone</a>\n");
        write("about.md", "nothing here\n");

        assertEquals(List.of(new SourceLocation("_layouts/default.ftlh", 1, 10),
                        new SourceLocation("_posts/2024-01-01-a.md", 3, 13)),
                LinkSources.read(source, "/blog/", Set.of()).find("/blog/gone.html", 5));
    }

    @Test
    void leavesOutHiddenAndSkippedFoldersBinaryFilesAndStopsAtTheLimit() throws IOException {
        write(".git/notes.md", "gone.html\n");
        write("_site/index.html", "gone.html\n");
        write("assets/logo.png", "gone.html\n");
        write("a.md", "gone.html\ngone.html\n");
        write("b.md", "gone.html\n");

        assertEquals(List.of(new SourceLocation("a.md", 1, 1), new SourceLocation("a.md", 2, 1)),
                LinkSources.read(source, "", Set.of(source.resolve("_site"))).find("gone.html", 2));
    }
}
