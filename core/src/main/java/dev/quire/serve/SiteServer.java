package dev.quire.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves an output folder over HTTP for previews, with the JDK's HTTP server: folders serve their
 * {@code index.html}, an extension-less path its {@code .html} file, anything else missing is a
 * 404 (the site's {@code 404.html} when it has one). HTML responses carry the live-reload script
 * and, while the latest build failed, its errors; {@link LiveReload#EVENTS_PATH} streams the build
 * events. Nothing outside the output folder is served (see {@link ServedPaths}).
 */
public final class SiteServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final ServedPaths paths;
    private final String basePath;
    private final EventStream events;
    private volatile BuildState state = new BuildState.Pending(0);

    private SiteServer(HttpServer server, ExecutorService threads, Path root, String basePath, long heartbeatMillis) {
        this.server = server;
        this.threads = threads;
        this.paths = new ServedPaths(root);
        this.basePath = basePath;
        this.events = new EventStream(heartbeatMillis);
    }

    /**
     * Starts serving {@code root} at {@code http://host:port/basePath/}.
     *
     * @param basePath the path the site is mounted at ({@code /} or the site's baseurl, such as {@code /blog})
     * @throws PortInUseException when the port is taken
     */
    public static SiteServer start(Path root, String host, int port, String basePath) throws IOException {
        return start(root, host, port, basePath, 15_000);
    }

    static SiteServer start(Path root, String host, int port, String basePath, long heartbeatMillis)
            throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            // The same exception says "Address already in use" and "Cannot assign requested address".
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("in use")) {
                throw new PortInUseException(host, port, e);
            }
            throw new BindException("Cannot listen on " + host + ":" + port + " (" + reason
                    + "); is " + host + " an address of this machine?");
        }
        AtomicInteger count = new AtomicInteger();
        // Each event stream holds a thread for as long as its page is open.
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "quire-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        SiteServer site = new SiteServer(http, threads, root, normalizeBase(basePath), heartbeatMillis);
        http.setExecutor(threads);
        http.createContext("/", site::handle);
        http.start();
        return site;
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:4000/}. */
    public URI address() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + basePath);
    }

    /** The port the server listens on (the one asked for, or the one the system gave for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Shows pages as of this build and tells every open page about it. */
    public void show(BuildState newState) {
        state = newState;
        events.publish(newState.generation());
    }

    public BuildState state() {
        return state;
    }

    int openEventStreams() {
        return events.openStreams();
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        if (rawPath.equals(LiveReload.EVENTS_PATH)) {
            events.serve(exchange, () -> state.generation());
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, ContentTypes.TEXT, "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            serveFile(exchange, rawPath);
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
        BuildState current = state;
        if (!basePath.equals("/") && rawPath.equals(basePath.substring(0, basePath.length() - 1))) {
            exchange.getResponseHeaders().set("Location", basePath);
            send(exchange, 301, ContentTypes.TEXT, new byte[0]);
            return;
        }
        ServedPaths.Target target = belowBase(rawPath).map(paths::locate).orElse(new ServedPaths.Missing());
        if (target instanceof ServedPaths.FolderRedirect redirect) {
            exchange.getResponseHeaders().set("Location", basePath + redirect.location().substring(1));
            send(exchange, 301, ContentTypes.TEXT, new byte[0]);
        } else if (target instanceof ServedPaths.FileTarget file) {
            sendFile(exchange, 200, file.file(), current);
        } else {
            Optional<Path> notFound = paths.notFoundPage();
            if (notFound.isPresent()) {
                sendFile(exchange, 404, notFound.get(), current);
            } else {
                String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                        + "</head><body><h1>Not found</h1><p>" + LiveReload.escape(rawPath)
                        + " is not in the site.</p></body></html>\n";
                send(exchange, 404, ContentTypes.HTML,
                        LiveReload.inject(page, current).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The path below the mount point, with its leading slash; empty when the request is outside it. */
    private Optional<String> belowBase(String rawPath) {
        if (basePath.equals("/")) {
            return Optional.of(rawPath);
        }
        String mount = basePath.substring(0, basePath.length() - 1);
        return rawPath.startsWith(basePath) ? Optional.of(rawPath.substring(mount.length())) : Optional.empty();
    }

    private static void sendFile(HttpExchange exchange, int status, Path file, BuildState state) throws IOException {
        String type = ContentTypes.of(file);
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            // Removed or replaced by a build between the look-up and the read.
            send(exchange, 404, ContentTypes.TEXT, "Not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (ContentTypes.isHtml(type)) {
            body = LiveReload.inject(new String(body, StandardCharsets.UTF_8), state).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, body);
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

    /** {@code /}, or the base with one leading and one trailing slash ({@code blog} → {@code /blog/}). */
    static String normalizeBase(String basePath) {
        String trimmed = basePath == null ? "" : basePath.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
    }
}
