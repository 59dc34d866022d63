package dev.quire.build;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The text every front end (Maven plugin, command line) prints about a build, so that they read
 * alike: problems with absolute file paths, the failure summary, durations, the success line.
 */
public final class BuildReports {

    private BuildReports() {
    }

    /**
     * The problem in {@code /absolute/file:line:col: message (hint)} form, its file resolved against
     * the source folder, so that the path can be opened from a terminal or an IDE's build output. A
     * file that is not in the source folder ({@code [theme quire]/_layouts/post.ftlh}, a generated
     * page's {@code [archives]/tag/java}) keeps its name.
     */
    public static String describe(Problem problem, Path source) {
        SourceLocation location = problem.location();
        if (location == null || location.file().startsWith("[")) {
            return problem.format();
        }
        String file;
        try {
            file = source.resolve(location.file()).normalize().toString();
        } catch (InvalidPathException e) {
            file = location.file();
        }
        SourceLocation absolute = new SourceLocation(file, location.line(), location.column());
        return new Problem(problem.severity(), absolute, problem.message(), problem.hint()).format();
    }

    /**
     * The errors of a failed build: a header line with their number, then each error on its own
     * indented line, described as by {@link #describe}.
     */
    public static String failure(BuildFailedException failure, Path source) {
        List<Problem> errors = failure.errors();
        StringBuilder message = new StringBuilder();
        message.append("Quire build failed with ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors")
                .append("; the output folder was not changed:");
        for (Problem error : errors) {
            message.append(System.lineSeparator()).append("  ").append(describe(error, source));
        }
        return message.toString();
    }

    /** Milliseconds under ten seconds ({@code 12 ms}), else seconds with one decimal ({@code 12.3 s}). */
    public static String duration(Duration time) {
        long millis = time.toMillis();
        if (millis < 10_000) {
            return millis + " ms";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * {@code Site written to /path (3 written, 1 unchanged, 0 removed)}, or for a skipped build
     * {@code Site in /path is up to date (4 files; nothing changed since the last build)}.
     */
    public static String success(BuildResult result) {
        if (result.upToDate()) {
            return "Site in " + result.destination() + " is up to date (" + result.unchanged()
                    + " files; nothing changed since the last build)";
        }
        return "Site written to " + result.destination() + " (" + result.written() + " written, "
                + result.unchanged() + " unchanged, " + result.deleted() + " removed)";
    }
}
