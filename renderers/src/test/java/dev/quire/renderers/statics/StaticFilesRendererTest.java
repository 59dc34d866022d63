package dev.quire.renderers.statics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.build.BuildOptions;
import dev.quire.spi.QuirePlugin;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static files: copied byte for byte to the same path; special and hidden files stay behind. Tests
 * that list the whole output build with the static-file and layout renderers alone
 * ({@link #withoutOtherRenderers}), so that a feed or sitemap is not counted as a copied file.
 */
class StaticFilesRendererTest {

    /** Every plugin but the static files and layouts switched off, as a site does with {@code quire: {disable: [...]}}. */
    private static BuildOptions withoutOtherRenderers(BuildOptions options) {
        List<String> others = new ArrayList<>();
        for (QuirePlugin plugin : ServiceLoader.load(QuirePlugin.class)) {
            if (!Set.of("static-files", "layouts").contains(plugin.name())) {
                others.add(plugin.name());
            }
        }
        return options.withOverride("quire", Map.of("disable", others));
    }

    @TempDir
    Path folder;

    @Test
    void copiesFilesByteForByte() throws Exception {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        byte[] large = new byte[300_000];
        new Random(42).nextBytes(large);
        byte[] crlf = "body {\r\n  color: red;\r\n}\r\n\u00e9\u2014".getBytes(StandardCharsets.UTF_8);
        TestSite site = TestSite.create(folder)
                .write("bytes.bin", everyByte)
                .write("assets/img/photo.jpg", large)
                .write("assets/css/site.css", crlf)
                .write("empty.txt", new byte[0])
                .write("with space/note (1).txt", "hello".getBytes(StandardCharsets.UTF_8));

        site.build();

        assertArrayEquals(everyByte, Files.readAllBytes(site.destination().resolve("bytes.bin")));
        assertArrayEquals(large, Files.readAllBytes(site.destination().resolve("assets/img/photo.jpg")));
        assertArrayEquals(crlf, Files.readAllBytes(site.destination().resolve("assets/css/site.css")));
        assertArrayEquals(new byte[0], Files.readAllBytes(site.destination().resolve("empty.txt")));
        assertEquals("hello", site.output("with space/note (1).txt"));
    }

    @Test
    void leavesSpecialFoldersDotfilesAndConfigurationBehind() throws Exception {
        TestSite site = TestSite.create(folder)
                .write("_config.yml", "title: x\n")
                .write("_sass/main.scss", "a {}")
                .write("_data/people.yml", "- a\n")
                .write("_includes/nav.ftlh", "<nav/>")
                .write("_layouts/default.ftlh", "${content}")
                .write("_private/secret.txt", "no")
                .write("assets/_partial.css", "no")
                .write("assets/_hidden/deep.css", "no")
                .write(".htaccess", "no")
                .write(".well-known/security.txt", "no")
                .write("assets/.DS_Store", "no")
                .write("#scratch.txt", "no")
                .write("notes.txt~", "no")
                .write("node_modules/pkg/index.js", "no")
                .write("assets/app.js", "yes")
                .write("robots.txt", "yes");

        site.build(StaticFilesRendererTest::withoutOtherRenderers);

        assertEquals(Set.of("assets/app.js", "robots.txt"), Trees.files(site.destination()));
    }

    @Test
    void includedSpecialFilesAreCopied() throws Exception {
        TestSite site = TestSite.create(folder)
                .write("_config.yml", "include: [.htaccess, _redirects]\n")
                .write(".htaccess", "deny")
                .write("_redirects", "/a /b")
                .write(".env", "no");

        site.build(StaticFilesRendererTest::withoutOtherRenderers);

        assertEquals(Set.of(".htaccess", "_redirects"), Trees.files(site.destination()));
        assertEquals("deny", site.output(".htaccess"));
    }

    @Test
    void filesWithFrontMatterAreDocumentsNotStaticFiles() throws Exception {
        TestSite site = TestSite.create(folder)
                .write("feed.xml", "---\n---\n<feed>{{ site.time | date: \"%Y\" }}</feed>\n")
                .write("plain.xml", "<feed>{{ not liquid }}</feed>\n");

        site.build(StaticFilesRendererTest::withoutOtherRenderers);

        assertEquals("<feed>2024</feed>\n", site.output("feed.xml"));
        assertEquals("<feed>{{ not liquid }}</feed>\n", site.output("plain.xml"));
        assertEquals(Set.of("feed.xml", "plain.xml"), Trees.files(site.destination()));
    }

    @Test
    void aChangedStaticFileIsCopiedAgainAndARemovedOneDisappears() throws Exception {
        TestSite site = TestSite.create(folder)
                .write("a.txt", "one")
                .write("b.txt", "gone soon");
        site.build(StaticFilesRendererTest::withoutOtherRenderers);

        site.write("a.txt", "two");
        site.delete("b.txt");
        site.build(StaticFilesRendererTest::withoutOtherRenderers);

        assertEquals("two", site.output("a.txt"));
        assertEquals(Set.of("a.txt"), Trees.files(site.destination()));
    }
}
