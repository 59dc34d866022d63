package dev.quire.serve;

import java.util.List;

/**
 * The outcome of the latest build the server knows of. The generation counts builds, so that a page
 * can tell whether it is older than the latest one.
 */
public sealed interface BuildState {

    long generation();

    /** Not built yet. */
    record Pending(long generation) implements BuildState {
    }

    /** The output folder holds the site of this build. */
    record Built(long generation) implements BuildState {
    }

    /**
     * The build failed; the output folder holds the last good build. Each error is one line, as the
     * command line prints it ({@code /path/file.md:3:1: message (hint)}).
     */
    record Failed(long generation, List<String> errors) implements BuildState {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
