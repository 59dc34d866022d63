package dev.quire.cli;

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
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code quire serve}: the build flags of {@code quire build}, plus where to serve. Builds, serves
 * the output folder, rebuilds on every change of the sources and reloads the open pages, until
 * Ctrl-C.
 */
@Command(name = "serve", aliases = "s", sortOptions = false,
        description = {"Builds the site, serves it on http://127.0.0.1:4000/, rebuilds it whenever a source file "
                + "changes and reloads the open pages. A build error is shown in the pages (and on stderr) "
                + "until the file is fixed. Stop with Ctrl-C."},
        footer = {"", "Without --baseurl the site is built with an empty baseurl and served at the server's root; "
                + "with it, the site is served under that path.",
                "Exit codes: 0 stopped, 1 the server could not start (errors on stderr), 2 wrong usage."})
final class ServeCommand extends BuildCommand {

    @Option(names = {"-H", "--host"}, paramLabel = "HOST", defaultValue = DevServer.Settings.DEFAULT_HOST,
            description = "The address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every network).")
    String host;

    @Option(names = {"-P", "--port"}, paramLabel = "PORT", defaultValue = "" + DevServer.Settings.DEFAULT_PORT,
            description = "The port (default: 4000; 0 picks a free one).")
    int port;

    /** Completed with the running server once it answers (for tests, which stop it by closing it). */
    final CompletableFuture<DevServer> started = new CompletableFuture<>();

    /** The build options, with an empty baseurl unless one was given: the site sits at the server's root. */
    @Override
    BuildOptions options() throws IOException {
        BuildOptions options = super.options();
        return baseUrl == null ? options.withOverride("baseurl", "") : options;
    }

    DevServer.Settings settings() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        return DevServer.Settings.of(host, port).withBasePath(baseUrl == null ? "/" : baseUrl);
    }

    @Override
    public Integer call() throws IOException {
        BuildOptions options = options();
        DevServer.Settings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Verbosity verbosity = verbosity();
        printFolders(options, out, verbosity);
        FullSiteBuilder builder = new FullSiteBuilder(new Quire(ServeCommand.class.getClassLoader()), options,
                new ConsoleBuildListener(out, err, verbosity, options.source()));
        DevServer server;
        try {
            server = DevServer.start(options, builder, settings, new ConsoleServeListener(out, err, verbosity, options));
        } catch (PortInUseException e) {
            err.println(e.describe("--port " + (e.port() == 65_535 ? 4000 : e.port() + 1)
                    + " (or -P), or --port 0 for any free port"));
            return 1;
        } catch (IOException e) {
            err.println("Quire could not serve " + options.source() + ": " + e);
            return 1;
        }
        started.complete(server);
        server.serveUntilStopped();
        return CommandLine.ExitCode.OK;
    }

    /** Prints what the server does: where it serves, each rebuild, each failure with its errors. */
    static final class ConsoleServeListener implements ServeListener {

        private final PrintWriter out;
        private final PrintWriter err;
        private final Verbosity verbosity;
        private final BuildOptions options;

        ConsoleServeListener(PrintWriter out, PrintWriter err, Verbosity verbosity, BuildOptions options) {
            this.out = out;
            this.err = err;
            this.verbosity = verbosity;
            this.options = options;
        }

        @Override
        public void serving(URI address) {
            out.println("Serving " + options.destination() + " at " + address + " (Ctrl-C to stop); watching "
                    + options.source());
            out.flush();
        }

        @Override
        public void built(Changes changes, BuildResult result, Duration time) {
            if (verbosity != Verbosity.QUIET) {
                String cause = changes.everything() ? "Built" : "Rebuilt after a change to " + changes.describe(options.source());
                out.println(cause + " in " + BuildReports.duration(time) + ": " + BuildReports.success(result));
                out.flush();
            }
        }

        @Override
        public void warning(String message) {
            err.println("warning: " + message);
            err.flush();
        }

        @Override
        public void failed(Changes changes, List<String> errors) {
            err.println("Quire build failed with " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; still serving the last good build, with the errors shown in its pages:");
            for (String error : errors) {
                err.println("  " + error);
            }
            err.flush();
        }
    }
}
