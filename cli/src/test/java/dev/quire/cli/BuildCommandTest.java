package dev.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole builds through the command line, in this JVM: exit codes, what is printed, what is written. */
class BuildCommandTest extends SiteCommandTestBase {

    /** A one-post site; the feed, sitemap and robots.txt renderers are off, as these tests count the files written. */
    private void writeSite() throws IOException {
        write("_config.yml", "title: Default config\nquire: {disable: [feed, sitemap, robots]}\n");
        write("_layouts/default.ftlh", "<title>${site.title}</title>${content}\n");
        write("_posts/2024-01-02-hello.md", "---\nlayout: default\n---\nHello\n");
    }

    /** Runs {@code quire ARGS -s site -d out --state-dir state} with fresh output buffers. */
    private int build(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-s", source().toString(), "--state-dir", root.resolve("state").toString()));
        if (!all.contains("-d")) {
            all.addAll(List.of("-d", output().toString()));
        }
        return run(all);
    }

    private String outputFile(String path) throws IOException {
        return Files.readString(output().resolve(path));
    }

    @Test
    void aSuccessfulBuildExitsZeroAndSaysWhereTheSiteIs() throws IOException {
        writeSite();

        assertEquals(0, build("build"));

        assertEquals("", err.toString());
        assertEquals("Site written to " + output() + " (2 written, 0 unchanged, 0 removed)" + System.lineSeparator(),
                out.toString());
        assertTrue(outputFile("2024/01/02/hello.html").contains("<title>Default config</title>"));
    }

    @Test
    void quietPrintsNothingOnSuccess() throws IOException {
        writeSite();

        assertEquals(0, build("build", "-q"));

        assertEquals("", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aBadFrontMatterExitsOneAndNamesTheFileAndLineOnStderr() throws IOException {
        writeSite();
        write("_posts/2024-01-03-broken.md", "---\ntitle: fine\ntags: [unclosed\n---\nBody\n");

        assertEquals(1, build("build"));

        String errors = err.toString();
        assertTrue(errors.startsWith("Quire build failed with 1 error; the output folder was not changed:"), errors);
        String broken = source().resolve("_posts/2024-01-03-broken.md").toString();
        assertTrue(errors.matches("(?s).*\\n  " + java.util.regex.Pattern.quote(broken) + ":[34]:\\d+: invalid YAML.*"),
                errors);
        assertEquals("", out.toString());
        assertFalse(Files.exists(output()), "a failed build writes nothing");
    }

    @Test
    void warningsGoToStderrUnlessQuiet() throws IOException {
        writeSite();
        write("about.md", "---\nlayout: nosuch\n---\nAbout\n");

        assertEquals(0, build("build"));
        assertTrue(err.toString().startsWith("warning: " + source().resolve("about.md")), err.toString());
        assertTrue(err.toString().contains("nosuch"), err.toString());

        assertEquals(0, build("build", "-q"));
        assertEquals("", err.toString());
    }

    @Test
    void laterConfigFilesOverrideEarlierOnesAndTheDefaultIsNotRead() throws IOException {
        writeSite();
        write("_config.yml", "title: Default config\nbaseurl: /default\n");
        write("_config_a.yml", "title: A\n");
        Path b = root.resolve("b.yml");
        Files.writeString(b, "title: B\n");
        write("_layouts/default.ftlh", "<title>${site.title}</title><base>${site.baseurl}</base>\n");

        assertEquals(0, build("build", "--config", source().resolve("_config_a.yml") + "," + b));
        assertTrue(outputFile("2024/01/02/hello.html").contains("<title>B</title><base></base>"),
                outputFile("2024/01/02/hello.html"));

        assertEquals(0, build("build", "--config", b.toString(), "--config", source().resolve("_config_a.yml").toString()));
        assertTrue(outputFile("2024/01/02/hello.html").contains("<title>A</title>"), outputFile("2024/01/02/hello.html"));

        assertEquals(0, build("build", "--config", source().resolve("_config.yml") + "," + b));
        assertTrue(outputFile("2024/01/02/hello.html").contains("<title>B</title><base>/default</base>"),
                outputFile("2024/01/02/hello.html"));
    }

    @Test
    void aMissingConfigFileIsABuildError() throws IOException {
        writeSite();

        assertEquals(1, build("build", "--config", root.resolve("nope.yml").toString()));

        assertTrue(err.toString().contains(root.resolve("nope.yml") + " does not exist"), err.toString());
    }

    @Test
    void underscoreSiteInsideTheSourceIsNotReadBackOnTheNextBuild() throws IOException {
        writeSite();
        write("css/site.css", "body {}\n");
        Path inside = source().resolve("_site");

        assertEquals(0, build("build", "-d", inside.toString()));
        Set<String> first = Trees.files(inside);
        assertEquals(0, build("build", "-d", inside.toString()));

        assertEquals(Set.of("2024/01/02/hello.html", "css/site.css", "search.json"), first);
        assertEquals(first, Trees.files(inside));
        // skipped as up to date: what the first build wrote does not count as an input of the second
        assertTrue(out.toString().contains("is up to date (3 files; nothing changed since the last build)"),
                out.toString());
    }

    @Test
    void anOrdinaryFolderInsideTheSourceIsRefused() throws IOException {
        writeSite();

        assertEquals(1, build("build", "-d", source().resolve("public").toString()));

        assertTrue(err.toString().contains("is inside the source folder"), err.toString());
        assertFalse(Files.exists(source().resolve("public")));
    }

    @Test
    void verboseListsThePhasesAndTheSkippedPostsWithTheirPaths() throws IOException {
        writeSite();
        write("_posts/notes.md", "---\n---\nno date in the name\n");

        assertEquals(0, build("build", "-V"));

        String printed = out.toString();
        for (String phase : List.of("load", "resolve", "index", "generate", "convert", "render", "commit")) {
            assertTrue(printed.contains("  " + phase + ": "), phase + " in " + printed);
        }
        assertTrue(printed.contains("  " + source().resolve("_posts/notes.md")
                + ": skipped: a file in _posts needs a date in its name to be a post"), printed);
        assertTrue(printed.contains("Source:        " + source()), printed);
        assertFalse(Files.exists(output().resolve("notes.html")));

        assertEquals(0, build("build"));
        assertFalse(out.toString().contains("notes.md"), "listed only in verbose mode: " + out);
    }

    @Test
    void draftsFutureAndUnpublishedFlagsPublishWhatJekyllsFlagsPublish() throws IOException {
        writeSite();
        write("_drafts/wip.md", "---\n---\nDraft\n");
        write("_posts/2999-01-01-later.md", "---\n---\nLater\n");
        write("_posts/2024-01-04-hidden.md", "---\npublished: false\n---\nHidden\n");

        assertEquals(0, build("build"));
        assertEquals(Set.of("2024/01/02/hello.html", "search.json"), Trees.files(output()));

        assertEquals(0, build("build", "--drafts", "--future", "--unpublished", "-b", "/blog"));
        Set<String> files = Trees.files(output());
        assertTrue(files.contains("2999/01/01/later.html"), files.toString());
        assertTrue(files.contains("2024/01/04/hidden.html"), files.toString());
        assertTrue(files.stream().anyMatch(file -> file.endsWith("/wip.html")), files.toString());
    }
}
