package dev.quire.cli;

import dev.quire.check.LinkCheck;
import dev.quire.check.LinkReport;
import dev.quire.error.QuireException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quire check}: the Maven goal {@code quire:check} on the command line. Checks every link of
 * the site that {@code quire build} wrote, with {@code build}'s names for the folders and the
 * configuration.
 */
@Command(name = "check", sortOptions = false,
        description = {"Checks every link of the built site: each internal link must lead to a file of the site "
                + "and each #fragment to an element with that id; external links are not fetched, only their "
                + "syntax is checked. Each broken link is printed with its page and, when a source file writes it, "
                + "that file's path, line and column. Build the site first (quire build)."},
        footer = {"", "Relative paths are resolved against the current folder, as for quire build.",
                "Exit codes: 0 no broken links (or --no-fail-on-broken-links), 1 broken links or the check "
                        + "could not run (errors on stderr), 2 wrong usage."})
final class CheckCommand implements Callable<Integer> {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "The site's source folder (default: the current folder): its configuration gives baseurl "
                    + "and url, and its files are searched for where each broken link is written.")
    Path source;

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR", defaultValue = "_site",
            description = "The built site to check: quire build's output folder (default: ./_site).")
    Path destination;

    @Option(names = "--config", paramLabel = "FILE", split = ",",
            description = "Configuration files, as for quire build: comma-separated or repeated, later files "
                    + "override earlier ones; when given, the source folder's _config.yml is read only if listed.")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = {"-b", "--baseurl"}, paramLabel = "URL",
            description = "The path the site is served under, such as /blog; overrides baseurl of the configuration. "
                    + "Root-relative links must start with it.")
    String baseUrl;

    @Option(names = "--fail-on-broken-links", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Exit with 1 when a link is broken (default). --no-fail-on-broken-links only reports "
                    + "them, as warnings, and exits with 0.")
    boolean failOnBrokenLinks;

    @Option(names = {"-q", "--quiet"}, description = "Print broken links and errors only.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LinkCheck check = LinkCheck.of(destination, source).withConfigFiles(configFiles).withBaseurl(baseUrl);
        if (!check.siteExists()) {
            err.println("There is no built site in " + check.site() + " to check: build it first (quire build"
                    + " -s " + check.source() + " -d " + check.site() + "), or pass the site's folder with -d");
            return 1;
        }
        LinkReport report;
        try {
            report = check.run();
        } catch (QuireException e) {
            err.println(e.problem().format() + " (fix the file, or pass --baseurl)");
            return 1;
        } catch (IOException e) {
            err.println("Quire could not read the site in " + check.site() + " or its configuration: " + e);
            return 1;
        }
        if (report.passed()) {
            if (!quiet) {
                out.println("Link check: " + report.summary());
            }
            return CommandLine.ExitCode.OK;
        }
        if (failOnBrokenLinks) {
            err.println(report.failure());
            return 1;
        }
        for (String line : report.lines()) {
            err.println("warning: " + line);
        }
        if (!quiet) {
            out.println("Link check: " + report.summary() + " (--no-fail-on-broken-links: not failing)");
        }
        return CommandLine.ExitCode.OK;
    }
}
