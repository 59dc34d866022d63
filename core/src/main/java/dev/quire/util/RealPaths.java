package dev.quire.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real paths (symbolic links resolved) of folders that may not exist yet. */
public final class RealPaths {

    private RealPaths() {
    }

    /** The real path of the folder, or of its nearest existing parent joined with the rest. */
    public static Path of(Path path) throws IOException {
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
