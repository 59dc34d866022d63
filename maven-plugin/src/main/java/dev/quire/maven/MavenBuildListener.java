package dev.quire.maven;

import dev.quire.build.BuildListener;
import dev.quire.error.Problem;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs a build like a Maven plugin: one INFO line per phase with its counts and time, and each
 * warning once, in the {@code file:line:col: message (hint)} form.
 */
final class MavenBuildListener implements BuildListener {

    private final Log log;
    private final Set<Problem> warned = ConcurrentHashMap.newKeySet();

    MavenBuildListener(Log log) {
        this.log = log;
    }

    @Override
    public void phaseFinished(String phase, String summary, Duration time) {
        log.info("[quire] " + phase + ": " + summary + " (" + format(time) + ")");
    }

    /** Logs the warning unless it was logged already (a warning may arrive both during and after a build). */
    @Override
    public void warning(Problem problem) {
        if (warned.add(problem)) {
            log.warn(problem.format());
        }
    }

    int warnings() {
        return warned.size();
    }

    static String format(Duration time) {
        long millis = time.toMillis();
        if (millis < 10_000) {
            return millis + " ms";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
