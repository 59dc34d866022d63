package dev.quire.maven;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildReports;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site in {@code src/site} into {@code target/site}.
 *
 * <p>Runs in the {@code site} phase ({@code mvn site}), or alone as {@code mvn quire:build}. The
 * output folder is updated in place: only files whose bytes changed are written, and only files
 * Quire wrote in an earlier build are removed. A build with errors leaves the output folder as it
 * was and fails with every error, each with its file, line and column.
 *
 * <p>Quire plugins (renderers and more) are found with {@link java.util.ServiceLoader} in this
 * plugin's class realm: add a plugin jar as a {@code <dependency>} of {@code quire-maven-plugin}
 * to use it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** The site's source folder, the one that holds {@code _config.yml}. */
    @Parameter(property = "quire.source", defaultValue = "${project.basedir}/src/site", required = true)
    File sourceDirectory;

    /**
     * Where the site is written. It must not be the source folder, lie inside it, or contain it.
     * Files in it that Quire did not write are never removed.
     */
    @Parameter(property = "quire.output", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    /**
     * Overrides {@code baseurl} of {@code _config.yml}, for example {@code /docs} when the site is
     * served below a path. Not set: the configuration file's value applies.
     */
    @Parameter(property = "quire.baseUrl")
    String baseUrl;

    /**
     * Publishes the drafts in {@code _drafts} (sets {@code show_drafts}). When {@code false}, the
     * {@code show_drafts} setting of {@code _config.yml} applies.
     */
    @Parameter(property = "quire.drafts", defaultValue = "false")
    boolean drafts;

    /** Skips the build. */
    @Parameter(property = "quire.skip", defaultValue = "false")
    boolean skip;

    /** Where Quire keeps what it needs between builds (the list of the files it wrote). */
    @Parameter(defaultValue = "${project.build.directory}/quire-state", readonly = true, required = true)
    File stateDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("[quire] Skipping the site build (quire.skip is true)");
            return;
        }
        BuildOptions options = buildOptions();
        MavenBuildListener listener = new MavenBuildListener(getLog());
        BuildResult result;
        try {
            result = new Quire(getClass().getClassLoader()).build(options, listener);
        } catch (BuildFailedException e) {
            for (Problem error : e.errors()) {
                getLog().error(error.format());
            }
            if (getLog().isDebugEnabled()) {
                for (Throwable cause : e.getSuppressed()) {
                    getLog().debug("Exception behind an error above:", cause);
                }
            }
            throw BuildFailures.toMojoFailure(e, options.source());
        } catch (IOException e) {
            throw new MojoExecutionException("Quire could not read the site's source folder "
                    + options.source() + ": " + e, e);
        }
        getLog().info(BuildReports.success(result));
    }

    /** What the parameters ask of Quire. */
    BuildOptions buildOptions() {
        BuildOptions options = BuildOptions.of(sourceDirectory.toPath(), outputDirectory.toPath(),
                stateDirectory.toPath());
        if (baseUrl != null) {
            options = options.withOverride("baseurl", baseUrl);
        }
        if (drafts) {
            options = options.withOverride("show_drafts", true);
        }
        return options;
    }
}
