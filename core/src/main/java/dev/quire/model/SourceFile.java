package dev.quire.model;

import dev.quire.error.SourceLocation;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the site's source folder, or of the theme under it. {@code path} is relative to the
 * root and always uses {@code /}, whatever the platform, so that output and messages do not depend
 * on it.
 *
 * @param theme the name of the theme the file comes from, or {@code null} for the site's own files
 */
public record SourceFile(Path root, String path, String theme) implements Comparable<SourceFile> {

    /** A file of the site's own source folder. */
    public SourceFile(Path root, String path) {
        this(root, path, null);
    }

    public SourceFile {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative source path: " + path);
        }
    }

    /** Whether the file comes from a theme rather than the site's own folder. */
    public boolean fromTheme() {
        return theme != null;
    }

    /** Another file of the same root (and theme). */
    public SourceFile sibling(String otherPath) {
        return new SourceFile(root, otherPath, theme);
    }

    /**
     * How messages name the file: its path, or for a theme's file {@code [theme NAME]/PATH}, so that
     * a user sees it is not in their folder (and can override it by creating PATH).
     */
    public String displayPath() {
        return theme == null ? path : "[theme " + theme + "]/" + path;
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
        return SourceLocation.of(displayPath());
    }

    public SourceLocation location(int line, int column) {
        return new SourceLocation(displayPath(), line, column);
    }

    @Override
    public int compareTo(SourceFile other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        // the site's file before the theme's of the same path
        return theme == null ? (other.theme == null ? 0 : -1) : other.theme == null ? 1 : theme.compareTo(other.theme);
    }
}
