package dev.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Command-line flags become the right {@link BuildOptions}; wrong usage is exit code 2. */
class BuildCommandOptionsTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Map<String, String> environment() {
        return Map.of("XDG_CACHE_HOME", root.resolve("cache").toString());
    }

    private BuildCommand parse(String... args) {
        CommandLine commandLine = Main.commandLine(new PrintWriter(out), new PrintWriter(err), environment());
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        return (BuildCommand) parsed.subcommand().commandSpec().userObject();
    }

    private BuildOptions options(String... args) throws IOException {
        return parse(args).options();
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment());
    }

    @Test
    void defaultsAreJekyllsCurrentFolderAndUnderscoreSite() throws IOException {
        BuildOptions options = options("build");

        Path here = Path.of("").toAbsolutePath();
        assertEquals(here, options.source());
        assertEquals(here.resolve("_site"), options.destination());
        assertEquals(List.of(), options.configFiles());
        assertEquals(Map.of(), options.overrides());
        assertEquals(Runtime.getRuntime().availableProcessors(), options.threads());
        assertEquals(StateDirectories.forDestination(here.resolve("_site"), environment()), options.stateDirectory());
        assertTrue(options.stateDirectory().startsWith(root.resolve("cache/quire")), options.stateDirectory().toString());
        assertEquals(Verbosity.NORMAL, parse("build").verbosity());
    }

    @Test
    void shortFlags() throws IOException {
        BuildOptions options = options("b", "-s", root.resolve("src").toString(), "-d", root.resolve("out").toString(),
                "-D", "-b", "/blog");

        assertEquals(root.resolve("src"), options.source());
        assertEquals(root.resolve("out"), options.destination());
        assertEquals(Map.of("show_drafts", true, "baseurl", "/blog"), options.overrides());
        assertEquals(Verbosity.VERBOSE, parse("build", "-V").verbosity());
        assertEquals(Verbosity.QUIET, parse("build", "-q").verbosity());
    }

    @Test
    void longFlags() throws IOException {
        BuildOptions options = options("build", "--source", root.resolve("src").toString(),
                "--destination", root.resolve("out").toString(), "--drafts", "--future", "--unpublished",
                "--baseurl", "/docs", "--threads", "3", "--state-dir", root.resolve("state").toString());

        assertEquals(root.resolve("src"), options.source());
        assertEquals(root.resolve("out"), options.destination());
        assertEquals(Map.of("show_drafts", true, "future", true, "unpublished", true, "baseurl", "/docs"),
                options.overrides());
        assertEquals(3, options.threads());
        assertEquals(root.resolve("state"), options.stateDirectory());
        assertEquals(Verbosity.VERBOSE, parse("build", "--verbose").verbosity());
        assertEquals(Verbosity.QUIET, parse("build", "--quiet").verbosity());
    }

    @Test
    void limitPostsIsAnOverrideOfZeroOrMore() throws IOException {
        assertEquals(Map.of("limit_posts", 5), options("build", "--limit_posts", "5").overrides());
        assertEquals(2, run("build", "--limit_posts", "-1", "-d", root.resolve("out").toString()));
        assertTrue(err.toString().contains("--limit_posts must be 0 or more"), err.toString());
    }

    @Test
    void configTakesACommaSeparatedListAndMayBeRepeated() throws IOException {
        BuildOptions options = options("build", "--config", root.resolve("a.yml") + "," + root.resolve("b.yml"),
                "--config", root.resolve("c.yml").toString());

        assertEquals(List.of(root.resolve("a.yml"), root.resolve("b.yml"), root.resolve("c.yml")), options.configFiles());
    }

    @Test
    void relativePathsAreResolvedAgainstTheCurrentFolder() throws IOException {
        BuildOptions options = options("build", "-s", "site", "-d", "out", "--config", "conf/a.yml");

        Path here = Path.of("").toAbsolutePath();
        assertEquals(here.resolve("site"), options.source());
        assertEquals(here.resolve("out"), options.destination());
        assertEquals(List.of(here.resolve("conf/a.yml")), options.configFiles());
    }

    @Test
    void verboseAndQuietTogetherAreAUsageError() {
        assertEquals(2, run("build", "-V", "-q"));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }

    @Test
    void threadsBelowOneIsAUsageError() {
        assertEquals(2, run("build", "--threads", "0", "-d", root.resolve("out").toString()));
        assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
        assertEquals(2, run("build", "--threads", "many"));
    }

    @Test
    void unknownFlagsAndCommandsAreUsageErrors() {
        assertEquals(2, run("build", "--watch-everything"));
        assertTrue(err.toString().contains("--watch-everything"), err.toString());
        assertEquals(2, run("serve-forever"));
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing command"), err.toString());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("Quire "), out.toString());
        assertTrue(out.toString().contains("Java "), out.toString());

        assertEquals(0, run("help", "build"));
        assertTrue(out.toString().contains("--unpublished"), out.toString());
        assertEquals(0, run("build", "--help"));
        assertEquals(0, run("help"));
        assertTrue(out.toString().contains("build, b"), out.toString());
    }
}
