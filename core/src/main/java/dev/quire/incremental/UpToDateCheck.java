package dev.quire.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Decides whether a build may be skipped: only when the state of the last successful build into
 * the same output folder is intact, its inputs fingerprint equals this build's, every file it wrote
 * is still as it left it, and no scheduled document has come due since. Anything else, including a
 * state it cannot read, means a full build.
 */
public final class UpToDateCheck {

    /** The outcome: skip with the earlier build's state, or build, and why. */
    public sealed interface Decision {
    }

    public record Skip(BuildState state) implements Decision {
    }

    public record Rebuild(String reason) implements Decision {
    }

    private UpToDateCheck() {
    }

    /**
     * @param now the current time, or {@code null} when the build's time is fixed by its options
     */
    public static Decision check(Path stateFile, SortedMap<String, String> fingerprint, Path destination,
            Instant now) {
        BuildState state;
        try {
            state = BuildState.read(stateFile);
        } catch (NoSuchFileException e) {
            return new Rebuild("no state from an earlier build in " + stateFile.getParent());
        } catch (IOException e) {
            return new Rebuild("the state file " + stateFile + " cannot be read (" + e + ")");
        } catch (BuildState.CorruptStateException e) {
            return new Rebuild("the state file " + stateFile + " is not usable: " + e.getMessage());
        }
        Optional<String> input = firstDifference(state.fingerprint(), fingerprint);
        if (input.isPresent()) {
            return new Rebuild("changed since the last build: " + input.get());
        }
        if (now != null && state.validUntil() != null) {
            try {
                Instant due = Instant.parse(state.validUntil());
                if (!now.isBefore(due)) {
                    return new Rebuild("a document dated " + due + " is due");
                }
            } catch (DateTimeParseException e) {
                return new Rebuild("the state file " + stateFile + " is not usable: bad date " + state.validUntil());
            }
        }
        if (!Files.isDirectory(destination)) {
            return new Rebuild("the output folder " + destination + " is missing");
        }
        try {
            Optional<String> output = OutputStamps.firstChanged(destination, state.outputs());
            if (output.isPresent()) {
                return new Rebuild("output file changed or missing: " + output.get());
            }
        } catch (IOException e) {
            return new Rebuild("the output folder cannot be checked (" + e + ")");
        }
        return new Skip(state);
    }

    /** The first key (in sorted order) that one map has and the other has not, or with another value. */
    static Optional<String> firstDifference(SortedMap<String, String> before, SortedMap<String, String> after) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String was = before.get(key);
            String is = after.get(key);
            if (was == null) {
                return Optional.of(key + " (added)");
            }
            if (is == null) {
                return Optional.of(key + " (removed)");
            }
            if (!was.equals(is)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
