package dev.quire.pipeline;

import dev.quire.error.Problem;
import dev.quire.load.EntryFilter;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.util.RealPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses an output folder that is the source folder or contains it, and one inside the source
 * folder that the site would read back as content. An output folder inside the source folder is
 * allowed only below a first folder whose name starts with {@code _} or {@code .}, is not listed in
 * {@code include:}, and is not one Quire reads ({@code _posts}, {@code _layouts}, a collection's
 * folder, the first folder of {@code collections_dir}, ...): Jekyll's
 * default {@code ./_site} is such a folder. The source walker also skips the output folder itself.
 */
final class OutputFolderGuard {

    /** Folders below the source root that Quire or Jekyll read even though their names start with {@code _}. */
    private static final Set<String> READ_FOLDERS = Set.of("_posts", "_drafts", "_layouts", "_includes", "_data",
            "_sass", "_plugins");

    private OutputFolderGuard() {
    }

    static Optional<Problem> check(SiteConfig config, Path destination) throws IOException {
        Path src = RealPaths.of(config.source());
        Path dest = RealPaths.of(destination);
        String reason = null;
        if (dest.equals(src)) {
            reason = "is the source folder";
        } else if (src.startsWith(dest)) {
            reason = "contains the source folder " + src;
        } else if (dest.startsWith(src)) {
            String first = src.relativize(dest).getName(0).toString();
            if (!isNeverRead(first, config)) {
                reason = "is inside the source folder " + src + ", in '" + first
                        + "', a folder the site reads, so the output would be read back as content";
            }
        }
        if (reason == null) {
            return Optional.empty();
        }
        // No source location: the output folder is not a source file; the message names it.
        return Optional.of(Problem.error(null, "the output folder " + destination + " " + reason,
                "choose an output folder outside the source folder, such as target/site, or one inside it "
                        + "whose first folder starts with '_' or '.', such as _site"));
    }

    /** Whether the walk of the source folder never reads the folder of this name below the root. */
    private static boolean isNeverRead(String name, SiteConfig config) {
        if (!(name.startsWith("_") || name.startsWith(".")) || READ_FOLDERS.contains(name)
                || isCollectionFolder(name, config) || isCollectionsDir(name, config)) {
            return false;
        }
        return new EntryFilter(config).isSpecial(new SourceFile(config.source(), name));
    }

    /** The first folder of {@code collections_dir:}, where Jekyll reads posts and collections. */
    private static boolean isCollectionsDir(String name, SiteConfig config) {
        String dir = config.string("collections_dir", "").strip();
        while (dir.startsWith("/") || dir.startsWith("./")) {
            dir = dir.substring(dir.startsWith("/") ? 1 : 2);
        }
        return !dir.isEmpty() && name.equals(dir.split("/")[0]);
    }

    /** {@code _recipes} when the configuration declares a collection {@code recipes} (as a mapping or a list). */
    private static boolean isCollectionFolder(String name, SiteConfig config) {
        String label = name.substring(1);
        Object collections = config.get("collections");
        if (collections instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(key -> label.equals(String.valueOf(key)));
        }
        return collections instanceof List<?> list && list.stream().anyMatch(key -> label.equals(String.valueOf(key)));
    }
}
