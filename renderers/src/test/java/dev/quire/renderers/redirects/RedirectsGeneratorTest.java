package dev.quire.renderers.redirects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirects beyond what the {@code redirects} compatibility fixture checks against Jekyll: the
 * site's own redirect layout and redirects.json, and bad input.
 */
class RedirectsGeneratorTest {

    @TempDir
    Path folder;

    @Test
    void anOldUrlClimbingOutOfTheOutputFolderIsAnErrorNamingTheFile() {
        TestSite site = TestSite.create(folder).write("about.md", "---\ntitle: About\nredirect_from: ../../etc/passwd\n---\nx");

        BuildFailedException e = site.buildFails();

        assertEquals(List.of("about.md:3:1: redirect_from '../../etc/passwd' is no URL inside the site: '..' climbs out of"
                + " the folder it is in (write the old URL from the site's root, such as 'redirect_from: /old/page/')"),
                e.errors().stream().map(Problem::format).toList());
    }

    @Test
    void anOldUrlThatAnotherPageHasIsAnErrorNamingBoth() {
        TestSite site = TestSite.create(folder).write("about.md", "---\nredirect_from: /contact.html\n---\nx")
                .write("contact.md", "---\n---\nhere");

        BuildFailedException e = site.buildFails();

        assertEquals(List.of("contact.md: 'contact.md' and 'about.md (made by generator 'redirects')' are both written"
                + " to 'contact.html' (give one of them another permalink (front matter 'permalink:'))"),
                e.errors().stream().map(Problem::format).toList());
    }

    @Test
    void theSitesRedirectLayoutWins() throws Exception {
        TestSite site = TestSite.create(folder).write("about.md", "---\nredirect_from: /old/\n---\nx")
                .write("_layouts/redirect.ftlh", "to ${page.redirect.to} from ${page.redirect.from}");

        site.build();

        assertEquals("to /about.html from /old/", site.output("old/index.html"));
    }

    @Test
    void theSitesOwnRedirectsJsonIsKept() throws Exception {
        TestSite site = TestSite.create(folder).write("about.md", "---\nredirect_from: /old/\n---\nx")
                .write("redirects.json", "{\"mine\": true}");

        site.build();

        assertEquals("{\"mine\": true}", site.output("redirects.json"));
        assertTrue(site.output("old/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=/about.html\">"));
    }

    @Test
    void redirectToReplacesThePageAndKeepsItsUrl() throws Exception {
        TestSite site = TestSite.create(folder).write("_config.yml", "url: https://example.org\n")
                .write("_layouts/default.ftlh", "LAYOUT ${content}")
                .write("moved.md", "---\nlayout: default\nredirect_to: /new/\n---\n# Gone");

        site.build();

        String page = site.output("moved.html");
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.org/new/\">"), page);
        assertFalse(page.contains("LAYOUT") || page.contains("Gone"), page);
        assertEquals("{\"/moved.html\":\"https://example.org/new/\"}", site.output("redirects.json"));
    }

    @Test
    void aSiteWithoutRedirectsGetsNoRedirectsJson() throws Exception {
        TestSite site = TestSite.create(folder).write("about.md", "---\n---\nx");

        site.build();

        // jekyll-redirect-from writes {} whenever a site adds it; Quire's plugin is on for every site
        assertFalse(site.hasOutput("redirects.json"));
    }
}
