package dev.quire.model;

import dev.quire.error.SourceLocation;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the site's source folder. {@code path} is relative to the source root and always uses
 * {@code /}, whatever the platform, so that output and messages do not depend on it.
 */
public record SourceFile(Path root, String path) implements Comparable<SourceFile> {

    public SourceFile {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative source path: " + path);
        }
    }

    /**
     * The virtual source of a page a generator made from no file of its own (an archive page):
     * {@code [generator]/output/path}, so that messages say which generator made it and where it goes.
     */
    public static SourceFile generated(Path root, String generator, String outputPath) {
        return new SourceFile(root, "[" + generator + "]/" + outputPath);
    }

    /** Whether this is the virtual source of a generated page (see {@link #generated}). */
    public boolean isGenerated() {
        return path.startsWith("[");
    }

    public Path absolute() {
        return root.resolve(path);
    }

    /** The last segment of the path, with its extension. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder part of the path, without a trailing slash; empty at the root. */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The extension with its dot ({@code .md}), or empty. */
    public String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot);
    }

    /** The file name without its extension. */
    public String baseName() {
        String name = fileName();
        return name.substring(0, name.length() - extension().length());
    }

    public SourceLocation location() {
        return SourceLocation.of(path);
    }

    public SourceLocation location(int line, int column) {
        return new SourceLocation(path, line, column);
    }

    @Override
    public int compareTo(SourceFile other) {
        return path.compareTo(other.path);
    }
}
