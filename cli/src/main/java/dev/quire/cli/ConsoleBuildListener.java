package dev.quire.cli;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildReports;
import dev.quire.error.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Prints a build on the console: in verbose mode one line per phase and each note (such as a file
 * in {@code _posts} skipped for want of a date) on stdout; warnings on stderr unless quiet. Files
 * are named by absolute path, as in the Maven plugin's output.
 */
final class ConsoleBuildListener implements BuildListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;
    private final Path source;

    ConsoleBuildListener(PrintWriter out, PrintWriter err, Verbosity verbosity, Path source) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.source = source;
    }

    @Override
    public void phaseFinished(String phase, String summary, Duration time) {
        if (verbosity == Verbosity.VERBOSE) {
            out.println("  " + phase + ": " + summary + " (" + BuildReports.duration(time) + ")");
        }
    }

    @Override
    public void warning(Problem problem) {
        if (verbosity != Verbosity.QUIET) {
            err.println("warning: " + BuildReports.describe(problem, source));
        }
    }

    @Override
    public void note(Problem problem) {
        if (verbosity == Verbosity.VERBOSE) {
            out.println("  " + BuildReports.describe(problem, source));
        }
    }

    @Override
    public void debug(String message) {
        if (verbosity == Verbosity.VERBOSE) {
            out.println("  " + message);
        }
    }
}
