package dev.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests that run the command line in this JVM on a site they write: the site's folder, the
 * output folder, and what the last run printed.
 */
abstract class SiteCommandTestBase {

    @TempDir
    Path root;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    Path source() {
        return root.resolve("site");
    }

    Path output() {
        return root.resolve("out");
    }

    void write(String path, String content) throws IOException {
        Path file = source().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Runs {@code quire ARGS} with fresh output buffers and a cache folder of the test's own. */
    int run(List<String> args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("XDG_CACHE_HOME", root.resolve("cache").toString()));
    }
}
