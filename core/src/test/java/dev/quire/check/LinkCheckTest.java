package dev.quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private LinkCheck check() {
        return LinkCheck.of(root.resolve("out"), root.resolve("src"));
    }

    @Test
    void reportsEachBrokenLinkWithItsPageAndWhereItIsWrittenUnderTheConfiguredBaseurl() throws IOException {
        write("src/_config.yml", "baseurl: /docs\n");
        write("src/about.md", "---\n---\nSee [the team]({{ '/team.html' | relative_url }}).\n");
        write("out/about.html", "<h1 id=\"about\">About</h1><a href=\"/docs/team.html\">team</a>"
                + "<a href=\"/docs/about.html#nowhere\">x</a><a href=\"/docs/about.html#about\">fine</a>");

        LinkReport report = check().run();

        String page = root.resolve("out/about.html").toString();
        assertEquals(List.of(
                page + ": /docs/team.html (no file team.html in the site), written in "
                        + root.resolve("src/about.md") + ":3:20",
                page + ": /docs/about.html#nowhere (no element with id \"nowhere\" in about.html)"), report.lines());
        assertFalse(report.passed());
        assertEquals("2 broken links in " + root.resolve("out"), report.summary());
        String separator = System.lineSeparator() + "  ";
        assertEquals("Quire found 2 broken links in " + root.resolve("out") + ":" + separator + report.lines().get(0)
                + separator + report.lines().get(1), report.failure());
    }

    @Test
    void aSoundSitePassesAndSaysHowLongItTook() throws IOException {
        write("out/index.html", "<a href=\"about.html\">about</a>");
        write("out/about.html", "<a href=\"index.html\">home</a>");

        LinkReport report = check().run();

        assertTrue(report.passed());
        assertTrue(report.summary().matches("no broken links in .*out \\(\\d+ ms\\)"), report.summary());
    }

    @Test
    void theBaseurlGivenReplacesTheConfiguredOne() throws IOException {
        write("src/_config.yml", "baseurl: /docs\n");
        write("out/index.html", "<a href=\"/blog/index.html\">home</a>");

        assertFalse(check().run().passed());
        assertTrue(check().withBaseurl("/blog").run().passed());
    }

    @Test
    void namedConfigurationFilesAreReadInOrderAndTheSourceOnesAreNot() throws IOException {
        write("src/_config.yml", "baseurl: /docs\n");
        write("a.yml", "baseurl: /a\nurl: https://example.com\n");
        write("b.yml", "baseurl: /b\n");
        write("out/index.html", "<a href=\"https://example.com/b/index.html\">home</a>");

        assertTrue(check().withConfigFiles(List.of(root.resolve("a.yml"), root.resolve("b.yml"))).run().passed());
        assertFalse(check().withConfigFiles(List.of(root.resolve("b.yml"), root.resolve("a.yml"))).run().passed());
    }

    @Test
    void aConfigYamlFileIsReadWhenThereIsNoConfigYml() throws IOException {
        write("src/_config.yaml", "baseurl: /docs\n");

        assertEquals(new SiteAddress("/docs", null), SiteAddress.read(root.resolve("src"), List.of()));
        assertEquals(new SiteAddress(null, null), SiteAddress.read(root.resolve("nowhere"), List.of()));
    }

    @Test
    void aBrokenOrMissingConfigurationNamesTheFile() throws IOException {
        write("src/_config.yml", "title: ok\nbaseurl: [unclosed\n");
        write("out/index.html", "<p>x</p>");

        QuireException broken = assertThrows(QuireException.class, () -> check().run());
        assertTrue(broken.problem().format().startsWith(root.resolve("src/_config.yml") + ":2:10: invalid YAML"),
                broken.problem().format());

        QuireException missing = assertThrows(QuireException.class,
                () -> check().withConfigFiles(List.of(root.resolve("gone.yml"))).run());
        assertTrue(missing.problem().format().startsWith("the configuration file " + root.resolve("gone.yml")
                + " does not exist"), missing.problem().format());
    }

    @Test
    void aSiteThatIsNotThereIsSaidSo() {
        assertFalse(check().siteExists());
    }
}
