package dev.quire.maven;

import java.io.File;

/**
 * Default folders for a goal run without a POM. Maven then runs the goal on a stand-in project
 * whose {@code ${project.basedir}} and {@code ${project.build.directory}} stay unresolved in the
 * parameters' default values; the folders are taken relative to the folder Maven runs in instead.
 */
final class StandaloneDefaults {

    private StandaloneDefaults() {
    }

    /** {@code value}, or {@code fallback} under {@code root} when {@code value} holds an unresolved {@code ${...}}. */
    static File resolve(File value, File root, String fallback) {
        if (value != null && !value.getPath().contains("${")) {
            return value;
        }
        File base = root != null ? root : new File("").getAbsoluteFile();
        return new File(base, fallback);
    }
}
