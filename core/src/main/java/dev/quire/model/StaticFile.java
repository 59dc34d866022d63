package dev.quire.model;

import java.util.Objects;

/** A file without front matter, copied to the output as it is, at the same relative path. */
public record StaticFile(SourceFile source, long size, long modifiedMillis) {

    public StaticFile {
        Objects.requireNonNull(source, "source");
    }

    /** The output path, which is the source path. */
    public String outputPath() {
        return source.path();
    }

    /** The URL, escaped as Jekyll escapes URLs. */
    public String url() {
        return "/" + dev.quire.util.UrlPaths.escapePath(source.path());
    }
}
