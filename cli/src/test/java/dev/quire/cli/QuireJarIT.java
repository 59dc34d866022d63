package dev.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.testing.Trees;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar ({@code target/quire-cli-VERSION.jar}, given by failsafe as {@code quire.jar})
 * with {@code java -jar} in its own process, as a user would: proves the packaging (main class,
 * merged plugin service files, FreeMarker and Liquid on the class path), not only the classes.
 */
class QuireJarIT {

    @TempDir
    Path root;

    private Path site;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void writeSite() throws IOException {
        site = root.resolve("my-site");
        write("_config.yml", "title: Jar test\n");
        write("_layouts/default.ftlh", "<h1>${site.title}</h1>${content}\n");
        write("_posts/2024-03-05-hello-jar.md", "---\nlayout: default\ncategories: [news]\n---\n# {{ page.title }}\n");
        write("_posts/README.md", "no date in this name\n");
        write("index.md", "---\nlayout: default\n---\nHome\n");
        write("assets/style.css", "body {}\n");
    }

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** {@code java -jar quire-cli.jar ARGS} in the site folder, with a private cache folder. */
    private Run quire(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("quire.jar"));
        assertTrue(Files.isRegularFile(jar), "no shaded jar at " + jar);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path stdout = root.resolve("stdout.txt");
        Path stderr = root.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(site.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("XDG_CACHE_HOME", root.resolve("cache").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "quire did not finish");
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void buildsIntoUnderscoreSiteOfTheCurrentFolderAndRebuildsWithoutReadingItBack() throws Exception {
        Run first = quire("build");

        assertEquals(0, first.exitCode(), first.err());
        Path output = site.resolve("_site");
        assertTrue(first.out().contains("Site written to " + output.toRealPath()) || first.out().contains(
                "Site written to " + output), first.out());
        // the built-in feed, sitemap, robots.txt and search renderers are found in the shaded jar too
        Set<String> written = Set.of("index.html", "news/2024/03/05/hello-jar.html", "assets/style.css", "feed.xml",
                "sitemap.xml", "robots.txt", "search.json");
        assertEquals(written, Trees.files(output));
        String post = Files.readString(output.resolve("news/2024/03/05/hello-jar.html"));
        assertTrue(post.contains("<h1>Jar test</h1>"), post);
        assertTrue(post.contains("Hello Jar</h1>"), "Liquid and Markdown ran: " + post);
        assertTrue(Files.isDirectory(root.resolve("cache/quire")), "state kept in the cache folder");

        Run second = quire("b", "-V");

        assertEquals(0, second.exitCode(), second.err());
        // nothing changed and the output was not read back as input: the second build is skipped
        assertTrue(second.out().contains("is up to date (7 files; nothing changed since the last build)"),
                second.out());
        assertTrue(second.out().contains("up-to-date: nothing changed since the last build, 7 files"), second.out());
        // its notes are the first build's, repeated
        assertTrue(second.out().contains("_posts/README.md: skipped: a file in _posts needs a date"), second.out());
        assertEquals(written, Trees.files(output));
    }

    @Test
    void aBrokenSiteExitsOneWithTheErrorOnStderr() throws Exception {
        write("_posts/2024-03-06-broken.md", "---\ntitle: [unclosed\n---\nBody\n");

        Run run = quire("build", "-s", ".", "-d", root.resolve("out").toString());

        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("Quire build failed with 1 error"), run.err());
        assertTrue(run.err().contains("_posts/2024-03-06-broken.md:2:"), run.err());
        assertFalse(Files.exists(root.resolve("out")));
    }

    /** {@code quire check} from the jar (jsoup shaded in): a broken link exits 1 naming its page and source line. */
    @Test
    void checkNamesABrokenLinkWithItsPageAndSourceLine() throws Exception {
        write("about.md", "---\nlayout: default\n---\nSee [the team](/team.html).\n");
        assertEquals(0, quire("build", "-q").exitCode());

        Run check = quire("check");

        assertEquals(1, check.exitCode(), check.out() + check.err());
        Path output = site.resolve("_site").toRealPath();
        assertTrue(check.err().startsWith("Quire found 1 broken link in " + output + ":"), check.err());
        assertTrue(check.err().contains(output.resolve("about.html") + ": /team.html (no file team.html in the site),"
                + " written in " + site.toRealPath().resolve("about.md") + ":4:16"), check.err());
    }

    @Test
    void versionAndUsageErrors() throws Exception {
        Run version = quire("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("(?s)Quire \\d+\\.\\d+\\.\\d+.*"), version.out());

        Run usage = quire("build", "--no-such-flag");
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("--no-such-flag"), usage.err());
    }

    /**
     * {@code quire serve} from the jar: serves the site with the live-reload script, rebuilds after an
     * edit, and stops cleanly on SIGTERM (what Ctrl-C's shutdown does: the hook closes the server).
     */
    @Test
    void servesRebuildsAndStopsOnASignal() throws Exception {
        Path jar = Path.of(System.getProperty("quire.jar"));
        Path stdout = root.resolve("serve-out.txt");
        Path stderr = root.resolve("serve-err.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0").directory(site.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("XDG_CACHE_HOME", root.resolve("cache").toString());
        Process process = builder.start();
        try {
            Matcher address = awaitLine(stdout, Pattern.compile(" at (http://\\S+/) "));
            URI home = URI.create(address.group(1));
            HttpClient http = HttpClient.newHttpClient();
            String page = http.send(HttpRequest.newBuilder(home).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("<h1>Jar test</h1>") && page.contains("quire-live-reload"), page);

            write("index.md", "---\nlayout: default\n---\nEdited home\n");
            awaitLine(stdout, Pattern.compile("Rebuilt after a change to index.md"));
            page = http.send(HttpRequest.newBuilder(home).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("Edited home"), page);
        } finally {
            process.destroy();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "quire serve did not stop on SIGTERM");
        assertEquals("", Files.readString(stderr), "no errors on stop");
    }

    /** Waits up to a minute for a line of the file to match; returns the match. */
    private static Matcher awaitLine(Path file, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no line matching " + pattern + " in: " + Files.readString(file));
    }
}
