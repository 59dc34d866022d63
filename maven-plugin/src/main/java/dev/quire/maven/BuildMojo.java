package dev.quire.maven;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildReports;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Builds the site in {@code src/site} into {@code target/site}.
 *
 * <p>Runs in the {@code site} phase ({@code mvn site}), or alone as {@code mvn quire:build}, also
 * in a folder without a POM ({@code mvn dev.quire:quire-maven-plugin:build}: then {@code src/site}
 * and {@code target/site} are relative to the current folder, or set {@code -Dquire.source} and
 * {@code -Dquire.output}). The output folder is updated in place: only files whose bytes changed
 * are written, and only files Quire wrote in an earlier build are removed. A build with errors
 * leaves the output folder as it was and fails with every error, each with its file, line and
 * column.
 *
 * <p>Templates see the Maven project as {@code site.project} ({@code name}, {@code version},
 * {@code description}, {@code url}, {@code groupId}, {@code artifactId}, {@code modules},
 * {@code properties}). With {@code aggregate}, the docs folder of each module is built into the
 * site under the module's artifactId.
 *
 * <p>Quire plugins (renderers and more) are found with {@link java.util.ServiceLoader} in this
 * plugin's class realm: add a plugin jar as a {@code <dependency>} of {@code quire-maven-plugin}
 * to use it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class BuildMojo extends AbstractMojo {

    /**
     * The site's source folder, the one that holds {@code _config.yml}. When it does not exist in a
     * project with a POM, the goal does nothing (a module without a site).
     */
    @Parameter(property = "quire.source", defaultValue = "${project.basedir}/src/site", required = true)
    File sourceDirectory;

    /**
     * Where the site is written. It must not be the source folder or contain it, and may lie inside
     * it only in a folder the site never reads (such as {@code _site}). Files in it that Quire did
     * not write are never removed. Beside maven-site-plugin, use a
     * subfolder such as {@code ${project.reporting.outputDirectory}/docs}.
     */
    @Parameter(property = "quire.output", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    /**
     * Overrides {@code baseurl} of {@code _config.yml}, for example {@code /docs} when the site is
     * served below a path. Not set: the configuration file's value applies ({@code quire:serve}
     * then builds with an empty {@code baseurl} and serves the site at the server's root).
     */
    @Parameter(property = "quire.baseUrl")
    String baseUrl;

    /**
     * Publishes the drafts in {@code _drafts} (sets {@code show_drafts}). When {@code false}, the
     * {@code show_drafts} setting of {@code _config.yml} applies.
     */
    @Parameter(property = "quire.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Fails the build when Quire warns (a missing layout, an unknown option, ...). The site is
     * written all the same; the warnings are listed in the failure.
     */
    @Parameter(property = "quire.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /**
     * Builds one site from this project's site and the docs folder ({@code moduleDocsDirectory}) of
     * each of its modules, each under {@code /<artifactId>/}. The modules' pages use this
     * project's {@code _config.yml} and layouts; the build reads them from a copy kept in
     * {@code target/quire-aggregate}, and messages name the original files.
     */
    @Parameter(property = "quire.aggregate", defaultValue = "false")
    boolean aggregate;

    /** With {@code aggregate}: each module's docs folder, relative to the module's folder. A module without it is left out. */
    @Parameter(property = "quire.moduleDocsDirectory", defaultValue = "src/site")
    String moduleDocsDirectory;

    /** Skips the build. */
    @Parameter(property = "quire.skip", defaultValue = "false")
    boolean skip;

    /** Where Quire keeps what it needs between builds (the list of the files it wrote). */
    @Parameter(defaultValue = "${project.build.directory}/quire-state", readonly = true, required = true)
    File stateDirectory;

    /** Where an aggregate site's sources are gathered. */
    @Parameter(defaultValue = "${project.build.directory}/quire-aggregate", readonly = true, required = true)
    File aggregateDirectory;

    /** The Maven project, shown to templates as {@code site.project}; without a POM, Maven's stand-in. */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The folder Maven runs in: without a POM, the default folders are relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("[quire] Skipping the site build (quire.skip is true)");
            return;
        }
        sourceDirectory = StandaloneDefaults.resolve(sourceDirectory, executionRoot, "src/site");
        outputDirectory = StandaloneDefaults.resolve(outputDirectory, executionRoot, "target/site");
        stateDirectory = StandaloneDefaults.resolve(stateDirectory, executionRoot, "target/quire-state");
        if (!sourceDirectory.isDirectory()) {
            if (hasPom()) {
                getLog().info("[quire] No site to build: there is no folder " + sourceDirectory
                        + " (set quire.source to build another folder)");
                return;
            }
            throw new MojoFailureException("There is no site source folder " + sourceDirectory + ": run in the folder"
                    + " that holds src/site, or set -Dquire.source=FOLDER (the folder with _config.yml) and"
                    + " -Dquire.output=FOLDER");
        }
        AggregateSource aggregated = aggregateSource();
        Path source = sourceDirectory.toPath();
        UnaryOperator<Problem> original = UnaryOperator.identity();
        if (aggregated != null) {
            try {
                int copied = aggregated.sync();
                getLog().debug("[quire] aggregate: " + copied + " files copied to " + aggregated.staging());
            } catch (IOException e) {
                throw new MojoExecutionException("Quire could not gather the modules' docs in "
                        + aggregated.staging() + ": " + e, e);
            }
            source = aggregated.staging();
            original = aggregated::original;
        }
        BuildOptions options = buildOptions(source, aggregated);
        if (getLog().isDebugEnabled()) {
            getLog().debug("[quire] source " + options.source() + ", output " + options.destination()
                    + ", state " + options.stateDirectory() + ", overrides " + options.overrides().keySet());
        }
        MavenBuildListener listener = new MavenBuildListener(getLog(), original);
        BuildResult result;
        try {
            result = new Quire(getClass().getClassLoader()).build(options, listener);
        } catch (BuildFailedException e) {
            List<Problem> errors = e.errors().stream().map(original).toList();
            for (Problem error : errors) {
                getLog().error(error.format());
            }
            if (getLog().isDebugEnabled()) {
                for (Throwable cause : e.getSuppressed()) {
                    getLog().debug("Exception behind an error above:", cause);
                }
            }
            throw BuildFailures.toMojoFailure(aggregated == null ? e : new BuildFailedException(errors), options.source());
        } catch (IOException e) {
            throw new MojoExecutionException("Quire could not read the site's source folder "
                    + options.source() + ": " + e, e);
        }
        getLog().info(BuildReports.success(result));
        if (failOnWarnings && !result.warnings().isEmpty()) {
            throw BuildFailures.warnings(result.warnings().stream().map(original).toList(), options.source());
        }
    }

    /** A real POM, not the stand-in Maven uses when a goal runs in a folder without one. */
    private boolean hasPom() {
        return project != null && project.getFile() != null;
    }

    private AggregateSource aggregateSource() {
        if (!aggregate || !hasPom()) {
            return null;
        }
        List<AggregateSource.Part> parts = new ArrayList<>();
        for (ProjectVariables.Module module : ProjectVariables.modules(project)) {
            Path docs = module.folder().resolve(moduleDocsDirectory);
            if (module.artifactId() == null || !Files.isDirectory(docs)) {
                getLog().debug("[quire] aggregate: module " + module.path() + " has no " + moduleDocsDirectory);
                continue;
            }
            parts.add(new AggregateSource.Part(module.artifactId(), docs));
        }
        getLog().info("[quire] aggregate: " + parts.size() + " modules with docs"
                + (parts.isEmpty() ? "" : " (" + String.join(", ", parts.stream().map(AggregateSource.Part::name).toList()) + ")"));
        return new AggregateSource(sourceDirectory.toPath(), parts, aggregateDirectory.toPath());
    }

    /** What the parameters ask of Quire. */
    BuildOptions buildOptions() {
        return buildOptions(sourceDirectory.toPath(), null);
    }

    private BuildOptions buildOptions(Path source, AggregateSource aggregated) {
        BuildOptions options = BuildOptions.of(source, outputDirectory.toPath(), stateDirectory.toPath());
        if (baseUrl != null) {
            options = options.withOverride("baseurl", baseUrl);
        }
        if (drafts) {
            options = options.withOverride("show_drafts", true);
        }
        if (hasPom()) {
            Map<String, String> docs = aggregated == null ? Map.of() : aggregated.urls();
            options = options.withOverride("project", ProjectVariables.of(project, ProjectVariables.modules(project), docs));
        }
        return options;
    }
}
