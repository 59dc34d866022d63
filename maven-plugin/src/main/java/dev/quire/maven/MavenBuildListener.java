package dev.quire.maven;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildReports;
import dev.quire.error.Problem;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a build like a Maven plugin: one INFO line per phase with its counts and time, each
 * warning in the {@code file:line:col: message (hint)} form, and notes (files skipped on purpose)
 * at DEBUG level, shown with {@code mvn -X}.
 */
final class MavenBuildListener implements BuildListener {

    private final Log log;
    /** Names the file to edit where the build read a copy (an aggregate site's staged sources). */
    private final UnaryOperator<Problem> original;

    MavenBuildListener(Log log) {
        this(log, UnaryOperator.identity());
    }

    MavenBuildListener(Log log, UnaryOperator<Problem> original) {
        this.log = log;
        this.original = original;
    }

    @Override
    public void phaseFinished(String phase, String summary, Duration time) {
        log.info("[quire] " + phase + ": " + summary + " (" + format(time) + ")");
    }

    @Override
    public void warning(Problem problem) {
        log.warn(original.apply(problem).format());
    }

    @Override
    public void note(Problem problem) {
        if (log.isDebugEnabled()) {
            log.debug("[quire] " + original.apply(problem).format());
        }
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug("[quire] " + message);
        }
    }

    static String format(Duration time) {
        return BuildReports.duration(time);
    }
}
