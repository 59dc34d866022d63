package dev.quire.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Size and modification time (to the nanosecond where the file system keeps it) of the files a
 * build wrote: a file someone changed, replaced or removed since then no longer matches its
 * stamp, and the next build is a full one that puts it right.
 */
public final class OutputStamps {

    private OutputStamps() {
    }

    public static SortedMap<String, String> of(Path destination, Collection<String> paths) throws IOException {
        SortedMap<String, String> stamps = new TreeMap<>();
        for (String path : paths) {
            stamps.put(path, stamp(destination.resolve(path)).orElse("missing"));
        }
        return stamps;
    }

    /** The first output file whose stamp differs from the recorded one, if any. */
    public static Optional<String> firstChanged(Path destination, SortedMap<String, String> recorded)
            throws IOException {
        for (var entry : recorded.entrySet()) {
            Optional<String> now = stamp(destination.resolve(entry.getKey()));
            if (now.isEmpty() || !now.get().equals(entry.getValue())) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> stamp(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(attributes.size() + "@" + attributes.lastModifiedTime().toInstant());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
