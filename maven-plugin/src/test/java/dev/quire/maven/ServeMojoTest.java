package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.serve.DevServer;
import java.io.IOException;
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
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private ServeMojo mojo() throws IOException {
        Path site = Files.createDirectories(project.resolve("src/site"));
        Files.writeString(site.resolve("_config.yml"), "title: Served\nbaseurl: /docs\ntheme: none\n");
        Files.writeString(site.resolve("index.html"), "---\n---\n<html><body>Home '{{ site.baseurl }}'</body></html>\n");
        ServeMojo mojo = new ServeMojo();
        mojo.sourceDirectory = site.toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.stateDirectory = project.resolve("target/quire-state").toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void defaultsAreLocalhostPort4000AndAnEmptyBaseurl() throws Exception {
        ServeMojo mojo = mojo();
        assertEquals("127.0.0.1", mojo.settings().host());
        assertEquals(4000, mojo.settings().port());
        assertEquals("/", mojo.settings().basePath());
        assertEquals(Map.of("baseurl", ""), mojo.buildOptions().overrides());

        mojo.baseUrl = "/docs";
        assertEquals("/docs/", mojo.settings().basePath());
        assertEquals(Map.of("baseurl", "/docs"), mojo.buildOptions().overrides());
    }

    @Test
    void aWrongPortFails() throws Exception {
        ServeMojo mojo = mojo();
        mojo.port = -1;
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("quire.port must be between 0 and 65535, not -1", e.getMessage());
    }

    @Test
    void servesRebuildsAndStops() throws Exception {
        ServeMojo mojo = mojo();
        mojo.port = 0;
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
            try {
                mojo.execute();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        DevServer server = mojo.started.get(20, TimeUnit.SECONDS);
        URI home = server.address();
        HttpClient http = HttpClient.newHttpClient();
        assertTrue(get(http, home).contains("Home ''"), get(http, home));
        assertTrue(log.at("INFO").stream().anyMatch(line -> line.startsWith("Serving ") && line.contains(home.toString())),
                log.lines.toString());

        Files.writeString(project.resolve("src/site/index.html"), "---\nbroken: [\n---\nx\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!get(http, home).contains("quire-build-error")) {
            assertTrue(System.nanoTime() < deadline, log.lines.toString());
            Thread.sleep(50);
        }
        assertTrue(log.at("ERROR").stream().anyMatch(line -> line.contains("index.html:2")), log.lines.toString());

        server.close();
        run.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTakenPortNamesThePropertyToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            ServeMojo mojo = mojo();
            mojo.port = taken.getLocalPort();
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(e.getMessage().startsWith("Port " + mojo.port + " on 127.0.0.1 is already in use by another "
                    + "program; stop it, or serve on another port with -Dquire.port=" + (mojo.port + 1)), e.getMessage());
        }
    }

    @Test
    void skipDoesNothing() throws Exception {
        ServeMojo mojo = mojo();
        mojo.skip = true;
        mojo.execute();
        assertEquals(java.util.List.of("[quire] Skipping the site server (quire.skip is true)"), log.at("INFO"));
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
