package dev.quire.model;

import dev.quire.util.UrlPaths;
import java.util.Objects;

/**
 * A file without front matter, copied to the output as it is: at its own relative path, or, inside
 * a collection, where the collection's permalink puts it.
 *
 * @param source         the file
 * @param size           its size in bytes
 * @param modifiedMillis its modification time
 * @param collection     the label of the collection it belongs to, or {@code null}
 * @param route          its URL and output file
 * @param output         whether it is written (a file of a collection without {@code output} is
 *                       only listed)
 */
public record StaticFile(SourceFile source, long size, long modifiedMillis, String collection, Route route,
        boolean output) {

    public StaticFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(route, "route");
    }

    /** A file outside collections, published at its source path. */
    public StaticFile(SourceFile source, long size, long modifiedMillis) {
        this(source, size, modifiedMillis, null, new Route("/" + UrlPaths.escapePath(source.path()), source.path()),
                true);
    }

    /** The output path, relative to the output root. */
    public String outputPath() {
        return route.outputPath();
    }

    /** The URL, escaped as Jekyll escapes URLs. */
    public String url() {
        return route.url();
    }
}
