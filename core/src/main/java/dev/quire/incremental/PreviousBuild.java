package dev.quire.incremental;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a build may take from the last one: the records of its work, and the source files changed
 * since (those added are checked once loaded: a new layout or data file means a full build).
 *
 * @param cache   the last build's records ({@link BuildCache#empty()}: take nothing)
 * @param changed the source files edited, added or removed since, sorted
 * @param added   those of them that are new
 */
public record PreviousBuild(BuildCache cache, List<String> changed, List<String> added) {

    public PreviousBuild {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
    }

    /** Nothing to take: a full build. */
    public static PreviousBuild none() {
        return new PreviousBuild(BuildCache.empty(), List.of(), List.of());
    }

    /** The first added file that is not a document or static file of the site as loaded now, if any. */
    public Optional<String> addedNotContent(Set<String> contentSources) {
        return added.stream().filter(path -> !contentSources.contains(path)).findFirst();
    }
}
