package dev.quire.serve;

import dev.quire.build.BuildResult;
import dev.quire.error.BuildFailedException;
import java.io.IOException;

/**
 * What the dev server calls to bring the output folder up to date. Given the changes since the
 * last call, so that an incremental build can rebuild only what they affect; {@link Changes#all()}
 * (the first build, or after the watcher lost events) asks for everything. Whatever it does, the
 * output must end up as a full build of the current sources would make it.
 */
@FunctionalInterface
public interface SiteBuilder {

    BuildResult build(Changes changes) throws BuildFailedException, IOException;
}
