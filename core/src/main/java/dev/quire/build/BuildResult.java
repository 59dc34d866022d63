package dev.quire.build;

import dev.quire.error.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a successful build did.
 *
 * @param destination the output folder
 * @param written     files written because they were new or changed
 * @param unchanged   files left alone because their bytes were already right
 * @param deleted     files of an earlier build that are no longer produced, removed
 * @param warnings    warnings, sorted by location
 * @param upToDate    whether the build was skipped because nothing it reads had changed since the
 *                    last successful build into the same output folder (then nothing was written,
 *                    every file counts as unchanged, and the warnings are those of that build)
 */
public record BuildResult(Path destination, int written, int unchanged, int deleted, List<Problem> warnings,
        boolean upToDate) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /** The result of a build that ran. */
    public BuildResult(Path destination, int written, int unchanged, int deleted, List<Problem> warnings) {
        this(destination, written, unchanged, deleted, warnings, false);
    }
}
