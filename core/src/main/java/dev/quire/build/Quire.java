package dev.quire.build;

import dev.quire.error.BuildFailedException;
import dev.quire.error.QuireException;
import java.io.IOException;

/**
 * Builds sites: the entry point for front ends. Plugins are found with {@link java.util.ServiceLoader}
 * in the given class loader.
 *
 * <pre>{@code
 * BuildResult result = new Quire().build(BuildOptions.of(source, destination, stateDir), listener);
 * }</pre>
 */
public final class Quire {

    private final ClassLoader pluginClassLoader;

    public Quire() {
        this(Quire.class.getClassLoader());
    }

    public Quire(ClassLoader pluginClassLoader) {
        this.pluginClassLoader = pluginClassLoader;
    }

    /**
     * Runs one full build. On success the output folder holds the site; on failure it is exactly as
     * it was before.
     *
     * @throws BuildFailedException with every error found, each naming its file
     * @throws IOException          when the source folder cannot be walked or its configuration read
     */
    public BuildResult build(BuildOptions options, BuildListener listener) throws BuildFailedException, IOException {
        try {
            return dev.quire.pipeline.Builds.run(options, listener, pluginClassLoader);
        } catch (QuireException e) {
            throw new BuildFailedException(java.util.List.of(e.problem()));
        }
    }
}
