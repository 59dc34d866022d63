package dev.quire.serve;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import java.io.IOException;

/**
 * Rebuilds the whole site on every change. The committer writes only files whose bytes changed,
 * so unchanged pages keep their files; an incremental builder can replace this one later.
 */
public final class FullSiteBuilder implements SiteBuilder {

    private final Quire quire;
    private final BuildOptions options;
    private final BuildListener listener;

    public FullSiteBuilder(Quire quire, BuildOptions options, BuildListener listener) {
        this.quire = quire;
        this.options = options;
        this.listener = listener;
    }

    @Override
    public BuildResult build(Changes changes) throws BuildFailedException, IOException {
        return quire.build(options, listener);
    }
}
