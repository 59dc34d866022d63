package dev.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildOptions;
import dev.quire.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code quire serve}: its flags, a served and rebuilt site, and a taken port. */
class ServeCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Map<String, String> environment() {
        return Map.of("XDG_CACHE_HOME", root.resolve("cache").toString());
    }

    private ServeCommand parse(String... args) {
        CommandLine commandLine = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment());
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        return (ServeCommand) parsed.subcommand().commandSpec().userObject();
    }

    private Path site() throws IOException {
        Path site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: Served\nbaseurl: /blog\n");
        Files.writeString(site.resolve("index.md"), "---\n---\nHome of {{ site.title }} at '{{ site.baseurl }}'\n");
        return site;
    }

    @Test
    void defaultsAreLocalhostPort4000AndTheBuildFlags() throws IOException {
        ServeCommand serve = parse("serve", "--drafts");
        DevServer.Settings settings = serve.settings();
        assertEquals("127.0.0.1", settings.host());
        assertEquals(4000, settings.port());
        assertEquals("/", settings.basePath());
        BuildOptions options = serve.options();
        assertEquals(Map.of("show_drafts", true, "baseurl", ""), options.overrides());
        assertEquals(Path.of("_site").toAbsolutePath(), options.destination());
    }

    @Test
    void hostPortAndBaseUrl() throws IOException {
        ServeCommand serve = parse("s", "-H", "0.0.0.0", "-P", "4001", "--baseurl", "/docs");
        assertEquals("0.0.0.0", serve.settings().host());
        assertEquals(4001, serve.settings().port());
        assertEquals("/docs/", serve.settings().basePath());
        assertEquals("/docs", serve.options().overrides().get("baseurl"));
    }

    @Test
    void aWrongPortIsAUsageError() {
        int code = Main.run(new String[] {"serve", "--port", "70000"}, new PrintWriter(out, true),
                new PrintWriter(err, true), environment());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--port must be between 0 and 65535, not 70000"), err.toString());
    }

    @Test
    void servesRebuildsAndStops() throws Exception {
        Path site = site();
        ServeCommand serve = parse("serve", "-s", site.toString(), "-d", root.resolve("out").toString(), "-P", "0");
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return serve.call();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        DevServer server = serve.started.get(20, TimeUnit.SECONDS);
        URI home = server.address();
        HttpClient http = HttpClient.newHttpClient();
        String page = http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("Home of Served at ''"), "built with an empty baseurl: " + page);
        assertTrue(page.contains("quire-live-reload"));
        assertTrue(out.toString().contains("Serving " + root.resolve("out") + " at " + home + " (Ctrl-C to stop)"),
                out.toString());

        Files.writeString(site.resolve("index.md"), "---\n---\nChanged\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // the new page can be served a moment before the rebuild's line is printed: wait for both
        while (!http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString()).body()
                .contains("Changed") || !out.toString().contains("Rebuilt after a change to index.md in ")) {
            assertTrue(System.nanoTime() < deadline, "not rebuilt and reported: " + out + err);
            Thread.sleep(50);
        }

        server.close();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aTakenPortSaysWhichAndHowToPickAnother() throws Exception {
        Path site = site();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            int code = Main.run(new String[] {"serve", "-s", site.toString(), "-d", root.resolve("out").toString(),
                "--port", String.valueOf(port)}, new PrintWriter(out, true), new PrintWriter(err, true), environment());
            assertEquals(1, code);
            assertTrue(err.toString().startsWith("Port " + port + " on 127.0.0.1 is already in use by another program; "
                    + "stop it, or serve on another port with --port " + (port + 1)), err.toString());
            assertTrue(Files.notExists(root.resolve("out")), "nothing is built when the port is taken");
        }
    }
}
