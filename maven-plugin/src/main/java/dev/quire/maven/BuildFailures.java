package dev.quire.maven;

import dev.quire.build.BuildReports;
import dev.quire.error.BuildFailedException;
import java.nio.file.Path;
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
        if (failure.errors().isEmpty()) {
            return new MojoFailureException(failure.getMessage());
        }
        // No cause: Maven would append the cause's message, listing every error a second time.
        return new MojoFailureException(BuildReports.failure(failure, source));
    }
}
