package dev.quire.commit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a successful build's files into the output folder: only files whose bytes changed are
 * written (through a temporary file and a rename), files that an earlier build wrote and this one
 * does not produce are removed, and folders Quire created are removed once empty. Nothing that
 * Quire did not create is ever removed.
 */
public final class Committer {

    public static final String MANIFEST = "manifest.txt";

    /** How many files were written, left unchanged, and removed. */
    public record Result(int written, int unchanged, int deleted) {
    }

    private final Path destination;
    private final Path manifestFile;

    public Committer(Path destination, Path stateDirectory) {
        this.destination = destination.toAbsolutePath().normalize();
        this.manifestFile = stateDirectory.resolve(MANIFEST);
    }

    public Result commit(Staging staging) throws IOException {
        Manifest previous = Manifest.read(manifestFile, destination);
        Set<String> createdDirectories = new TreeSet<>(previous.directories());
        Files.createDirectories(destination);
        Path realDestination = destination.toRealPath();
        Map<String, StagedFile> staged = staging.sorted();
        // Stale files go first: a file of the last build may stand where this build needs a folder.
        int deleted = removeStale(previous.files(), staged.keySet());
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<String, StagedFile> entry : staged.entrySet()) {
            Path target = destination.resolve(entry.getKey());
            createParents(target.getParent(), realDestination, createdDirectories);
            if (sameContent(entry.getValue(), target)) {
                unchanged++;
            } else {
                write(entry.getValue(), target);
                written++;
            }
        }
        removeEmptyDirectories(createdDirectories);
        new Manifest(destination, staged.keySet(), createdDirectories).write(manifestFile);
        return new Result(written, unchanged, deleted);
    }

    private void createParents(Path directory, Path realDestination, Set<String> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = directory; d != null && !d.equals(destination) && !Files.exists(d, LinkOption.NOFOLLOW_LINKS);
                d = d.getParent()) {
            missing.add(d);
        }
        Files.createDirectories(directory);
        if (!directory.toRealPath().startsWith(realDestination)) {
            throw new IOException("refusing to write through " + directory + ": it leads outside the output folder "
                    + destination + " (a symbolic link?)");
        }
        for (Path d : missing) {
            created.add(relative(d));
        }
    }

    private static boolean sameContent(StagedFile file, Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (file instanceof StagedFile.Bytes bytes) {
            return Files.size(target) == bytes.content().length
                    && java.util.Arrays.equals(Files.readAllBytes(target), bytes.content());
        }
        StagedFile.Copy copy = (StagedFile.Copy) file;
        return Files.size(target) == Files.size(copy.file()) && Files.mismatch(copy.file(), target) == -1L;
    }

    private static void write(StagedFile file, Path target) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".quire-tmp");
        try {
            if (file instanceof StagedFile.Bytes bytes) {
                Files.write(temporary, bytes.content());
            } else {
                try (InputStream in = Files.newInputStream(((StagedFile.Copy) file).file())) {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private int removeStale(Set<String> previousFiles, Set<String> produced) throws IOException {
        int deleted = 0;
        for (String path : previousFiles) {
            if (produced.contains(path)) {
                continue;
            }
            Path stale = destination.resolve(path).normalize();
            if (stale.startsWith(destination) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(stale);
                deleted++;
            }
        }
        return deleted;
    }

    /** Removes empty folders that Quire created, deepest first; forgets those that are gone. */
    private void removeEmptyDirectories(Set<String> created) throws IOException {
        List<String> deepestFirst = new ArrayList<>(created);
        deepestFirst.sort(Comparator.comparingInt((String p) -> p.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String path : deepestFirst) {
            Path directory = destination.resolve(path).normalize();
            if (!directory.startsWith(destination) || !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                created.remove(path);
                continue;
            }
            try (var entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    continue;
                }
            }
            try {
                Files.delete(directory);
                created.remove(path);
            } catch (DirectoryNotEmptyException e) {
                // something appeared meanwhile: keep it
            }
        }
    }

    private String relative(Path path) {
        return destination.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
