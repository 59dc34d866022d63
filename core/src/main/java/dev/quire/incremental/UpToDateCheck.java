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
     * Build, taking what work the last build did on documents that still holds: only source files
     * changed, each edited or removed one a document or static file of the last build's site, and
     * its output is intact. Whether an added file is a document or a static file is known only once
     * it is loaded: the build checks {@code added} then, and builds in full if one is not.
     *
     * @param changed the changed (edited, added, removed) source files, sorted
     * @param added   those of them that are new
     */
    public record Partial(BuildState state, List<String> changed, List<String> added) implements Decision {

        public Partial {
            changed = List.copyOf(changed);
            added = List.copyOf(added);
        }
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
        Partial partial = null;
        if (input.isPresent()) {
            Optional<Partial> changed = changedContent(state, fingerprint);
            if (changed.isEmpty()) {
                return new Rebuild("changed since the last build: " + input.get());
            }
            partial = changed.get();
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
        return partial == null ? new Skip(state) : partial;
    }

    /**
     * The partial build, when every difference is a source file and each edited or removed one is a
     * document or static file of the last build's site (a layout, include, data or configuration
     * file is not: every document may depend on it), and that build left records of its work.
     * Whether a file is a document depends only on its path and the (unchanged) configuration, so an
     * edited file that was none is none now.
     */
    private static Optional<Partial> changedContent(BuildState state, SortedMap<String, String> fingerprint) {
        if (state.cache() == null || state.contentSources() == null) {
            return Optional.empty();
        }
        Set<String> content = new java.util.HashSet<>(state.contentSources());
        List<String> changed = new java.util.ArrayList<>();
        List<String> added = new java.util.ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(state.fingerprint().keySet());
        keys.addAll(fingerprint.keySet());
        for (String key : keys) {
            String was = state.fingerprint().get(key);
            String is = fingerprint.get(key);
            if (java.util.Objects.equals(was, is)) {
                continue;
            }
            if (!key.startsWith(InputFingerprint.SOURCE)) {
                return Optional.empty();
            }
            String path = key.substring(InputFingerprint.SOURCE.length());
            if (was == null) {
                added.add(path);
            } else if (!content.contains(path)) {
                return Optional.empty();
            }
            changed.add(path);
        }
        return Optional.of(new Partial(state, changed, added));
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
