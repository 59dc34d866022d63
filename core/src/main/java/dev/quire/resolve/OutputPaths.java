package dev.quire.resolve;

import dev.quire.util.UrlPaths;

/**
 * Maps a URL to the file it is written to, as Jekyll does: unescaped, {@code index.html} for a
 * URL ending in {@code /}, and the output extension appended when missing. Refuses any path that
 * would leave the output folder.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * @return the path relative to the output root, with {@code /} separators
     * @throws IllegalArgumentException when the path would leave the output root
     */
    public static String forUrl(String url, String outputExtension) {
        return forUrl(url, outputExtension, "index" + (outputExtension.isEmpty() ? ".html" : outputExtension));
    }

    /**
     * @param indexFile the file a URL ending in {@code /} is written to: Jekyll writes a page's to
     *                  {@code index} plus its extension, a post's always to {@code index.html}
     */
    public static String forUrl(String url, String outputExtension, String indexFile) {
        String path = UrlPaths.unescapePath(url);
        if (path.endsWith("/")) {
            path = path + indexFile;
        } else if (!outputExtension.isEmpty() && !path.endsWith(outputExtension)) {
            path = path + outputExtension;
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return confine(path);
    }

    /** Checks that a relative output path stays inside the output root and returns it. */
    public static String confine(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || path.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("'" + path + "' is not a relative path inside the output folder");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                throw new IllegalArgumentException("'" + path + "' leaves or does not name a file in the output folder");
            }
        }
        return path;
    }
}
