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
 */
public record BuildResult(Path destination, int written, int unchanged, int deleted, List<Problem> warnings) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
