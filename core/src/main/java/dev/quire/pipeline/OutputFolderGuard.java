package dev.quire.pipeline;

import dev.quire.error.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses an output folder that is the source folder, lies inside it, or contains it: cleaning or
 * writing such a folder would touch the sources.
 */
final class OutputFolderGuard {

    private OutputFolderGuard() {
    }

    static Optional<Problem> check(Path source, Path destination) throws IOException {
        Path src = real(source);
        Path dest = real(destination);
        String reason = null;
        if (dest.equals(src)) {
            reason = "is the source folder";
        } else if (dest.startsWith(src)) {
            reason = "is inside the source folder " + src;
        } else if (src.startsWith(dest)) {
            reason = "contains the source folder " + src;
        }
        if (reason == null) {
            return Optional.empty();
        }
        // No source location: the output folder is not a source file; the message names it.
        return Optional.of(Problem.error(null, "the output folder " + destination + " " + reason,
                "choose an output folder outside the source folder, such as target/site"));
    }

    /** The real path of the folder, or of its nearest existing parent joined with the rest. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
