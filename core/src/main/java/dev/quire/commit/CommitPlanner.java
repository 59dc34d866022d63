package dev.quire.commit;

import dev.quire.commit.CommitPlan.NewFolder;
import dev.quire.commit.CommitPlan.Write;
import dev.quire.commit.OutputTree.Blocked;
import dev.quire.commit.OutputTree.Folder;
import dev.quire.commit.OutputTree.Missing;
import dev.quire.commit.OutputTree.Place;
import dev.quire.error.QuireException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Looks at the output folder and decides what a commit changes, without changing anything. Every
 * path is checked first: each folder a file needs exists inside the real output folder or can be
 * created there, no path goes through a link that leads out of it, and nothing stands where a file
 * or folder must go, except a file an earlier build wrote, which gives way. Anything else is a
 * {@link QuireException} that names the path and says how to fix it.
 */
final class CommitPlanner {

    private final OutputFolder output;
    private final Manifest previous;

    CommitPlanner(OutputFolder output, Manifest previous) {
        this.output = output;
        this.previous = previous;
    }

    CommitPlan plan(SortedMap<String, StagedFile> staged) {
        try {
            return planChecked(staged);
        } catch (IOException e) {
            throw output.failure("read the output folder", e, true);
        } catch (InvalidPathException e) {
            throw new QuireException(null, "output file '" + e.getInput() + "' cannot be written here: "
                    + e.getReason(), "change the permalink to a name this file system accepts", e);
        }
    }

    private CommitPlan planChecked(SortedMap<String, StagedFile> staged) throws IOException {
        Set<String> neededFolders = neededFolders(staged);
        Set<String> stale = new TreeSet<>(previous.files());
        stale.removeAll(staged.keySet());
        OutputTree tree = new OutputTree(output, stale);

        List<NewFolder> folders = new ArrayList<>();
        Set<Path> foldersToCreate = new HashSet<>();
        for (String folder : neededFolders) {
            Place place = tree.folder(folder);
            if (place instanceof Blocked blocked) {
                throw output.problem("holds " + blocked.holds() + " where Quire needs a folder (to write '"
                        + firstUnder(staged, folder) + "')", blocked.hint());
            }
            if (place instanceof Missing missing && foldersToCreate.add(missing.real())) {
                folders.add(new NewFolder(folder, missing.real(), missing.replacesStaleFile()));
            }
        }

        List<Write> writes = new ArrayList<>();
        Map<Path, String> targets = new HashMap<>();
        Set<String> claimed = new TreeSet<>(previous.files());
        int unchanged = 0;
        for (Map.Entry<String, StagedFile> entry : staged.entrySet()) {
            String path = entry.getKey();
            Place parent = tree.folder(OutputTree.parentOf(path));
            Path target;
            Path temporaryFolder;
            boolean isNew;
            if (parent instanceof Folder folder) {
                target = folder.real().resolve(OutputTree.nameOf(path));
                temporaryFolder = folder.real();
                BasicFileAttributes attributes = OutputFolder.attributes(target);
                checkFileSlot(path, attributes);
                isNew = attributes == null;
                if (attributes != null && attributes.isRegularFile() && sameContent(entry.getValue(), target)) {
                    unchanged++;
                    claimTarget(targets, target, path);
                    continue;
                }
                if (entry.getValue() instanceof StagedFile.Kept) {
                    throw keptFileLost(path);
                }
            } else {
                if (entry.getValue() instanceof StagedFile.Kept) {
                    throw keptFileLost(path);
                }
                Missing missing = (Missing) parent;
                target = missing.real().resolve(OutputTree.nameOf(path));
                temporaryFolder = missing.anchor();
                isNew = true;
            }
            claimTarget(targets, target, path);
            writes.add(new Write(path, entry.getValue(), target, temporaryFolder));
            if (isNew) {
                claimed.add(path);
            }
        }

        List<Path> staleFiles = new ArrayList<>();
        for (String path : stale) {
            if (neededFolders.contains(path)) {
                continue; // removed, if still a file, just before its folder is created
            }
            if (tree.folder(OutputTree.parentOf(path)) instanceof Folder folder) {
                Path file = folder.real().resolve(OutputTree.nameOf(path));
                BasicFileAttributes attributes = OutputFolder.attributes(file);
                if (attributes != null && attributes.isRegularFile() && !targets.containsKey(file)) {
                    staleFiles.add(file);
                }
            }
        }

        Set<String> createdFolders = new TreeSet<>(previous.directories());
        folders.forEach(folder -> createdFolders.add(folder.path()));
        return new CommitPlan(!output.exists(), folders, writes, unchanged, staleFiles, staged.keySet(), claimed,
                createdFolders);
    }

    /** Every folder the staged files need, each before its children; refuses a path that is both. */
    private static Set<String> neededFolders(SortedMap<String, StagedFile> staged) {
        Set<String> folders = new TreeSet<>();
        for (String path : staged.keySet()) {
            for (String folder = OutputTree.parentOf(path); !folder.isEmpty(); folder = OutputTree.parentOf(folder)) {
                if (!folders.add(folder)) {
                    break;
                }
            }
        }
        for (String folder : folders) {
            StagedFile file = staged.get(folder);
            if (file != null) {
                throw new QuireException(null, "renderer '" + file.owner() + "' writes the file '" + folder
                        + "', but '" + firstUnder(staged, folder) + "' needs a folder of that name",
                        "give the documents different permalinks");
            }
        }
        return folders;
    }

    private static String firstUnder(SortedMap<String, StagedFile> staged, String folder) {
        return staged.tailMap(folder + "/").firstKey();
    }

    private void checkFileSlot(String path, BasicFileAttributes attributes) {
        if (attributes == null || attributes.isRegularFile() || attributes.isSymbolicLink()) {
            return; // a link is replaced by the file, never written through
        }
        if (attributes.isDirectory()) {
            throw output.problem("holds a folder '" + path + "' where Quire needs to write a file",
                    "move or delete the folder, or change the permalink that writes '" + path + "'");
        }
        throw output.problem("holds '" + path + "', which is neither a file nor a folder, where Quire needs to"
                + " write a file", "move or delete it");
    }

    private void claimTarget(Map<Path, String> targets, Path target, String path) {
        String other = targets.putIfAbsent(target, path);
        if (other != null) {
            throw output.problem("reaches one file as both '" + other + "' and '" + path
                    + "' through a symbolic link", "remove the link, or change one of the permalinks");
        }
    }

    private QuireException keptFileLost(String path) {
        return output.problem("lost '" + path + "' while Quire was building (the build meant to keep it as it was)",
                "build again: the next build writes it");
    }

    private static boolean sameContent(StagedFile file, Path target) throws IOException {
        if (file instanceof StagedFile.Kept) {
            return true; // checked against its stamp before the build
        }
        if (file instanceof StagedFile.Bytes bytes) {
            return Files.size(target) == bytes.content().length
                    && Arrays.equals(Files.readAllBytes(target), bytes.content());
        }
        Path source = ((StagedFile.Copy) file).file();
        // A source that cannot be read is reported when the file is written.
        return Files.isRegularFile(source) && Files.size(target) == Files.size(source)
                && Files.mismatch(source, target) == -1L;
    }
}
