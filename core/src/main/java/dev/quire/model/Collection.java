package dev.quire.model;

import java.util.Objects;

/**
 * A collection as {@code _config.yml} defines it: documents and files in the folder
 * {@code _<label>} (below {@code collections_dir}), published when {@code output} is true.
 * {@code posts} is always one of them.
 *
 * @param label             the name, as in {@code site.<label>} and {@code :collection}
 * @param folder            the folder, relative to the source root ({@code _recipes}, or
 *                          {@code my_collections/_recipes} with {@code collections_dir})
 * @param output            whether its documents and files are written
 * @param permalink         the configured {@code permalink}, or {@code null} for the default
 * @param sortBy            the front-matter key its documents are sorted by ({@code sort_by}), or {@code null}
 * @param order             the paths inside the folder listed first, in this order ({@code order})
 */
public record Collection(String label, String folder, boolean output, String permalink, String sortBy,
        java.util.List<String> order) {

    public static final String POSTS = "posts";

    public Collection {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(folder, "folder");
        order = order == null ? java.util.List.of() : java.util.List.copyOf(order);
    }

    /** A collection in its folder's default order. */
    public Collection(String label, String folder, boolean output, String permalink) {
        this(label, folder, output, permalink, null, java.util.List.of());
    }

    /** Jekyll's {@code relative_directory}: {@code _<label>}, relative to {@code collections_dir}. */
    public String relativeDirectory() {
        return "_" + label;
    }

    public boolean isPosts() {
        return POSTS.equals(label);
    }

    /**
     * Whether a source path lies inside this collection's folder, and returns the part below it
     * ({@code sub/deep.md}), or {@code null}.
     */
    public String pathInside(String sourcePath) {
        String prefix = folder + "/";
        return sourcePath.startsWith(prefix) ? sourcePath.substring(prefix.length()) : null;
    }
}
