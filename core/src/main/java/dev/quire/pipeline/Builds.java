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
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.quire.incremental.BuildCache;
import dev.quire.incremental.BuildState;
import dev.quire.incremental.InputFingerprint;
import dev.quire.incremental.OutputStamps;
import dev.quire.incremental.PreviousBuild;
import dev.quire.incremental.UpToDateCheck;
import dev.quire.model.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

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
        Set<Theme> themes;
        try {
            Injector injector = Guice.createInjector(modules);
            pipeline = injector.getInstance(BuildPipeline.class);
            themes = injector.getInstance(Key.get(new TypeLiteral<Set<Theme>>() { }));
        } catch (CreationException | ProvisionException e) {
            throw new BuildFailedException(List.of(wiringProblem(e)));
        }
        return runUnlessUpToDate(options, listener, pipeline, optionWarnings, themes, discovered, plugins);
    }

    /**
     * Skips the build when nothing it reads changed since the last successful build into the same
     * output folder and that build's files are still as it left them; otherwise runs it all and
     * records its state.
     */
    private static BuildResult runUnlessUpToDate(BuildOptions options, BuildListener listener, BuildPipeline pipeline,
            List<Problem> optionWarnings, Set<Theme> themes, List<QuirePlugin> discovered, ClassLoader plugins)
            throws BuildFailedException, IOException {
        long start = System.nanoTime();
        Path stateFile = BuildState.fileFor(options.stateDirectory(), options.destination());
        SortedMap<String, String> fingerprint = InputFingerprint.compute(options, themes, discovered, plugins);
        UpToDateCheck.Decision decision = UpToDateCheck.check(stateFile, fingerprint, options.destination(),
                options.time() == null ? Instant.now() : null);
        if (decision instanceof UpToDateCheck.Skip skip) {
            int files = skip.state().outputs().size();
            listener.phaseFinished("up-to-date", "nothing changed since the last build, " + files
                    + " files left as they are", Duration.ofNanos(System.nanoTime() - start));
            List<Problem> reported = skip.state().reported();
            BuildPipeline.tell(listener, reported);
            return new BuildResult(options.destination(), 0, files, 0,
                    reported.stream().filter(Problem::isWarning).toList(), true);
        }
        PreviousBuild previous = previousWork(decision, stateFile, listener);
        // A build that fails before its commit leaves the output as the state describes it; one that
        // commits first removes the state, so that a commit stopped half-way leaves none to trust.
        BuildPipeline.Outcome outcome = pipeline.run(listener, optionWarnings, () -> Files.deleteIfExists(stateFile),
                previous);
        try {
            String cache = outcome.cache().write(BuildCache.fileFor(stateFile));
            BuildState.of(fingerprint, OutputStamps.of(options.destination(), outcome.outputs()), outcome.reported(),
                    outcome.nextScheduled().map(ZonedDateTime::toInstant).orElse(null), outcome.contentSources(),
                    cache).write(stateFile);
        } catch (IOException e) {
            listener.debug("the build state could not be saved, the next build is a full one: " + e);
        }
        return outcome.result();
    }

    /**
     * The work of the last build this one may take: its records when only source files of its
     * documents or static files changed since (or files added), else none (a full build).
     */
    private static PreviousBuild previousWork(UpToDateCheck.Decision decision, Path stateFile, BuildListener listener) {
        if (decision instanceof UpToDateCheck.Rebuild rebuild) {
            listener.debug("full build: " + rebuild.reason());
            return PreviousBuild.none();
        }
        UpToDateCheck.Partial partial = (UpToDateCheck.Partial) decision;
        try {
            BuildCache cache = BuildCache.read(BuildCache.fileFor(stateFile), partial.state().cache());
            listener.debug("incremental build: changed since the last build: " + String.join(", ", partial.changed()));
            return new PreviousBuild(cache, partial.changed(), partial.added());
        } catch (IOException | BuildState.CorruptStateException e) {
            listener.debug("full build: the records of the last build's work cannot be used (" + e.getMessage() + ")");
            return PreviousBuild.none();
        }
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
