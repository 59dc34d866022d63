package dev.quire.maven;

import dev.quire.check.BrokenLink;
import dev.quire.check.LinkSources;
import dev.quire.check.LinkWalker;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.load.Yaml;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * each {@code mvn site}, or run {@code mvn quire:check} after a build.
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
        Path site = outputDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new MojoFailureException("There is no built site in " + site + " to check: build it first"
                    + " (mvn site, or quire:build before quire:check), or set quire.output to the site's folder");
        }
        Map<String, Object> config = config();
        String baseurl = baseUrl != null ? baseUrl : string(config.get("baseurl"));
        long start = System.nanoTime();
        List<BrokenLink> broken;
        try {
            broken = LinkWalker.of(site).withBaseurl(baseurl).withSiteUrl(string(config.get("url"))).walk();
        } catch (IOException e) {
            throw new MojoExecutionException("Quire could not read the site in " + site + ": " + e, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (broken.isEmpty()) {
            getLog().info("[quire] check: no broken links in " + site + " (" + millis + " ms)");
            return;
        }
        List<String> reports = reports(broken, site, baseurl);
        for (String report : reports) {
            if (failOnBrokenLinks) {
                getLog().error(report);
            } else {
                getLog().warn(report);
            }
        }
        String summary = broken.size() + (broken.size() == 1 ? " broken link" : " broken links") + " in " + site;
        if (failOnBrokenLinks) {
            throw new MojoFailureException("Quire found " + summary + ":" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", reports));
        }
        getLog().warn("[quire] check: " + summary + " (quire.check.failOnBrokenLinks is false)");
    }

    /** {@code /site/page.html: link (problem)}, and where the link is written when the sources tell. */
    private List<String> reports(List<BrokenLink> broken, Path site, String baseurl) {
        LinkSources sources = null;
        Path source = sourceDirectory.toPath().toAbsolutePath().normalize();
        if (Files.isDirectory(source)) {
            try {
                sources = LinkSources.read(source, baseurl, Set.of(site));
            } catch (IOException e) {
                getLog().debug("[quire] check: could not read the sources to find where links are written", e);
            }
        }
        LinkSources found = sources;
        return broken.stream().map(link -> {
            String report = site.resolve(link.page()) + ": " + link.link() + " (" + link.problem() + ")";
            List<SourceLocation> written = found == null ? List.of() : found.find(link.link(), 3);
            if (written.isEmpty()) {
                return report;
            }
            return report + ", written in " + written.stream()
                    .map(at -> new SourceLocation(source.resolve(at.file()).toString(), at.line(), at.column()).toString())
                    .collect(Collectors.joining(", "));
        }).toList();
    }

    /**
     * The source's {@code _config.yml} (or {@code _config.yaml}), read as a build reads it, or
     * nothing: only {@code baseurl} and {@code url} are used.
     */
    private Map<String, Object> config() throws MojoFailureException {
        Path folder = sourceDirectory.toPath();
        Path file = Files.isRegularFile(folder.resolve("_config.yml")) ? folder.resolve("_config.yml")
                : folder.resolve("_config.yaml");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Yaml.parseMapping(Files.readString(file, StandardCharsets.UTF_8), file.toString(), 1);
        } catch (QuireException e) {
            throw new MojoFailureException(e.problem().format() + " (fix the file, or set quire.baseUrl)", e);
        } catch (IOException e) {
            throw new MojoFailureException("Quire could not read " + file + " for the site's baseurl and url: " + e
                    + " (set quire.baseUrl)", e);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
