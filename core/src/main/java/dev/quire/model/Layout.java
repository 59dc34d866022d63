package dev.quire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A layout from {@code _layouts}: its name (the file name without extension), its front matter
 * (which may name an outer {@code layout}) and its template text. Which engine renders it is
 * decided by a renderer plugin from the file's extension.
 */
public record Layout(String name, SourceFile source, Map<String, Object> frontMatter, int bodyLine, String body) {

    public Layout {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        Objects.requireNonNull(body, "body");
    }

    /** The layout this one is itself wrapped in, or {@code null}. */
    public String parent() {
        Object parent = frontMatter.get("layout");
        return parent == null || "".equals(parent) || "none".equals(parent) ? null : parent.toString();
    }

    public String extension() {
        return source.extension();
    }
}
