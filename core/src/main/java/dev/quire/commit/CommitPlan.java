package dev.quire.commit;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything a commit will change, decided and checked before anything is changed. Every real
 * path in it lies inside the real output folder.
 *
 * @param createRoot     the output folder does not exist yet
 * @param folders        folders to create, each after its parent
 * @param writes         files whose bytes changed, or that are new
 * @param unchanged      how many produced files already hold the right bytes
 * @param staleFiles     files an earlier build wrote that this one does not produce, to remove
 * @param files          every file this build produces: the next manifest
 * @param claimed        the files Quire may have written once the new files are in place: what an
 *                       interrupted commit must remember to clean up
 * @param createdFolders folders Quire created, in an earlier build or this one: removed once empty
 */
record CommitPlan(boolean createRoot, List<NewFolder> folders, List<Write> writes, int unchanged,
        List<Path> staleFiles, Set<String> files, Set<String> claimed, Set<String> createdFolders) {

    CommitPlan {
        folders = List.copyOf(folders);
        writes = List.copyOf(writes);
        staleFiles = List.copyOf(staleFiles);
        files = Set.copyOf(files);
        claimed = Set.copyOf(claimed);
        createdFolders = Set.copyOf(createdFolders);
    }

    /** A folder to create at {@code real}; first remove the stale file there when {@code replacesStaleFile}. */
    record NewFolder(String path, Path real, boolean replacesStaleFile) {
    }

    /**
     * A file to write: first to a temporary file in {@code temporaryFolder} (the target's folder,
     * or its nearest existing ancestor while that folder is still to be created), then renamed to
     * {@code target}.
     */
    record Write(String path, StagedFile file, Path target, Path temporaryFolder) {
    }
}
