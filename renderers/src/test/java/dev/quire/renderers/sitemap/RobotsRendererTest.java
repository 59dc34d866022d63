package dev.quire.renderers.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobotsRendererTest {

    @TempDir
    Path folder;

    private TestSite site(String config) {
        return TestSite.create(folder).write("_config.yml", config).write("index.md", "---\n---\nHi.\n");
    }

    @Test
    void namesTheSitemapByItsAbsoluteUrl() throws Exception {
        TestSite site = site("url: https://example.org/\nbaseurl: /b/\n");
        site.build();
        assertEquals("Sitemap: https://example.org/b/sitemap.xml\n", site.output("robots.txt"));
    }

    @Test
    void withoutUrlTheSitemapIsNamedByItsPathAsJekyllSitemapDoes() throws Exception {
        TestSite site = site("title: x\n");
        site.build();
        assertEquals("Sitemap: /sitemap.xml\n", site.output("robots.txt"));
    }

    @Test
    void aSitesOwnRobotsTxtIsKept() throws Exception {
        TestSite site = site("url: https://example.org\n").write("robots.txt", "User-agent: *\n");
        site.build();
        assertEquals("User-agent: *\n", site.output("robots.txt"));
    }

    @Test
    void noneWithoutTheSitemapOrWhenSwitchedOff() throws Exception {
        TestSite site = site("sitemap: false\n");
        site.build();
        assertFalse(site.hasOutput("robots.txt"));
        site.write("_config.yml", "quire:\n  disable: [sitemap]\n").build();
        assertFalse(site.hasOutput("robots.txt"));
        site.write("_config.yml", "robots: false\n").build();
        assertFalse(site.hasOutput("robots.txt"));
        site.write("_config.yml", "quire:\n  disable: [robots]\n").build();
        assertFalse(site.hasOutput("robots.txt"));
    }
}
