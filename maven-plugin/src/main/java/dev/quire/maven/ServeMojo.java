package dev.quire.maven;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildReports;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.serve.Changes;
import dev.quire.serve.DevServer;
import dev.quire.serve.FullSiteBuilder;
import dev.quire.serve.PortInUseException;
import dev.quire.serve.ServeListener;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, serves it on {@code http://127.0.0.1:4000/}, rebuilds it whenever a file of the
 * source folder changes, and reloads the pages open in browsers. A build error is shown in the
 * pages and logged, and the server goes on serving the last good build until the file is fixed.
 * Runs until Ctrl-C: {@code mvn quire:serve}.
 *
 * <p>Takes the parameters of {@code quire:build}. Without {@code quire.baseUrl}, the site is built
 * with an empty {@code baseurl} and served at the server's root; with it, the site is served under
 * that path.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends BuildMojo {

    /** The address to listen on; {@code 127.0.0.1} keeps the preview on this machine. */
    @Parameter(property = "quire.host", defaultValue = DevServer.Settings.DEFAULT_HOST)
    String host = DevServer.Settings.DEFAULT_HOST;

    /** The port to serve on; 0 picks a free one. */
    @Parameter(property = "quire.port", defaultValue = "4000")
    int port = DevServer.Settings.DEFAULT_PORT;

    /** Completed with the running server once it answers (for tests, which stop it by closing it). */
    final CompletableFuture<DevServer> started = new CompletableFuture<>();

    @Override
    BuildOptions buildOptions() {
        BuildOptions options = super.buildOptions();
        return baseUrl == null ? options.withOverride("baseurl", "") : options;
    }

    DevServer.Settings settings() throws MojoFailureException {
        if (port < 0 || port > 65_535) {
            throw new MojoFailureException("quire.port must be between 0 and 65535, not " + port);
        }
        return DevServer.Settings.of(host, port).withBasePath(baseUrl == null ? "/" : baseUrl);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("[quire] Skipping the site server (quire.skip is true)");
            return;
        }
        BuildOptions options = buildOptions();
        DevServer.Settings settings = settings();
        FullSiteBuilder builder = new FullSiteBuilder(new Quire(getClass().getClassLoader()), options,
                new MavenBuildListener(getLog()));
        DevServer server;
        try {
            server = DevServer.start(options, builder, settings, new MavenServeListener(getLog(), options));
        } catch (PortInUseException e) {
            throw new MojoFailureException(e.describe("-Dquire.port=" + (e.port() == 65_535 ? 4000 : e.port() + 1)
                    + " (or <port> in the plugin's configuration; 0 picks any free port)"), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Quire could not serve " + options.source() + ": " + e, e);
        }
        started.complete(server);
        server.serveUntilStopped();
    }

    /** Logs where the server is, each rebuild (info) and each failure with its errors (error). */
    static final class MavenServeListener implements ServeListener {

        private final Log log;
        private final BuildOptions options;

        MavenServeListener(Log log, BuildOptions options) {
            this.log = log;
            this.options = options;
        }

        @Override
        public void serving(URI address) {
            log.info("Serving " + options.destination() + " at " + address + " (Ctrl-C to stop); watching "
                    + options.source());
        }

        @Override
        public void built(Changes changes, BuildResult result, Duration time) {
            String cause = changes.everything() ? "Built" : "Rebuilt after a change to " + changes.describe(options.source());
            log.info(cause + " in " + BuildReports.duration(time) + ": " + BuildReports.success(result));
        }

        @Override
        public void warning(String message) {
            log.warn(message);
        }

        @Override
        public void failed(Changes changes, List<String> errors) {
            log.error("Quire build failed with " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; still serving the last good build, with the errors shown in its pages:");
            for (String error : errors) {
                log.error("  " + error);
            }
        }
    }
}
