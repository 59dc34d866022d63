package dev.quire.cli;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildReports;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quire build}: Jekyll's {@code jekyll build} flags, turned into {@link BuildOptions}. */
@Command(name = "build", aliases = "b", sortOptions = false,
        description = "Builds the site in the source folder into the destination folder.",
        footer = {"", "Relative paths are resolved against the current folder, as Jekyll does.",
                "Exit codes: 0 success, 1 the build failed (errors on stderr), 2 wrong usage."})
class BuildCommand implements Callable<Integer> {

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "The site's source folder (default: the current folder).")
    Path source;

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR", defaultValue = "_site",
            description = "The output folder (default: ./_site). It may lie in the source folder only in a "
                    + "folder whose name starts with '_' or '.', such as _site.")
    Path destination;

    @Option(names = "--config", paramLabel = "FILE", split = ",",
            description = "Configuration files, comma-separated or repeated; later files override earlier "
                    + "ones. When given, the source folder's _config.yml is read only if listed.")
    List<Path> configFiles = new ArrayList<>();

    @Option(names = {"-D", "--drafts"}, description = "Publish the drafts in _drafts (show_drafts).")
    boolean drafts;

    @Option(names = "--future", description = "Publish posts dated after the build time (future).")
    boolean future;

    @Option(names = "--unpublished", description = "Publish documents with 'published: false' (unpublished).")
    boolean unpublished;

    @Option(names = "--limit_posts", paramLabel = "N",
            description = "Build only the N newest posts (limit_posts; 0 builds all).")
    Integer limitPosts;

    @Option(names = {"-b", "--baseurl"}, paramLabel = "URL",
            description = "The path the site is served under, such as /blog; overrides baseurl of the configuration.")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). The output is the same for any N.")
    Integer threads;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where Quire keeps the list of files it wrote (default: a folder per destination "
                    + "under $XDG_CACHE_HOME/quire or ~/.cache/quire).")
    Path stateDirectory;

    @ArgGroup(exclusive = true)
    VerbosityFlags verbosityFlags;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    @ParentCommand
    QuireCommand parent;

    @Spec
    CommandSpec spec;

    /** {@code -V} and {@code -q} exclude each other. */
    static final class VerbosityFlags {
        @Option(names = {"-V", "--verbose"},
                description = "Print the folders, one line per phase, and the files skipped on purpose.")
        boolean verbose;

        @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
        boolean quiet;
    }

    Verbosity verbosity() {
        if (verbosityFlags == null) {
            return Verbosity.NORMAL;
        }
        return verbosityFlags.verbose ? Verbosity.VERBOSE : verbosityFlags.quiet ? Verbosity.QUIET : Verbosity.NORMAL;
    }

    /** What the flags ask of Quire; a wrong value is a usage error. */
    BuildOptions options() throws IOException {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        Path state = stateDirectory != null ? stateDirectory
                : StateDirectories.forDestination(destination, parent.environment());
        BuildOptions options = BuildOptions.of(source, destination, state).withConfigFiles(configFiles);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (limitPosts != null) {
            if (limitPosts < 0) {
                throw new ParameterException(spec.commandLine(), "--limit_posts must be 0 or more, not " + limitPosts);
            }
            options = options.withOverride("limit_posts", limitPosts);
        }
        if (baseUrl != null) {
            options = options.withOverride("baseurl", baseUrl);
        }
        if (drafts) {
            options = options.withOverride("show_drafts", true);
        }
        if (future) {
            options = options.withOverride("future", true);
        }
        if (unpublished) {
            options = options.withOverride("unpublished", true);
        }
        return options;
    }

    @Override
    public Integer call() throws IOException {
        BuildOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Verbosity verbosity = verbosity();
        printFolders(options, out, verbosity);
        BuildResult result;
        try {
            result = new Quire(BuildCommand.class.getClassLoader())
                    .build(options, new ConsoleBuildListener(out, err, verbosity, options.source()));
        } catch (BuildFailedException e) {
            err.println(BuildReports.failure(e, options.source()));
            if (verbosity == Verbosity.VERBOSE) {
                for (Throwable cause : e.getSuppressed()) {
                    err.println("Exception behind an error above:");
                    cause.printStackTrace(err);
                }
            }
            return 1;
        } catch (IOException e) {
            err.println("Quire could not read the site's source folder " + options.source() + ": " + e);
            return 1;
        }
        if (verbosity != Verbosity.QUIET) {
            out.println(BuildReports.success(result));
        }
        return CommandLine.ExitCode.OK;
    }

    /** In verbose mode, the folders and configuration files a build uses. */
    static void printFolders(BuildOptions options, PrintWriter out, Verbosity verbosity) {
        if (verbosity == Verbosity.VERBOSE) {
            out.println("Source:        " + options.source());
            out.println("Destination:   " + options.destination());
            out.println("State:         " + options.stateDirectory());
            out.println("Configuration: " + (options.configFiles().isEmpty() ? "_config.yml of the source folder"
                    : options.configFiles().stream().map(Path::toString).collect(Collectors.joining(", "))));
        }
    }
}
