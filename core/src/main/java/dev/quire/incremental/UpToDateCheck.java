package dev.quire.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Build, taking what work the last build did on documents that still holds: only its site's own
     * documents or static files changed (edited, not added or removed), and its output is intact.
     *
     * @param changed the changed source files, sorted
     */
    public record Partial(BuildState state, List<String> changed) implements Decision {
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
        List<String> changedContent = List.of();
        if (input.isPresent()) {
            Optional<List<String>> edited = editedContent(state, fingerprint);
            if (edited.isEmpty()) {
                return new Rebuild("changed since the last build: " + input.get());
            }
            changedContent = edited.get();
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
        return changedContent.isEmpty() ? new Skip(state) : new Partial(state, changedContent);
    }

    /**
     * The source files that changed, when every difference is an edit of a file the last build
     * read as a document or a static file of the site (not a layout, include, data or configuration
     * file, which every document may depend on) and that build left records of its work.
     */
    private static Optional<List<String>> editedContent(BuildState state, SortedMap<String, String> fingerprint) {
        if (state.cache() == null || state.contentSources() == null) {
            return Optional.empty();
        }
        Set<String> content = new java.util.HashSet<>(state.contentSources());
        List<String> edited = new java.util.ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(state.fingerprint().keySet());
        keys.addAll(fingerprint.keySet());
        for (String key : keys) {
            String was = state.fingerprint().get(key);
            String is = fingerprint.get(key);
            if (java.util.Objects.equals(was, is)) {
                continue;
            }
            if (was == null || is == null || !key.startsWith(InputFingerprint.SOURCE)
                    || !content.contains(key.substring(InputFingerprint.SOURCE.length()))) {
                return Optional.empty();
            }
            edited.add(key.substring(InputFingerprint.SOURCE.length()));
        }
        return Optional.of(List.copyOf(edited));
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
