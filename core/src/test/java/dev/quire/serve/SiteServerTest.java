package dev.quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteServerTest {

    @TempDir
    Path temp;
    Path site;
    SiteServer server;

    /** A response as read off the socket: status, headers (lower-case names) and body. */
    record Response(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><h1>Home</h1></body></html>");
        Files.createDirectories(site.resolve("blog/post"));
        Files.writeString(site.resolve("blog/post/index.html"), "<html><BODY>A post</BODY></html>");
        Files.writeString(site.resolve("about.html"), "<p>About, without a body element");
        Files.writeString(site.resolve("style.css"), "body { color: red }");
        Files.writeString(site.resolve("feed.xml"), "<feed/>");
        Files.write(site.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(site.resolve("notes"), "a file without extension");
        Files.writeString(site.resolve("with space.txt"), "spaced");
        Files.writeString(temp.resolve("secret.txt"), "SECRET outside the site");
        server = SiteServer.start(site, "127.0.0.1", 0, "/", 200);
        server.show(new BuildState.Built(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Response get(String rawPath) throws IOException {
        return request("GET", rawPath);
    }

    /** Sends the path exactly as written: an HTTP client library would normalise away the attacks. */
    Response request(String method, String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head, text.substring(split + 4));
        }
    }

    @Test
    void aFolderServesItsIndexWithTheLiveReloadScriptBeforeTheBodyEnds() throws IOException {
        Response home = get("/");
        assertEquals(200, home.status());
        assertEquals("text/html; charset=utf-8", home.header("content-type"));
        assertTrue(home.body().startsWith("<html><body><h1>Home</h1><script id=\"quire-live-reload\">"), home.body());
        assertTrue(home.body().endsWith("</script>\n</body></html>"), home.body());
        assertTrue(home.body().contains("new EventSource(\"/__quire/events\")"));
        assertTrue(home.body().contains("var generation = \"1\""));
        assertEquals("no-store", home.header("cache-control"));

        Response post = get("/blog/post/");
        assertTrue(post.body().startsWith("<html><BODY>A post<script"), post.body());
    }

    @Test
    void theFileOnDiskKeepsItsBytes() throws IOException {
        get("/");
        assertEquals("<html><body><h1>Home</h1></body></html>", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aPageWithoutBodyGetsTheScriptAtItsEnd() throws IOException {
        Response about = get("/about.html");
        assertTrue(about.body().startsWith("<p>About, without a body element<script"), about.body());
    }

    @Test
    void aFolderWithoutTrailingSlashIsRedirected() throws IOException {
        Response response = get("/blog/post");
        assertEquals(301, response.status());
        assertEquals("/blog/post/", response.header("location"));
    }

    @Test
    void anExtensionlessPathServesItsHtmlFile() throws IOException {
        Response about = get("/about");
        assertEquals(200, about.status());
        assertTrue(about.body().startsWith("<p>About"));
        Response notes = get("/notes");
        assertEquals("a file without extension", notes.body(), "an existing file wins over .html");
        assertEquals("application/octet-stream", notes.header("content-type"));
    }

    @Test
    void filesGetTheirContentTypesAndOnlyHtmlIsChanged() throws IOException {
        assertEquals("text/css; charset=utf-8", get("/style.css").header("content-type"));
        assertEquals("body { color: red }", get("/style.css").body());
        assertEquals("application/xml", get("/feed.xml").header("content-type"));
        assertEquals("<feed/>", get("/feed.xml").body());
        assertEquals("image/png", get("/logo.png").header("content-type"));
        assertEquals("spaced", get("/with%20space.txt").body());
    }

    @Test
    void headSendsNoBodyAndOtherMethodsAreRefused() throws IOException {
        Response head = request("HEAD", "/style.css");
        assertEquals(200, head.status());
        assertEquals("", head.body());
        Response post = request("POST", "/");
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", post.header("allow"));
    }

    @Test
    void aMissingFileIsA404WithAPageOfItsOwnWhenTheSiteHasNone() throws IOException {
        Response missing = get("/nope.html");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("/nope.html is not in the site."));
        assertTrue(missing.body().contains("quire-live-reload"), "a 404 page reloads too when the page appears");
        Response escaped = get("/%3Cscript%3E");
        assertFalse(escaped.body().contains("<script>alert"), "the path is escaped");
        assertTrue(escaped.body().contains("/%3Cscript%3E"));
    }

    @Test
    void aMissingFileServesTheSites404Page() throws IOException {
        Files.writeString(site.resolve("404.html"), "<html><body>Lost?</body></html>");
        Response missing = get("/nope/");
        assertEquals(404, missing.status());
        assertTrue(missing.body().startsWith("<html><body>Lost?<script"), missing.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/blog/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/blog/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt",
            "/..%5csecret.txt", "/%00/../secret.txt", "/%c0%ae%c0%ae/secret.txt", "//secret.txt",
            "/.%2e/secret.txt", "/blog/..", "/blog/%2e%2e/"})
    void pathsOutOfTheSiteAre404s(String attack) throws IOException {
        Response response = get(attack);
        assertEquals(404, response.status(), attack);
        assertFalse(response.body().contains("SECRET"), attack);
    }

    /** The JDK's server refuses a request line that is not a URI before the site's handler sees it. */
    @ParameterizedTest
    @ValueSource(strings = {"/..\\secret.txt", "/%zz", "/%2"})
    void malformedRequestPathsAreRefused(String attack) throws IOException {
        Response response = get(attack);
        assertTrue(response.status() == 400 || response.status() == 404, attack + ": " + response.status());
        assertFalse(response.body().contains("SECRET"), attack);
    }

    @Test
    void percentDecodingRejectsMalformedEscapesAndKeepsPlus() {
        assertEquals("/a b+c/é", ServedPaths.decode("/a%20b+c/%C3%A9").orElseThrow());
        assertTrue(ServedPaths.decode("/%zz").isEmpty());
        assertTrue(ServedPaths.decode("/%2").isEmpty());
        assertTrue(ServedPaths.decode("/%c0%ae").isEmpty(), "overlong UTF-8 for '.' is malformed");
    }

    @Test
    void malformedEscapesFindNothing() {
        ServedPaths paths = new ServedPaths(site);
        assertEquals(new ServedPaths.Missing(), paths.locate("/%zz"));
        assertEquals(new ServedPaths.Missing(), paths.locate("/..\\secret.txt"));
        assertEquals(new ServedPaths.FileTarget(site.resolve("about.html")), paths.locate("/about"));
    }

    @Test
    void symbolicLinksLeadingOutOfTheSiteAre404s() throws IOException {
        Files.createSymbolicLink(site.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), temp);
        Files.createSymbolicLink(site.resolve("inside.css"), site.resolve("style.css"));
        assertEquals(404, get("/leak.txt").status());
        assertEquals(404, get("/outside/secret.txt").status());
        assertEquals(404, get("/outside/").status());
        assertFalse(get("/leak.txt").body().contains("SECRET"));
        assertEquals("body { color: red }", get("/inside.css").body(), "a link inside the site is served");
    }

    @Test
    void aFailedBuildShowsItsErrorsEscapedOverEveryPage() throws IOException {
        server.show(new BuildState.Failed(2, List.of("/site/_posts/a.md:2:1: bad <front> matter & \"quotes\"")));
        Response home = get("/");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("id=\"quire-build-error\""));
        assertTrue(home.body().contains("/site/_posts/a.md:2:1: bad &lt;front&gt; matter &amp; &quot;quotes&quot;"),
                home.body());
        assertTrue(home.body().contains("<h1>Home</h1>"), "the last good page stays under the overlay");
        assertTrue(get("/nope").body().contains("quire-build-error"), "404 pages show the errors too");

        server.show(new BuildState.Built(3));
        assertFalse(get("/").body().contains("quire-build-error"));
    }

    @Test
    void theSiteCanBeMountedAtItsBaseUrl() throws IOException {
        server.close();
        server = SiteServer.start(site, "127.0.0.1", 0, "blog/", 200);
        assertEquals("/blog/", server.address().getPath());
        assertTrue(get("/blog/").body().contains("<h1>Home</h1>"));
        assertEquals("body { color: red }", get("/blog/style.css").body());
        assertEquals(301, get("/blog/blog/post").status());
        assertEquals("/blog/blog/post/", get("/blog/blog/post").header("location"));
        assertEquals(404, get("/style.css").status());
        assertEquals(301, get("/blog").status());
        assertEquals("/blog/", get("/blog").header("location"));
    }

    @Test
    void theEventStreamSendsTheCurrentBuildAtOnceAndEachLaterOne() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /__quire/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String headers = readUntil(in, "");
            assertTrue(headers.startsWith("HTTP/1.1 200"), headers);
            assertTrue(headers.toLowerCase(Locale.ROOT).contains("content-type: text/event-stream"), headers);
            assertTrue(readUntil(in, "data: 1").contains("event: rebuilt"));
            awaitStreams(1);
            server.show(new BuildState.Failed(2, List.of("broken")));
            assertTrue(readUntil(in, "data: 2").contains("event: rebuilt"));
            server.show(new BuildState.Built(3));
            readUntil(in, "data: 3");
            assertTrue(readUntil(in, ": keep-alive").contains(": keep-alive"), "a comment keeps the stream alive");
        }
        awaitStreams(0);
    }

    @Test
    void aClosedServerEndsItsStreams() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /__quire/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            awaitStreams(1);
            server.close();
            in.readAllBytes(); // returns at the end of the stream instead of timing out
        }
    }

    @Test
    void aTakenPortIsReportedWithItsNumber() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> SiteServer.start(site, "127.0.0.1", port, "/"));
            assertEquals(port, e.port());
            assertEquals("Port " + port + " on 127.0.0.1 is already in use by another program; stop it, or serve "
                    + "on another port with --port N", e.describe("--port N"));
        }
    }

    @Test
    void anAddressOfAnotherMachineIsNotCalledATakenPort() {
        IOException e = assertThrows(IOException.class, () -> SiteServer.start(site, "192.0.2.1", 0, "/"));
        assertFalse(e instanceof PortInUseException, e.toString());
        assertTrue(e.getMessage().startsWith("Cannot listen on 192.0.2.1:0 ("), e.getMessage());
    }

    @Test
    void basePathsAreNormalised() {
        assertEquals("/", SiteServer.normalizeBase(null));
        assertEquals("/", SiteServer.normalizeBase(""));
        assertEquals("/", SiteServer.normalizeBase("/"));
        assertEquals("/blog/", SiteServer.normalizeBase("blog"));
        assertEquals("/blog/", SiteServer.normalizeBase("/blog/"));
        assertEquals("/a/b/", SiteServer.normalizeBase("//a/b//"));
    }

    private void awaitStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.openEventStreams() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, server.openEventStreams());
    }

    /** The lines read up to and including {@code last}. */
    private static String readUntil(BufferedReader in, String last) throws IOException {
        StringBuilder lines = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            lines.append(line).append('\n');
            if (line.equals(last)) {
                return lines.toString();
            }
        }
        throw new IOException("stream ended before '" + last + "': " + lines);
    }
}
