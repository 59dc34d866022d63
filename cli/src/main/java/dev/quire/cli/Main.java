package dev.quire.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code quire} command: {@code java -jar quire-cli.jar build -s SITE -d OUT}. Exit codes: 0
 * success, 1 the build failed (errors on stderr), 2 wrong usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and environment; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return commandLine(out, err, environment).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new QuireCommand(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }
}
