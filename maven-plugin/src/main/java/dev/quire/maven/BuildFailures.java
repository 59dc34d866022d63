package dev.quire.maven;

import dev.quire.build.BuildReports;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
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
        if (failure.errors().isEmpty()) {
            return new MojoFailureException(failure.getMessage());
        }
        // No cause: Maven would append the cause's message, listing every error a second time.
        return new MojoFailureException(BuildReports.failure(failure, source));
    }

    /** The failure of a build that succeeded with warnings while {@code failOnWarnings} is set. */
    static MojoFailureException warnings(List<Problem> warnings, Path source) {
        StringBuilder message = new StringBuilder();
        message.append("Quire build had ").append(warnings.size())
                .append(warnings.size() == 1 ? " warning" : " warnings")
                .append(" and quire.failOnWarnings is true (the site was written):");
        for (Problem warning : warnings) {
            message.append(System.lineSeparator()).append("  ").append(BuildReports.describe(warning, source));
        }
        return new MojoFailureException(message.toString());
    }
}
