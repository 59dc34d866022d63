package dev.quire.sample.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteServerTest {

    @TempDir
    Path work;
    Path site;
    StaticSiteServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void serve() throws IOException {
        site = Files.createDirectories(work.resolve("site"));
        Files.writeString(work.resolve("secret.txt"), "outside the site");
        Files.writeString(site.resolve("index.html"), "home");
        Files.createDirectories(site.resolve("my notes"));
        Files.writeString(site.resolve("my notes/index.html"), "notes");
        Files.writeString(site.resolve("search.json"), "[]");
        Files.writeString(site.resolve("style.css"), "body{}");
        server = StaticSiteServer.serve(site);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesFilesWithTheirContentTypes() throws Exception {
        assertResponse(200, "text/html; charset=utf-8", "home", get("/"));
        assertResponse(200, "application/json", "[]", get("/search.json"));
        assertResponse(200, "text/css; charset=utf-8", "body{}", get("/style.css"));
    }

    @Test
    void aFolderServesItsIndexAndWithoutItsSlashIsRedirected() throws Exception {
        assertResponse(200, "text/html; charset=utf-8", "notes", get("/my%20notes/"));
        HttpResponse<String> redirect = get("/my%20notes");
        assertEquals(301, redirect.statusCode());
        assertEquals("/my%20notes/", redirect.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void nothingElseIsServedAndNothingOutsideTheSite() throws Exception {
        assertEquals(404, get("/missing.html").statusCode());
        assertEquals(404, get("/%2e%2e/secret.txt").statusCode());
        assertEquals(404, get("/my%20notes/%2E%2E/%2E%2E/secret.txt").statusCode());
        Files.writeString(site.resolve("404.html"), "not here");
        assertResponse(404, "text/html; charset=utf-8", "not here", get("/missing.html"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertResponse(int status, String contentType, String body, HttpResponse<String> response) {
        assertEquals(status, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(body, response.body());
    }
}
