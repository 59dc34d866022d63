package dev.quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop with real builds: edit, rebuild, serve; a broken file shows, a fix recovers. */
class DevServerTest {

    @TempDir
    Path temp;
    Path source;
    BuildOptions options;
    DevServer server;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    final ServeListener listener = new ServeListener() {
        @Override
        public void serving(URI address) {
            log.add("serving " + address);
        }

        @Override
        public void built(Changes changes, BuildResult result, Duration time) {
            log.add("built " + changes.describe(source));
        }

        @Override
        public void failed(Changes changes, List<String> errors) {
            log.add("failed " + errors);
        }
    };

    /** Quire with a renderer that writes each document's content (core has no layouts renderer). */
    static Quire quire() {
        return new Quire(TestPlugins.classLoader(ContentRendererPlugin.class));
    }

    @BeforeEach
    void site() throws IOException {
        source = Files.createDirectories(temp.resolve("site"));
        Files.writeString(source.resolve("_config.yml"), "title: Serve test\n");
        Files.writeString(source.resolve("index.md"), "---\n---\n{% for post in site.posts %}[{{ post.title }}]{% endfor %}\n");
        Files.createDirectories(source.resolve("_posts"));
        Files.writeString(source.resolve("_posts/2024-01-01-hello.md"), "---\ntitle: Hello\n---\nFirst words\n");
        options = BuildOptions.of(source, source.resolve("_site"), temp.resolve("state")).withThreads(2);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    void start() throws IOException {
        server = DevServer.start(options, new FullSiteBuilder(quire(), options, BuildListener.SILENT),
                DevServer.Settings.of("127.0.0.1", 0).withQuietMillis(50), listener);
    }

    String page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    void await(Predicate<DevServer> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.test(server)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; log: " + log + ", state: " + server.state());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void editsAreBuiltAndServedAndABrokenFileShowsUntilFixed() throws Exception {
        start();
        assertEquals(List.of("built all files", "serving " + server.address()), log);
        assertTrue(page("/2024/01/01/hello.html").contains("First words"), page("/2024/01/01/hello.html") + tree(options.destination()));
        assertTrue(page("/").contains("[Hello]"));

        Path post = source.resolve("_posts/2024-01-01-hello.md");
        Files.writeString(post, "---\ntitle: Hello again\n---\nSecond words\n");
        await(s -> s.state().generation() == 2);
        assertTrue(page("/2024/01/01/hello.html").contains("Second words"));
        assertTrue(page("/").contains("[Hello again]"), "the page that loops over site.posts is rebuilt");

        Files.writeString(post, "---\ntitle: [unclosed\n---\nThird words\n");
        await(s -> s.state() instanceof BuildState.Failed);
        BuildState.Failed failed = (BuildState.Failed) server.state();
        assertTrue(failed.errors().get(0).startsWith(post + ":2"), failed.errors().toString());
        String shown = page("/2024/01/01/hello.html");
        assertTrue(shown.contains("quire-build-error") && shown.contains("Second words"), shown);

        Files.writeString(post, "---\ntitle: Fixed\n---\nFourth words\n");
        await(s -> s.state() instanceof BuildState.Built);
        String fixed = page("/2024/01/01/hello.html");
        assertTrue(fixed.contains("Fourth words") && !fixed.contains("quire-build-error"), fixed);
    }

    @Test
    void afterBurstsDeletesAndRenamesTheOutputIsWhatAFullBuildMakes() throws Exception {
        start();
        Path posts = source.resolve("_posts");
        for (int i = 0; i < 20; i++) {
            Files.writeString(posts.resolve("2024-02-" + String.format("%02d", i + 1) + "-p.md"),
                    "---\ntitle: P" + i + "\n---\n" + i);
        }
        Files.move(posts.resolve("2024-01-01-hello.md"), posts.resolve("2024-01-03-renamed.md"));
        Files.delete(posts.resolve("2024-02-05-p.md"));
        Files.writeString(posts.resolve("2024-02-06-p.md"), "---\ntitle: half");
        Files.writeString(posts.resolve("2024-02-06-p.md"), "---\ntitle: Whole\n---\nwhole\n");
        Files.createDirectories(source.resolve("docs"));
        Files.writeString(source.resolve("docs/a.md"), "---\n---\nin a new folder\n");

        Path reference = temp.resolve("reference");
        quire().build(BuildOptions.of(source, reference, temp.resolve("reference-state")), BuildListener.SILENT);
        await(s -> {
            try {
                return s.state() instanceof BuildState.Built && tree(options.destination()).equals(tree(reference));
            } catch (IOException | java.io.UncheckedIOException e) {
                return false; // a build is writing (its temporary files come and go): look again
            }
        });
        assertTrue(page("/docs/a.html").contains("in a new folder"));
        assertTrue(page("/").contains("[Whole]"));
    }

    @Test
    void aBuildThatThrowsUnexpectedlyIsShownAndTheServerGoesOn() throws Exception {
        int[] calls = {0};
        server = DevServer.start(options, changes -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("boom <b>");
            }
            return quire().build(options, BuildListener.SILENT);
        }, DevServer.Settings.of("127.0.0.1", 0).withQuietMillis(50), listener);
        assertInstanceOf(BuildState.Failed.class, server.state());
        assertTrue(page("/").contains("Quire failed unexpectedly: java.lang.IllegalStateException: boom &lt;b&gt;"), page("/"));
        Files.writeString(source.resolve("index.md"), "---\n---\nrecovered\n");
        await(s -> s.state() instanceof BuildState.Built);
        assertTrue(page("/").contains("recovered"));
    }

    @Test
    void aTakenPortFailsBeforeBuilding() throws Exception {
        start();
        int port = server.address().getPort();
        List<Changes> builds = new CopyOnWriteArrayList<>();
        PortInUseException e = assertThrows(PortInUseException.class, () -> DevServer.start(options, changes -> {
            builds.add(changes);
            return null;
        }, DevServer.Settings.of("127.0.0.1", port), listener));
        assertEquals(port, e.port());
        assertEquals(List.of(), builds);
    }

    @Test
    void closingEndsAwaitStop() throws Exception {
        start();
        Thread waiter = new Thread(() -> {
            try {
                server.awaitStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        server.close();
        waiter.join(5_000);
        assertTrue(!waiter.isAlive());
    }

    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path)) {
                    files.put(root.relativize(path).toString(), Files.readString(path));
                }
            }
        }
        return files;
    }
}
