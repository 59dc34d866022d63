package dev.quire.commit;

import dev.quire.commit.CommitPlan.NewFolder;
import dev.quire.commit.CommitPlan.Write;
import dev.quire.commit.OutputTree.Folder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Carries out a {@link CommitPlan} in steps: {@link #stage} writes every changed file to a
 * temporary file (and undoes itself on failure, leaving the output folder as it was);
 * {@link #install} creates the folders and renames the temporary files into place;
 * {@link #removeStaleFiles} and {@link #removeEmptyFolders} clean up. Before each change it checks
 * again that the folder it changes still really lies inside the output folder.
 */
final class CommitExecutor {

    private static final FileAttribute<?>[] DEFAULT_PERMISSIONS = {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))};

    private final OutputFolder output;
    private final CommitPlan plan;
    /** The temporary file of each write, in the order of {@code plan.writes()}. */
    private final List<Path> temporaries = new ArrayList<>();
    /** Folders made for a missing output folder, deepest first. */
    private final List<Path> createdRoot = new ArrayList<>();

    CommitExecutor(OutputFolder output, CommitPlan plan) {
        this.output = output;
        this.plan = plan;
    }

    /** Step (b): on failure, removes what it wrote and throws; the output folder is then as it was. */
    void stage() {
        String current = "create the output folder";
        try {
            if (plan.createRoot()) {
                createRoot();
            }
            for (Write write : plan.writes()) {
                current = "write '" + write.path() + "'";
                requireInside(write.temporaryFolder());
                Path temporary = Files.createTempFile(write.temporaryFolder(), ".quire-", ".tmp",
                        permissions(write.temporaryFolder()));
                temporaries.add(temporary);
                fill(write.file(), temporary);
            }
        } catch (IOException e) {
            discard();
            throw output.failure(current, e, true);
        }
    }

    /** Undoes {@link #stage}: removes the temporary files and a newly created, still empty output folder. */
    void discard() {
        discardTemporaries();
        for (Path folder : createdRoot) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // not empty, or not ours to remove any more
            }
        }
    }

    /** Step (c): creates folders (removing stale files in their way) and renames files into place. */
    int install() {
        int deleted = 0;
        String current = "";
        try {
            for (NewFolder folder : plan.folders()) {
                current = "create the folder '" + folder.path() + "'";
                requireInside(folder.real().getParent());
                if (folder.replacesStaleFile() && isRegularFile(folder.real())) {
                    Files.delete(folder.real());
                    deleted++;
                }
                Files.createDirectory(folder.real());
            }
            for (int i = 0; i < plan.writes().size(); i++) {
                Write write = plan.writes().get(i);
                current = "write '" + write.path() + "'";
                requireInside(write.target().getParent());
                Files.move(temporaries.get(i), write.target(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            discardTemporaries();
            throw output.failure(current, e, false);
        }
        return deleted;
    }

    /** Step (d): removes the files an earlier build wrote that this one does not produce. */
    int removeStaleFiles() {
        int deleted = 0;
        for (Path file : plan.staleFiles()) {
            try {
                if (output.holds(file.getParent()) && isRegularFile(file)) {
                    Files.delete(file);
                    deleted++;
                }
            } catch (NoSuchFileException e) {
                // gone already
            } catch (IOException e) {
                throw output.failure("remove " + file, e, false);
            }
        }
        return deleted;
    }

    /**
     * Step (d): removes the folders Quire created that are now empty, deepest first.
     *
     * @return the folders Quire created that are still there
     */
    Set<String> removeEmptyFolders(Set<String> created) {
        OutputTree tree = new OutputTree(output, Set.of());
        Set<String> remaining = new TreeSet<>(created);
        List<String> deepestFirst = new ArrayList<>(created);
        deepestFirst.sort(Comparator.comparingLong((String p) -> p.chars().filter(c -> c == '/').count()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String path : deepestFirst) {
            try {
                Path folder = tree.folder(OutputTree.parentOf(path)) instanceof Folder parent
                        ? parent.real().resolve(OutputTree.nameOf(path)) : null;
                BasicFileAttributes attributes = folder == null ? null : OutputFolder.attributes(folder);
                if (attributes == null || !attributes.isDirectory()) {
                    remaining.remove(path); // gone, or no longer the folder Quire made
                } else if (isEmpty(folder) && output.holds(folder.getParent())) {
                    Files.delete(folder);
                    remaining.remove(path);
                }
            } catch (DirectoryNotEmptyException e) {
                // something appeared meanwhile: keep it
            } catch (IOException e) {
                // keep it listed: the next build tries again
            }
        }
        return remaining;
    }

    private void discardTemporaries() {
        for (Path temporary : temporaries) {
            try {
                Files.deleteIfExists(temporary); // no-op for one already renamed into place
            } catch (IOException e) {
                // best effort: a leftover .quire-*.tmp file is harmless
            }
        }
    }

    private void createRoot() throws IOException {
        for (Path folder = output.realRoot(); folder != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
                folder = folder.getParent()) {
            createdRoot.add(folder);
        }
        Files.createDirectories(output.realRoot());
    }

    private static FileAttribute<?>[] permissions(Path folder) {
        // Like Files.write: read and write for all, less the umask (createTempFile alone gives rw-------).
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix") ? DEFAULT_PERMISSIONS
                : new FileAttribute<?>[0];
    }

    private static void fill(StagedFile file, Path temporary) throws IOException {
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            if (file instanceof StagedFile.Bytes bytes) {
                out.write(bytes.content());
            } else {
                Files.copy(((StagedFile.Copy) file).file(), out);
            }
        }
    }

    /** Checks again, just before a change, that no link has led {@code folder} out of the output folder since the plan. */
    private void requireInside(Path folder) throws IOException {
        if (!output.holds(folder)) {
            throw new IOException(folder + " no longer leads to a folder inside the output folder");
        }
    }

    private static boolean isRegularFile(Path path) throws IOException {
        BasicFileAttributes attributes = OutputFolder.attributes(path);
        return attributes != null && attributes.isRegularFile();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
