package dev.quire.testing;

import dev.quire.build.BuildListener;
import dev.quire.error.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A listener that keeps a build's debug lines (why it was full or partial, what it did again) and nothing else. */
public final class DebugLines implements BuildListener {

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    /** The debug lines so far, in order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The keys of the "done again" line of an incremental build, or {@code null} after a full build. */
    public List<String> doneAgain() {
        String prefix = "incremental build: done again: ";
        return lines().stream().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.equals(prefix + "nothing") ? List.<String>of()
                        : List.of(line.substring(prefix.length()).split(", "))).orElse(null);
    }

    @Override
    public void debug(String message) {
        lines.add(message);
    }

    @Override
    public void phaseFinished(String phase, String summary, Duration time) {
    }

    @Override
    public void warning(Problem problem) {
    }
}
