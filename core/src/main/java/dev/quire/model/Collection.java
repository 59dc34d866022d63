package dev.quire.model;

import java.util.Objects;

/**
 * A collection as {@code _config.yml} defines it: documents and files in the folder
 * {@code _<label>} (below {@code collections_dir}), published when {@code output} is true.
 * {@code posts} is always one of them.
 *
 * @param label             the name, as in {@code site.<label>} and {@code :collection}
 * @param relativeDirectory the folder, relative to the source root ({@code _recipes})
 * @param output            whether its documents and files are written
 * @param permalink         the configured {@code permalink}, or {@code null} for the default
 */
public record Collection(String label, String relativeDirectory, boolean output, String permalink) {

    public static final String POSTS = "posts";

    public Collection {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(relativeDirectory, "relativeDirectory");
    }

    public boolean isPosts() {
        return POSTS.equals(label);
    }

    /**
     * Whether a source path lies inside this collection's folder, and returns the part below it
     * ({@code sub/deep.md}), or {@code null}.
     */
    public String pathInside(String sourcePath) {
        String prefix = relativeDirectory + "/";
        return sourcePath.startsWith(prefix) ? sourcePath.substring(prefix.length()) : null;
    }
}
