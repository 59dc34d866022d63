package dev.quire.maven;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/** Turns a failed Quire build into the failure Maven reports, naming every error with its file and line. */
final class BuildFailures {

    private BuildFailures() {
    }

    /**
     * A failure whose message lists every error as {@code /absolute/file:line:col: message (hint)},
     * so that the paths can be opened from a terminal or an IDE's build output.
     */
    static MojoFailureException toMojoFailure(BuildFailedException failure, Path source) {
        List<Problem> errors = failure.errors();
        if (errors.isEmpty()) {
            return new MojoFailureException(failure.getMessage());
        }
        StringBuilder message = new StringBuilder();
        message.append("Quire build failed with ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors")
                .append("; the output folder was not changed:");
        for (Problem error : errors) {
            message.append(System.lineSeparator()).append("  ").append(describe(error, source));
        }
        // No cause: Maven would append the cause's message, listing every error a second time.
        return new MojoFailureException(message.toString());
    }

    /** The problem in {@code file:line:col: message (hint)} form, its file resolved against the source folder. */
    static String describe(Problem problem, Path source) {
        SourceLocation location = problem.location();
        if (location == null) {
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
}
