package dev.quire.commit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each folder path of the output folder is on disk, found one segment at a time from the
 * real root: a symbolic link is followed only when it leads to a folder inside the output folder,
 * so every real path this gives lies inside it. Answers are remembered: one tree serves one pass.
 */
final class OutputTree {

    /** What a folder path is. */
    sealed interface Place {
    }

    /** An existing folder; {@code real} lies inside the output folder. */
    record Folder(Path real) implements Place {
    }

    /**
     * No folder yet: Quire may create one at {@code real}. {@code anchor} is the nearest folder that
     * exists (or the output folder itself, created first, when even that is missing).
     * {@code replacesStaleFile}: a file that an earlier build wrote and this one does not stands at
     * {@code real}, and is removed first.
     */
    record Missing(Path real, Path anchor, boolean replacesStaleFile) implements Place {
    }

    /** Something at {@code path} that Quire must not use as a folder: {@code holds} says what, {@code hint} what to do. */
    record Blocked(String path, String holds, String hint) implements Place {
    }

    private final OutputFolder output;
    private final Set<String> staleFiles;
    private final Map<String, Place> places = new HashMap<>();

    /** @param staleFiles files an earlier build wrote that this one does not: they may give way to a folder */
    OutputTree(OutputFolder output, Set<String> staleFiles) {
        this.output = output;
        this.staleFiles = staleFiles;
    }

    /** @param path relative to the output folder, {@code /} separated; {@code ""} for the output folder itself */
    Place folder(String path) throws IOException {
        Place known = places.get(path);
        if (known != null) {
            return known;
        }
        Place place = path.isEmpty() ? root() : child(folder(parentOf(path)), path);
        places.put(path, place);
        return place;
    }

    private Place root() {
        // Asked afresh, not output.exists(): a commit may have created the output folder since.
        return Files.isDirectory(output.realRoot(), LinkOption.NOFOLLOW_LINKS) ? new Folder(output.realRoot())
                : new Missing(output.realRoot(), output.realRoot(), false);
    }

    private Place child(Place parent, String path) throws IOException {
        if (parent instanceof Blocked) {
            return parent;
        }
        if (parent instanceof Missing missing) {
            return new Missing(missing.real().resolve(nameOf(path)), missing.anchor(), false);
        }
        Path parentReal = ((Folder) parent).real();
        Path real = parentReal.resolve(nameOf(path));
        BasicFileAttributes attributes = OutputFolder.attributes(real);
        if (attributes == null) {
            return new Missing(real, parentReal, false);
        }
        if (attributes.isDirectory()) {
            return new Folder(real);
        }
        if (attributes.isSymbolicLink()) {
            return link(path, real);
        }
        if (attributes.isRegularFile() && staleFiles.contains(path)) {
            return new Missing(real, parentReal, true);
        }
        return attributes.isRegularFile() ? new Blocked(path, "a file '" + path + "'", "move or delete it")
                : new Blocked(path, "'" + path + "', which is neither a file nor a folder,", "move or delete it");
    }

    private Place link(String path, Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return new Blocked(path, "a broken symbolic link '" + path + "'", "remove the link");
        }
        if (!output.contains(target)) {
            return new Blocked(path, "a symbolic link '" + path + "' to " + target + ", outside the output folder,",
                    "Quire never writes or deletes through a link that leads out of the output folder: remove the"
                            + " link, or make it point to a folder inside the output folder");
        }
        if (!Files.isDirectory(target)) {
            return new Blocked(path, "a symbolic link '" + path + "' to a file", "remove the link");
        }
        return new Folder(target);
    }

    static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
