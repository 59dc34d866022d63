package dev.quire.maven;

import dev.quire.check.LinkCheck;
import dev.quire.check.LinkReport;
import dev.quire.error.QuireException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every link of the built site: each internal link must lead to a file of the site and
 * each {@code #fragment} to an element with that id; external links are not fetched, only their
 * syntax is checked. Each broken link is reported with the page it is on and, where it can be
 * found, the source file and line where it is written. Fails the build when a link is broken,
 * unless {@code failOnBrokenLinks} is {@code false}.
 *
 * <p>Runs in the {@code site} phase: list it after {@code build} in the same execution to check
 * each {@code mvn site}, or run {@code mvn quire:check} after a build. Without Maven, the command
 * line's {@code quire check} runs the same check ({@code dev.quire.check.LinkCheck}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** The built site to check: the {@code build} goal's output folder. */
    @Parameter(property = "quire.output", defaultValue = "${project.reporting.outputDirectory}", required = true)
    File outputDirectory;

    /**
     * The site's source folder: its {@code _config.yml} gives {@code baseurl} and {@code url}, and
     * its files are searched for where each broken link is written.
     */
    @Parameter(property = "quire.source", defaultValue = "${project.basedir}/src/site", required = true)
    File sourceDirectory;

    /**
     * The path the site is served under, as {@code build}'s {@code baseUrl}: root-relative links
     * must start with it. Not set: {@code baseurl} of {@code _config.yml}.
     */
    @Parameter(property = "quire.baseUrl")
    String baseUrl;

    /** Fails the build when a link is broken; when {@code false}, broken links are logged as warnings. */
    @Parameter(property = "quire.check.failOnBrokenLinks", defaultValue = "true")
    boolean failOnBrokenLinks;

    /** Skips the check. */
    @Parameter(property = "quire.check.skip", defaultValue = "false")
    boolean skipCheck;

    /** Skips the check too, as it skips the build: there is no new site to check. */
    @Parameter(property = "quire.skip", defaultValue = "false")
    boolean skip;

    /** The folder Maven runs in: without a POM, the default folders are relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("[quire] Skipping the link check (" + (skip ? "quire.skip" : "quire.check.skip") + " is true)");
            return;
        }
        sourceDirectory = StandaloneDefaults.resolve(sourceDirectory, executionRoot, "src/site");
        outputDirectory = StandaloneDefaults.resolve(outputDirectory, executionRoot, "target/site");
        LinkCheck check = LinkCheck.of(outputDirectory.toPath(), sourceDirectory.toPath()).withBaseurl(baseUrl);
        if (!check.siteExists()) {
            throw new MojoFailureException("There is no built site in " + check.site() + " to check: build it first"
                    + " (mvn site, or quire:build before quire:check), or set quire.output to the site's folder");
        }
        LinkReport report;
        try {
            report = check.run();
        } catch (QuireException e) {
            throw new MojoFailureException(e.problem().format() + " (fix the file, or set quire.baseUrl)", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Quire could not read the site in " + check.site() + " or its"
                    + " configuration: " + e, e);
        }
        if (report.passed()) {
            getLog().info("[quire] check: " + report.summary());
            return;
        }
        report.sourcesNotRead().ifPresent(reason ->
                getLog().debug("[quire] check: could not read the sources to find where links are written: " + reason));
        for (String line : report.lines()) {
            if (failOnBrokenLinks) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (failOnBrokenLinks) {
            throw new MojoFailureException(report.failure());
        }
        getLog().warn("[quire] check: " + report.summary() + " (quire.check.failOnBrokenLinks is false)");
    }
}
