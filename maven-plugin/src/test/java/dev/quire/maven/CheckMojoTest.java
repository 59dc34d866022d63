package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.sourceDirectory = project.resolve("src/site").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.failOnBrokenLinks = true;
        mojo.setLog(log);
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void brokenSite() throws IOException {
        write("src/site/_config.yml", "baseurl: /docs\n");
        write("src/site/about.md", "---\n---\n# About\n\nSee [the team]({{ '/team.html' | relative_url }}).\n");
        write("target/site/about.html", "<h1 id=\"about\">About</h1><a href=\"/docs/team.html\">the team</a>"
                + "<a href=\"/docs/index.html#about\">home</a>");
        write("target/site/index.html", "<a href=\"/docs/about.html#about\">fine</a>");
    }

    @Test
    void aBrokenLinkFailsNamingThePageAndWhereItIsWritten() throws Exception {
        brokenSite();

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

        String page = project.resolve("target/site/about.html").toAbsolutePath().toString();
        String source = project.resolve("src/site/about.md").toAbsolutePath().toString();
        List<String> expected = List.of(
                page + ": /docs/team.html (no file team.html in the site), written in " + source + ":5:20",
                page + ": /docs/index.html#about (no element with id \"about\" in index.html)");
        assertEquals(expected, log.at("ERROR"));
        assertTrue(failure.getMessage().startsWith("Quire found 2 broken links in "), failure.getMessage());
        assertTrue(failure.getMessage().contains(expected.get(0)), failure.getMessage());
    }

    @Test
    void withoutFailOnBrokenLinksTheyAreWarnings() throws Exception {
        brokenSite();
        CheckMojo mojo = mojo();
        mojo.failOnBrokenLinks = false;

        mojo.execute();

        assertEquals(3, log.at("WARN").size(), log.lines::toString);
        assertEquals(List.of(), log.at("ERROR"));
    }

    @Test
    void aSoundSitePasses() throws Exception {
        write("target/site/index.html", "<a href=\"about.html\">about</a>");
        write("target/site/about.html", "<a href=\"index.html\">home</a>");

        mojo().execute();

        assertEquals(1, log.at("INFO").size());
        assertTrue(log.at("INFO").get(0).startsWith("[quire] check: no broken links in "), log.lines::toString);
    }

    @Test
    void noSiteIsAFailureThatSaysToBuildFirst() {
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertTrue(failure.getMessage().contains("build it first"), failure.getMessage());
    }

    @Test
    void aConfigurationThatIsNotYamlFailsNamingTheFileAndLine() throws Exception {
        write("src/site/_config.yml", "title: ok\nbaseurl: [unclosed\n");
        write("target/site/index.html", "<p>x</p>");

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

        String file = project.resolve("src/site/_config.yml").toString();
        assertTrue(failure.getMessage().startsWith(file + ":2:10: invalid YAML"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(fix the file, or set quire.baseUrl)"), failure.getMessage());
    }

    @Test
    void theBaseurlOfAConfigYamlFileIsReadToo() throws Exception {
        write("src/site/_config.yaml", "baseurl: /docs\n");
        write("target/site/index.html", "<a href=\"/docs/about.html\">about</a>");
        write("target/site/about.html", "<p>about</p>");

        mojo().execute();

        assertEquals(List.of(), log.at("ERROR"));
    }
}
