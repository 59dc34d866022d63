package dev.quire.commit;

import dev.quire.error.QuireException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The output folder on disk: its real path (where it will be, when it does not exist yet), the
 * check that a folder really lies inside it, and the problems the committer reports about it.
 */
final class OutputFolder {

    private final Path destination;
    private final Path realRoot;
    private final boolean exists;

    private OutputFolder(Path destination, Path realRoot, boolean exists) {
        this.destination = destination;
        this.realRoot = realRoot;
        this.exists = exists;
    }

    /** @param destination absolute and normalised */
    static OutputFolder open(Path destination) {
        Path existing = destination;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new QuireException(null, "the output folder " + destination + " cannot be created",
                    "choose an output folder on an existing drive");
        }
        try {
            Path real = existing.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new QuireException(null, "the output folder " + destination + " cannot be used: " + existing
                        + " is a file, not a folder", "move or delete the file, or choose another output folder");
            }
            return new OutputFolder(destination, real.resolve(existing.relativize(destination)),
                    existing.equals(destination));
        } catch (IOException e) {
            throw new QuireException(null, "the output folder " + destination + " cannot be read: " + e,
                    "check that the folder exists and is readable", e);
        }
    }

    /** The output folder as configured. */
    Path destination() {
        return destination;
    }

    /** The real path of the output folder, with no symbolic link in it. */
    Path realRoot() {
        return realRoot;
    }

    /** Whether the output folder existed when it was opened. */
    boolean exists() {
        return exists;
    }

    boolean contains(Path realPath) {
        return realPath.startsWith(realRoot);
    }

    /** Whether {@code folder} exists and its real path lies inside the real output folder. */
    boolean holds(Path folder) throws IOException {
        try {
            return contains(folder.toRealPath());
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** What is at {@code path} itself, without following a link; {@code null} when nothing is. */
    static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** A problem found before anything was changed: "the output folder DEST " + {@code whatIsWrong}. */
    QuireException problem(String whatIsWrong, String hint) {
        return new QuireException(null, "the output folder " + destination + " " + whatIsWrong, hint);
    }

    /** An I/O error while changing the output folder. */
    QuireException failure(String doing, IOException e, boolean untouched) {
        String state = untouched ? "the output folder " + destination + " was left as it was"
                : "the output folder " + destination + " is only partly updated";
        return new QuireException(null, "could not " + doing + " (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); " + state,
                untouched ? "check that the output folder is writable and the disk is not full, then build again"
                        : "fix the cause and build again: the next build finishes the update", e);
    }
}
