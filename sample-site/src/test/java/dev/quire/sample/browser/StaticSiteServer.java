package dev.quire.sample.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quire.check.UrlPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a built site over HTTP on 127.0.0.1 and a free port, as a static host would: a folder URL
 * serves its {@code index.html} (a folder without the trailing slash is redirected to it, so that
 * relative links resolve), every file gets its content type, anything else is a 404 (with the
 * site's {@code 404.html} when it has one). Nothing outside the site folder is ever served.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;

    private StaticSiteServer(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    /** Starts serving {@code siteRoot}; close the server to stop. */
    public static StaticSiteServer serve(Path siteRoot) throws IOException {
        Path root = siteRoot.toRealPath();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StaticSiteServer site = new StaticSiteServer(root, server);
        server.createContext("/", exchange -> {
            try (exchange) {
                site.handle(exchange);
            }
        });
        server.start();
        return site;
    }

    /** The address of a site path, such as {@code /} or {@code /search.html?q=x} (already URL-escaped). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (path.startsWith("/") ? path : "/" + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String urlPath = exchange.getRequestURI().getRawPath();
        Optional<Path> file = locate(urlPath);
        if (file.isPresent() && Files.isDirectory(file.get())) {
            if (!urlPath.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", urlPath + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = Optional.of(file.get().resolve("index.html"));
        }
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound)
                    ? Files.readAllBytes(notFound)
                    : ("Not found: " + urlPath + "\n").getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, Files.isRegularFile(notFound) ? contentType(notFound) : "text/plain; charset=utf-8", body);
            return;
        }
        send(exchange, 200, contentType(file.get()), Files.readAllBytes(file.get()));
    }

    /** The file or folder a URL path names, if it lies inside the site (no {@code ..} escapes, no symlinks out). */
    private Optional<Path> locate(String rawPath) {
        String decoded;
        try {
            decoded = UrlPath.decode(rawPath);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!decoded.startsWith("/") || decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
            return Optional.empty();
        }
        Path candidate = root.resolve(decoded.substring(1)).normalize();
        if (!candidate.startsWith(root) || !Files.exists(candidate)) {
            return Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
