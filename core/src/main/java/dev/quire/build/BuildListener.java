package dev.quire.build;

import dev.quire.error.Problem;
import java.time.Duration;

/** Hears what a build does, to log it. Called from the thread that runs the build. */
public interface BuildListener {

    /** A phase finished: its name, what it counted (for example "12 documents") and its time. */
    void phaseFinished(String phase, String summary, Duration time);

    /**
     * A warning. Each warning is reported once, sorted by location, when the build ends, whether it
     * succeeds or fails (errors come with {@link dev.quire.error.BuildFailedException}).
     */
    void warning(Problem problem);

    /**
     * A note ({@link Problem#isInfo()}): something the build left out on purpose, such as a file in
     * {@code _posts} without a date in its name. Reported like warnings, once each, sorted by
     * location, when the build ends; front ends show notes in their verbose mode.
     */
    default void note(Problem problem) {
    }

    /**
     * A detail for debugging the build itself, such as why it could not skip work (front ends
     * show it in their debug mode: {@code mvn -X}, {@code quire build -V}).
     */
    default void debug(String message) {
    }

    BuildListener SILENT = new BuildListener() {
        @Override
        public void phaseFinished(String phase, String summary, Duration time) {
        }

        @Override
        public void warning(Problem problem) {
        }
    };
}
