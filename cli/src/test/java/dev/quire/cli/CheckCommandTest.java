package dev.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code quire check} on sites that {@code quire build} wrote, in this JVM: exit codes and what is printed. */
class CheckCommandTest extends SiteCommandTestBase {

    private static final String NL = System.lineSeparator();

    /** A site served under /blog, with the default theme; its post links to itself and to its home page. */
    private void writeSite() throws IOException {
        write("_config.yml", "title: Checked\nbaseurl: /blog\n");
        write("index.md", "---\nlayout: home\n---\nWelcome.\n");
        write("_posts/2024-01-02-hello.md", "---\nlayout: post\n---\n## Start\n\n"
                + "Back [home]({{ '/' | relative_url }}), up to [the start](#start).\n");
    }

    /** Runs {@code quire ARGS} with fresh output buffers and a private cache folder. */
    private int quire(String... args) {
        return run(List.of(args));
    }

    private void build() {
        assertEquals(0, quire("build", "-q", "-s", source().toString(), "-d", output().toString()), err::toString);
    }

    private int check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "-s", source().toString(), "-d", output().toString()));
        all.addAll(List.of(args));
        return quire(all.toArray(String[]::new));
    }

    @Test
    void aBuiltSiteWithoutBrokenLinksExitsZero() throws IOException {
        writeSite();
        build();

        assertEquals(0, check());

        assertEquals("", err.toString());
        assertTrue(out.toString().matches("Link check: no broken links in " + java.util.regex.Pattern.quote(
                output().toString()) + " \\(\\d+ ms\\)" + NL), out.toString());
        assertEquals(0, check("-q"));
        assertEquals("", out.toString());
    }

    @Test
    void aBrokenLinkExitsOneNamingThePageAndTheSourceFileLineAndColumn() throws IOException {
        writeSite();
        write("about.md", "---\nlayout: page\n---\n# About\n\nSee [the team]({{ '/team.html' | relative_url }}).\n");
        build();

        assertEquals(1, check());

        String page = output().resolve("about.html").toString();
        String written = source().resolve("about.md").toString();
        assertEquals("Quire found 1 broken link in " + output() + ":" + NL
                + "  " + page + ": /blog/team.html (no file team.html in the site), written in " + written + ":6:20" + NL,
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void noFailOnBrokenLinksReportsThemAsWarningsAndExitsZero() throws IOException {
        writeSite();
        write("about.md", "---\nlayout: page\n---\nSee [nowhere](#nowhere).\n");
        build();

        assertEquals(0, check("--no-fail-on-broken-links"));

        String page = output().resolve("about.html").toString();
        assertEquals("warning: " + page + ": #nowhere (no element with id \"nowhere\" in about.html), written in "
                + source().resolve("about.md") + ":4:15" + NL, err.toString());
        assertEquals("Link check: 1 broken link in " + output() + " (--no-fail-on-broken-links: not failing)" + NL,
                out.toString());
    }

    @Test
    void theBaseurlComesFromTheConfigFilesOrTheFlagAsForBuild() throws IOException {
        writeSite();
        build();
        Path other = root.resolve("other.yml");
        Files.writeString(other, "baseurl: /elsewhere\n");

        assertEquals(1, check("--config", other.toString()));
        assertTrue(err.toString().contains("(outside the site's baseurl /elsewhere)"), err.toString());

        assertEquals(1, check("-b", "/elsewhere"));
        assertEquals(0, check("--config", other.toString(), "--baseurl", "/blog"), err::toString);
    }

    @Test
    void aMissingSiteSaysToBuildItFirst() throws IOException {
        writeSite();

        assertEquals(1, check());

        assertEquals("There is no built site in " + output() + " to check: build it first (quire build -s " + source()
                + " -d " + output() + "), or pass the site's folder with -d" + NL, err.toString());
        assertFalse(Files.exists(output()));
    }

    @Test
    void aBrokenConfigurationNamesTheFileAndLine() throws IOException {
        writeSite();
        build();
        write("_config.yml", "title: ok\nbaseurl: [unclosed\n");

        assertEquals(1, check());

        assertTrue(err.toString().startsWith(source().resolve("_config.yml") + ":2:10: invalid YAML"), err.toString());
        assertTrue(err.toString().endsWith("(fix the file, or pass --baseurl)" + NL), err.toString());
    }

    private CheckCommand parse(String... args) {
        return (CheckCommand) Main.commandLine(new PrintWriter(out), new PrintWriter(err), Map.of())
                .parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void defaultsAreTheCurrentFolderAndUnderscoreSiteAsForBuild() {
        CheckCommand command = parse("check");

        assertEquals(Path.of("."), command.source);
        assertEquals(Path.of("_site"), command.destination);
        assertTrue(command.failOnBrokenLinks);
        assertTrue(parse("check", "--fail-on-broken-links").failOnBrokenLinks);
        assertFalse(parse("check", "--no-fail-on-broken-links").failOnBrokenLinks);
        assertEquals(2, quire("check", "--fail-on-broken-links=maybe"));
        assertEquals(0, quire("help", "check"));
        assertTrue(out.toString().contains("--[no-]fail-on-broken-links"), out.toString());
    }
}
