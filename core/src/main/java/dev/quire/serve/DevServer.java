package dev.quire.serve;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildReports;
import dev.quire.build.BuildResult;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code quire serve}: builds the site, serves the output folder, watches the sources and rebuilds
 * on every change, and reloads the open pages. A failed build leaves the last good site served with
 * its errors over every page; the next good build clears them. Front ends start it, print through
 * a {@link ServeListener} and block in {@link #awaitStop()} until the user stops them.
 */
public final class DevServer implements AutoCloseable {

    /**
     * Where and how to serve.
     *
     * @param host        the address to listen on; {@code 127.0.0.1} keeps the preview on this machine
     * @param port        the port; 0 picks a free one
     * @param basePath    the path the site is mounted at: {@code /}, or the baseurl the site is built with
     * @param quietMillis how long the sources must be still before a build starts
     */
    public record Settings(String host, int port, String basePath, long quietMillis) {

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 4000;

        public Settings {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
            }
            basePath = SiteServer.normalizeBase(basePath);
        }

        public static Settings of(String host, int port) {
            return new Settings(host, port, "/", 150);
        }

        public Settings withBasePath(String newBasePath) {
            return new Settings(host, port, newBasePath, quietMillis);
        }

        public Settings withQuietMillis(long newQuietMillis) {
            return new Settings(host, port, basePath, newQuietMillis);
        }
    }

    /** A change that keeps coming is built at the latest this long after it started. */
    private static final long MAX_DELAY_MILLIS = 2_000;

    private final BuildOptions options;
    private final SiteBuilder builder;
    private final ServeListener listener;
    private final SiteServer server;
    private final ChangeBatcher batcher;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private SourceWatcher watcher;
    private Thread buildThread;
    private long generation;

    private DevServer(BuildOptions options, SiteBuilder builder, ServeListener listener, SiteServer server,
            ChangeBatcher batcher) {
        this.options = options;
        this.builder = builder;
        this.listener = listener;
        this.server = server;
        this.batcher = batcher;
    }

    /**
     * Binds the port, watches the sources, builds once and serves; returns when the server answers.
     *
     * @throws PortInUseException when the port is taken (nothing is built then)
     * @throws IOException        when the sources cannot be watched
     */
    public static DevServer start(BuildOptions options, SiteBuilder builder, Settings settings,
            ServeListener listener) throws IOException {
        SiteServer server = SiteServer.start(options.destination(), settings.host(), settings.port(),
                settings.basePath());
        DevServer dev = new DevServer(options, builder, listener, server,
                new ChangeBatcher(settings.quietMillis(), MAX_DELAY_MILLIS));
        try {
            dev.watcher = new SourceWatcher(options.source(), filesOutside(options), ignored(options), dev.batcher,
                    listener::warning);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        dev.build(Changes.all());
        dev.buildThread = new Thread(dev::buildLoop, "quire-build");
        dev.buildThread.setDaemon(true);
        dev.buildThread.start();
        listener.serving(server.address());
        return dev;
    }

    /** Configuration files named outside the source folder are watched too. */
    private static Set<Path> filesOutside(BuildOptions options) {
        return options.configFiles().stream().filter(file -> !file.startsWith(options.source()))
                .collect(Collectors.toSet());
    }

    /** The build's own output and state, when inside the source folder, are never watched. */
    private static List<Path> ignored(BuildOptions options) {
        return List.of(options.destination(), options.stateDirectory());
    }

    public URI address() {
        return server.address();
    }

    public BuildState state() {
        return server.state();
    }

    /** Blocks until {@link #close()} is called (from another thread, such as a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Serves until Ctrl-C (a shutdown hook closes the server) or until {@link #close()} is called
     * from another thread; the front ends' blocking call.
     */
    public void serveUntilStopped() {
        Thread stopper = new Thread(this::close, "quire-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // Shutting down already (Ctrl-C): the hook is running.
            }
        }
    }

    private void buildLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                build(batcher.take());
            }
        } catch (InterruptedException e) {
            // Stopped.
        }
    }

    /** One build; whatever goes wrong is shown in the pages, never thrown. */
    private void build(Changes changes) {
        long start = System.nanoTime();
        List<String> errors = new ArrayList<>();
        BuildResult result = null;
        try {
            result = builder.build(changes);
        } catch (BuildFailedException e) {
            for (Problem error : e.errors()) {
                errors.add(BuildReports.describe(error, options.source()));
            }
        } catch (IOException e) {
            errors.add("Quire could not read the site's source folder " + options.source() + ": " + e);
        } catch (RuntimeException e) {
            errors.add("Quire failed unexpectedly: " + e);
        }
        generation++;
        if (result != null) {
            server.show(new BuildState.Built(generation));
            listener.built(changes, result, Duration.ofNanos(System.nanoTime() - start));
        } else {
            server.show(new BuildState.Failed(generation, errors));
            listener.failed(changes, errors);
        }
    }

    /** Stops watching and serving; {@link #awaitStop()} returns. */
    @Override
    public void close() {
        try {
            if (buildThread != null) {
                buildThread.interrupt();
                // Let a build that is writing the output folder finish.
                buildThread.join(10_000);
            }
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // Closing a watch service only releases it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            stopped.countDown();
        }
    }
}
