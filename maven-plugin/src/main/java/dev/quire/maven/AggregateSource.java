package dev.quire.maven;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The source of an aggregate docs site: the parent's site folder with each module's docs folder
 * under the module's name ({@code core/...}), kept in sync in one staging folder under
 * {@code target/} so that one Quire build sees a single site (one configuration, one set of
 * layouts, links between them checked as any other). Only files whose size or time changed are
 * copied again, with their times, so an unchanged source stays unchanged for the build; files
 * that are gone from the sources are removed from the staging folder.
 *
 * <p>Problems name the staged copies; {@link #original} maps them back to the files to edit.
 */
final class AggregateSource {

    /** A module's docs folder and the folder name it gets in the site. */
    record Part(String name, Path folder) {
    }

    private final Path parent;
    private final List<Part> parts;
    private final Path staging;

    AggregateSource(Path parent, List<Part> parts, Path staging) {
        this.parent = parent.toAbsolutePath().normalize();
        this.parts = List.copyOf(parts);
        this.staging = staging.toAbsolutePath().normalize();
    }

    Path staging() {
        return staging;
    }

    /**
     * Makes the staging folder hold exactly the parent's files and each part's files under its
     * name; returns how many files were copied.
     *
     * @throws MojoFailureException when the parent's site has a file or folder of a module's name
     */
    int sync() throws IOException, MojoFailureException {
        Map<String, Path> wanted = new TreeMap<>();
        collect(parent, "", wanted);
        for (Part part : parts) {
            if (Files.exists(parent.resolve(part.name()), LinkOption.NOFOLLOW_LINKS)) {
                throw new MojoFailureException("The parent's site folder " + parent + " has its own "
                        + part.name() + ", where the docs of module " + part.name() + " (" + part.folder()
                        + ") go in the aggregate site: rename one of them");
            }
            collect(part.folder().toAbsolutePath().normalize(), part.name() + "/", wanted);
        }
        Files.createDirectories(staging);
        removeUnwanted(wanted);
        int copied = 0;
        for (Map.Entry<String, Path> entry : wanted.entrySet()) {
            Path target = staging.resolve(entry.getKey());
            Path from = entry.getValue();
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(from)
                    // milliseconds: a copy's time may be less precise than its original's
                    && Files.getLastModifiedTime(target).toMillis() == Files.getLastModifiedTime(from).toMillis()) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            copied++;
        }
        return copied;
    }

    /** The regular files under {@code root} (not through symbolic links) by staged path. */
    private static void collect(Path root, String prefix, Map<String, Path> into) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    into.put(prefix + root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), file);
                }
            }
        }
    }

    /** Removes staged files and folders that no source has any more, deepest first. */
    private void removeUnwanted(Map<String, Path> wanted) throws IOException {
        List<Path> present;
        try (Stream<Path> files = Files.walk(staging)) {
            present = new ArrayList<>(files.filter(path -> !path.equals(staging)).toList());
        }
        present.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path path : present) {
            String relative = staging.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> children = Files.list(path)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(path);
                    }
                }
            } else if (!wanted.containsKey(relative)) {
                Files.delete(path);
            }
        }
    }

    /** The file a staged path came from, absolute: what a message should name. */
    Path original(String stagedPath) {
        for (Part part : parts) {
            if (stagedPath.startsWith(part.name() + "/")) {
                return part.folder().toAbsolutePath().normalize().resolve(stagedPath.substring(part.name().length() + 1));
            }
        }
        return parent.resolve(stagedPath);
    }

    /** The problem naming the original file instead of the staged copy. */
    Problem original(Problem problem) {
        SourceLocation location = problem.location();
        if (location == null || location.file().startsWith("[")) {
            return problem;
        }
        SourceLocation moved = new SourceLocation(original(location.file()).toString(), location.line(), location.column());
        return new Problem(problem.severity(), moved, problem.message(), problem.hint());
    }

    /** Each part's folder in the site, as a URL path: {@code /core/}. */
    Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        parts.forEach(part -> urls.put(part.name(), "/" + part.name() + "/"));
        return urls;
    }

    @Override
    public String toString() {
        return Objects.toString(parts);
    }
}
