package dev.quire.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder of resources as a {@link Path}, so that it can be walked and read like any folder: the
 * folder itself when the classes come from a class folder, a path inside the jar otherwise (the
 * jar is opened once as a zip file system and kept open, since files of it are read until the
 * build commits).
 */
public final class ClassPathFolders {

    private static final Map<Path, FileSystem> OPEN_JARS = new ConcurrentHashMap<>();

    private ClassPathFolders() {
    }

    public static Path of(Class<?> anchor, String folder) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the jar or class folder of " + anchor.getName(), e);
        }
        Path base = Files.isDirectory(location) ? location : OPEN_JARS.computeIfAbsent(location, ClassPathFolders::open)
                .getPath("/");
        Path resolved = base.resolve(folder);
        if (!Files.isDirectory(resolved)) {
            throw new IllegalStateException("no folder " + folder + " in " + location);
        }
        return resolved;
    }

    private static FileSystem open(Path jar) {
        try {
            return FileSystems.newFileSystem(jar, (ClassLoader) null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + jar, e);
        }
    }
}
