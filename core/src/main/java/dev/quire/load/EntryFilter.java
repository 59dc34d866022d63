package dev.quire.load;

import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Jekyll's rules for which source entries take part: names starting with {@code .}, {@code _},
 * {@code #} or {@code ~}, or ending with {@code ~}, are special (only loaders of special folders
 * see them) unless listed in {@code include:}; entries matching {@code exclude:} are skipped
 * entirely.
 */
public final class EntryFilter {

    private final List<String> includes;
    private final List<Pattern> excludes;

    private record Pattern(String prefix, PathMatcher glob) {
        boolean matches(String path) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
            return glob != null && glob.matches(Path.of(path));
        }
    }

    public EntryFilter(SiteConfig config) {
        this.includes = config.stringList("include").stream().map(EntryFilter::trimSlashes).toList();
        this.excludes = config.stringList("exclude").stream().map(EntryFilter::trimSlashes)
                .filter(s -> !s.isEmpty())
                .map(s -> new Pattern(s, isGlob(s) ? FileSystems.getDefault().getPathMatcher("glob:" + s) : null))
                .toList();
    }

    /** Excluded files are not read at all. */
    public boolean isExcluded(SourceFile file) {
        String path = file.path();
        for (Pattern exclude : excludes) {
            if (exclude.matches(path) && !isIncluded(path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any segment of the path is special (hidden from pages and static files). */
    public boolean isSpecial(SourceFile file) {
        String[] segments = file.path().split("/");
        StringBuilder prefix = new StringBuilder();
        for (String segment : segments) {
            if (prefix.length() > 0) {
                prefix.append('/');
            }
            prefix.append(segment);
            if (isSpecialName(segment) && !isIncluded(prefix.toString()) && !includes.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    private boolean isIncluded(String path) {
        for (String include : includes) {
            if (path.equals(include) || path.startsWith(include + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Jekyll's entry filter sets the name aside: it starts with {@code .}, {@code _},
     * {@code #} or {@code ~} ({@code SPECIAL_LEADING_CHAR_REGEX}), or it is an editor backup
     * ending with {@code ~}.
     */
    static boolean isSpecialName(String name) {
        return name.startsWith(".") || name.startsWith("_") || name.startsWith("#") || name.startsWith("~")
                || name.endsWith("~");
    }

    private static boolean isGlob(String pattern) {
        return pattern.contains("*") || pattern.contains("?") || pattern.contains("[") || pattern.contains("{");
    }

    private static String trimSlashes(String path) {
        String trimmed = path.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
