package dev.quire.sample.browser;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.Quire;
import java.nio.file.Path;

/** The sample site, built once per test run through the pipeline into {@code target/browser-site}. */
public final class BuiltSampleSite {

    private static final Path SOURCE = Path.of("src/site");
    private static final Path OUTPUT = Path.of("target/browser-site");
    private static Path built;

    private BuiltSampleSite() {
    }

    /** The built site's folder; the first call builds it (later builds rewrite only what changed). */
    public static synchronized Path path() throws Exception {
        if (built == null) {
            new Quire().build(
                    BuildOptions.of(SOURCE, OUTPUT, Path.of("target/browser-site-state")), BuildListener.SILENT);
            built = OUTPUT.toAbsolutePath();
        }
        return built;
    }
}
