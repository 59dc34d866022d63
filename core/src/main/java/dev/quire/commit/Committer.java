package dev.quire.commit;

import dev.quire.error.QuireException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes a successful build's files into the output folder. It first plans and checks every change
 * ({@link CommitPlanner}) and writes the changed files to temporary files; only when all of that
 * worked does it touch the site: it renames the files into place, removes the files an earlier
 * build wrote that this one does not produce, removes the folders Quire created once they are
 * empty, and records what it wrote in a manifest. Files whose bytes did not change are left alone.
 * Nothing that Quire did not create is ever removed, and nothing is written or removed through a
 * symbolic link that leads out of the output folder.
 */
public final class Committer {

    /** How many files were written, left unchanged, and removed. */
    public record Result(int written, int unchanged, int deleted) {
    }

    private final Path destination;
    private final Path manifestFile;

    public Committer(Path destination, Path stateDirectory) {
        this.destination = destination.toAbsolutePath().normalize();
        this.manifestFile = manifestFile(stateDirectory, this.destination);
    }

    /** The file in {@code stateDirectory} that lists what Quire wrote into {@code destination}. */
    public static Path manifestFile(Path stateDirectory, Path destination) {
        return Manifest.fileFor(stateDirectory.toAbsolutePath().normalize(), destination.toAbsolutePath().normalize());
    }

    /**
     * @throws QuireException when something in the output folder stands in the way, or a file cannot
     *                        be written (then the output folder is as it was), or when an I/O error
     *                        stops the commit after files were put in place (the message says so)
     */
    public Result commit(Staging staging) {
        OutputFolder output = OutputFolder.open(destination);
        Manifest previous = Manifest.read(manifestFile, destination);
        CommitPlan plan = new CommitPlanner(output, previous).plan(staging.sorted());
        CommitExecutor executor = new CommitExecutor(output, plan);
        executor.stage();
        // Remember every file and folder this commit may create before creating any, so that a
        // later build can still clean up after a commit that stops half-way.
        Manifest journal = new Manifest(destination, plan.claimed(), plan.createdFolders());
        Manifest onDisk = previous;
        if (!journal.equals(previous)) {
            try {
                journal.write(manifestFile);
                onDisk = journal;
            } catch (IOException e) {
                executor.discard();
                throw output.failure("write the manifest " + manifestFile, e, true);
            }
        }
        int deleted = executor.install();
        deleted += executor.removeStaleFiles();
        Set<String> folders = executor.removeEmptyFolders(plan.createdFolders());
        Manifest next = new Manifest(destination, plan.files(), folders);
        if (!next.equals(onDisk)) {
            try {
                next.write(manifestFile);
            } catch (IOException e) {
                throw output.failure("write the manifest " + manifestFile, e, false);
            }
        }
        return new Result(plan.writes().size(), plan.unchanged(), deleted);
    }
}
