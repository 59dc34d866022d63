package dev.quire.renderers.statics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.renderers.TinySite;
import dev.quire.renderers.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static files: copied byte for byte to the same path; special and hidden files stay behind. */
class StaticFilesRendererTest {

    @TempDir
    Path folder;

    @Test
    void copiesFilesByteForByte() throws IOException {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        byte[] large = new byte[300_000];
        new Random(42).nextBytes(large);
        byte[] crlf = "body {\r\n  color: red;\r\n}\r\n\u00e9\u2014".getBytes(StandardCharsets.UTF_8);
        TinySite site = TinySite.in(folder)
                .file("bytes.bin", everyByte)
                .file("assets/img/photo.jpg", large)
                .file("assets/css/site.css", crlf)
                .file("empty.txt", new byte[0])
                .file("with space/note (1).txt", "hello".getBytes(StandardCharsets.UTF_8));

        site.build();

        assertArrayEquals(everyByte, Files.readAllBytes(site.destination().resolve("bytes.bin")));
        assertArrayEquals(large, Files.readAllBytes(site.destination().resolve("assets/img/photo.jpg")));
        assertArrayEquals(crlf, Files.readAllBytes(site.destination().resolve("assets/css/site.css")));
        assertArrayEquals(new byte[0], Files.readAllBytes(site.destination().resolve("empty.txt")));
        assertEquals("hello", site.output("with space/note (1).txt"));
    }

    @Test
    void leavesSpecialFoldersDotfilesAndConfigurationBehind() {
        TinySite site = TinySite.in(folder)
                .file("_config.yml", "title: x\n")
                .file("_sass/main.scss", "a {}")
                .file("_data/people.yml", "- a\n")
                .file("_includes/nav.ftlh", "<nav/>")
                .file("_layouts/default.ftlh", "${content}")
                .file("_private/secret.txt", "no")
                .file("assets/_partial.css", "no")
                .file("assets/_hidden/deep.css", "no")
                .file(".htaccess", "no")
                .file(".well-known/security.txt", "no")
                .file("assets/.DS_Store", "no")
                .file("#scratch.txt", "no")
                .file("notes.txt~", "no")
                .file("node_modules/pkg/index.js", "no")
                .file("assets/app.js", "yes")
                .file("robots.txt", "yes");

        site.build();

        assertEquals("[assets/app.js, robots.txt]", Trees.describe(site.destination()));
    }

    @Test
    void includedSpecialFilesAreCopied() {
        TinySite site = TinySite.in(folder)
                .file("_config.yml", "include: [.htaccess, _redirects]\n")
                .file(".htaccess", "deny")
                .file("_redirects", "/a /b")
                .file(".env", "no");

        site.build();

        assertEquals("[.htaccess, _redirects]", Trees.describe(site.destination()));
        assertEquals("deny", site.output(".htaccess"));
    }

    @Test
    void filesWithFrontMatterAreDocumentsNotStaticFiles() {
        TinySite site = TinySite.in(folder)
                .file("feed.xml", "---\n---\n<feed>{{ site.time | date: \"%Y\" }}</feed>\n")
                .file("plain.xml", "<feed>{{ not liquid }}</feed>\n");

        site.build();

        assertEquals("<feed>2024</feed>\n", site.output("feed.xml"));
        assertEquals("<feed>{{ not liquid }}</feed>\n", site.output("plain.xml"));
        assertEquals(List.of("feed.xml", "plain.xml"), List.copyOf(Trees.read(site.destination()).keySet()));
    }

    @Test
    void aChangedStaticFileIsCopiedAgainAndARemovedOneDisappears() throws IOException {
        TinySite site = TinySite.in(folder)
                .file("a.txt", "one")
                .file("b.txt", "gone soon");
        site.build();

        site.file("a.txt", "two");
        Files.delete(site.source().resolve("b.txt"));
        site.build();

        assertEquals("two", site.output("a.txt"));
        assertEquals("[a.txt]", Trees.describe(site.destination()));
    }
}
