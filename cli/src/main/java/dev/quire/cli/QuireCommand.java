package dev.quire.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level command: holds the subcommands; alone, it prints its usage and fails as a usage error. */
@Command(name = "quire", versionProvider = QuireVersion.class, synopsisSubcommandLabel = "COMMAND",
        description = "Builds Jekyll-style static sites (Markdown posts, YAML front matter, Liquid) on the JVM.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the build or the check failed (errors on stderr), 2 wrong usage."})
final class QuireCommand implements Callable<Integer> {

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean versionRequested;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    QuireCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The process environment (for the default state folder), given by {@link Main}. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command: try 'quire build', 'quire serve' or 'quire check'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
