package dev.quire.pipeline;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Wires one build: checks the folders, reads the configuration, builds the injector, runs the pipeline. */
public final class Builds {

    private Builds() {
    }

    public static BuildResult run(BuildOptions options, BuildListener listener, ClassLoader plugins)
            throws BuildFailedException, IOException {
        if (!Files.isDirectory(options.source())) {
            throw new BuildFailedException(List.of(Problem.error(null, "the source folder " + options.source()
                    + " does not exist", "create it, or point Quire at the folder that holds _config.yml")));
        }
        Optional<Problem> badDestination = OutputFolderGuard.check(options.source(), options.destination());
        if (badDestination.isPresent()) {
            throw new BuildFailedException(List.of(badDestination.get()));
        }
        SiteConfig config = ConfigReader.read(options);
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(config, options));
        modules.addAll(PluginDiscovery.discover(plugins, config));
        Injector injector = Guice.createInjector(modules);
        return injector.getInstance(BuildPipeline.class).run(listener);
    }
}
