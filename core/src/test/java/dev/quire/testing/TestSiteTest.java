package dev.quire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The test site's build time and its access to the output. */
class TestSiteTest {

    @TempDir
    Path root;

    @Test
    void withTimeReplacesTheDefaultBuildTime() {
        Instant later = Instant.parse("2024-06-01T12:00:00Z");
        TestSite site = TestSite.create(root);

        assertEquals(TestSite.TIME, site.options().time());
        assertEquals(later, site.withTime(later).options().time());
        assertEquals(2, site.options().threads());
    }

    @Test
    void outputReadsAnOutputFileAsUtf8() throws IOException {
        TestSite site = TestSite.create(root);
        Files.createDirectories(site.destination().resolve("with space"));
        Files.writeString(site.destination().resolve("with space/é.txt"), "naïve\r\n");

        assertEquals("naïve\r\n", site.output("with space/é.txt"));
        assertTrue(site.hasOutput("with space/é.txt"));
        assertTrue(site.hasOutput("with space"), "a folder is output too");
        assertFalse(site.hasOutput("missing.txt"));
    }

    @Test
    void outputOfAMissingFileFailsListingTheOutput() throws IOException {
        TestSite site = TestSite.create(root);
        Files.createDirectories(site.destination().resolve("a"));
        Files.writeString(site.destination().resolve("a/b.html"), "b");
        Files.writeString(site.destination().resolve("c.html"), "c");

        AssertionFailedError missing = assertThrows(AssertionFailedError.class, () -> site.output("d.html"));
        assertEquals("no output file d.html; the output holds [a/b.html, c.html]", missing.getMessage());
        AssertionFailedError folder = assertThrows(AssertionFailedError.class, () -> site.output("a"));
        assertTrue(folder.getMessage().startsWith("no output file a;"), folder.getMessage());
    }

    @Test
    void outputFilesStayInsideTheOutputFolder() {
        TestSite site = TestSite.create(root);

        assertEquals(site.destination().resolve("a/b.html"), site.outputFile("a/./b.html"));
        assertThrows(IllegalArgumentException.class, () -> site.outputFile("../source/secret.txt"));
        assertThrows(IllegalArgumentException.class, () -> site.hasOutput("../state"));
    }
}
