package dev.quire.pipeline;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.error.QuireException;
import dev.quire.model.SiteConfig;
import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
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
        // The configuration first: whether an output folder inside the source is read back depends on include:.
        SiteConfig config = ConfigReader.read(options);
        Optional<Problem> badDestination = OutputFolderGuard.check(config, options.destination());
        if (badDestination.isPresent()) {
            throw new BuildFailedException(List.of(badDestination.get()));
        }
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(config, options));
        List<QuirePlugin> discovered = PluginDiscovery.discover(plugins, config);
        List<Problem> optionWarnings = checkOptions(discovered, config);
        modules.addAll(discovered);
        BuildPipeline pipeline;
        try {
            Injector injector = Guice.createInjector(modules);
            pipeline = injector.getInstance(BuildPipeline.class);
        } catch (CreationException | ProvisionException e) {
            throw new BuildFailedException(List.of(wiringProblem(e)));
        }
        return pipeline.run(listener, optionWarnings);
    }

    /**
     * Binds every option section the plugins declare, failing with all the values of the wrong type
     * at once; returns the warnings about options no plugin has.
     */
    private static List<Problem> checkOptions(List<QuirePlugin> plugins, SiteConfig config)
            throws BuildFailedException {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (QuirePlugin plugin : plugins) {
            for (OptionsKey<?> key : plugin.options()) {
                try {
                    config.options(key);
                    warnings.addAll(config.unknownOptions(key, plugin.name()));
                } catch (QuireException e) {
                    errors.add(e.problem());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BuildFailedException(errors);
        }
        return warnings;
    }

    /**
     * A plugin that cannot be wired (a Guice error, two components with one name, components that
     * wait for each other) as a problem, without Guice's stack of bindings.
     */
    private static Problem wiringProblem(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof QuireException quire) {
            return quire.problem();
        }
        String message = cause == e ? e.getMessage() : cause.getMessage();
        return Problem.error(null, "the Quire plugins cannot be wired together: " + message,
                "check the plugins on the class path and their names and after/before constraints");
    }
}
