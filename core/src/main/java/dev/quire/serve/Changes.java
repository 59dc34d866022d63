package dev.quire.serve;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * A batch of source changes: the paths created, modified or deleted, or {@code everything} when
 * the watcher lost track (its event queue overflowed, a folder could not be watched), in which case
 * only a full build is right.
 */
public record Changes(Set<Path> paths, boolean everything) {

    public Changes {
        paths = Set.copyOf(paths);
    }

    public static Changes of(Set<Path> paths) {
        return new Changes(paths, false);
    }

    public static Changes all() {
        return new Changes(Set.of(), true);
    }

    public boolean isEmpty() {
        return !everything && paths.isEmpty();
    }

    /** For logs: {@code _posts/a.md} or {@code 3 files}, relative to {@code source}. */
    public String describe(Path source) {
        if (everything) {
            return "all files";
        }
        if (paths.size() == 1) {
            Path path = paths.iterator().next();
            return (path.startsWith(source) ? source.relativize(path) : path).toString().replace('\\', '/');
        }
        return new TreeSet<>(paths).size() + " files";
    }
}
