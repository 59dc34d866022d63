package dev.quire.renderers.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {

    private static final String URLSET = "<urlset xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd\" "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

    @Test
    void oneElementALineAsJekyllSitemapsMinifiedTemplate() {
        String xml = SitemapWriter.write(List.of(new SitemapEntries.Entry("https://x.org/", null),
                new SitemapEntries.Entry("https://x.org/a.html", "2024-01-01T00:00:00+00:00")), null);

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + URLSET
                + "<url>\n<loc>https://x.org/</loc>\n</url>\n"
                + "<url>\n<loc>https://x.org/a.html</loc>\n<lastmod>2024-01-01T00:00:00+00:00</lastmod>\n</url>\n"
                + "</urlset>\n", xml);
    }

    @Test
    void aStylesheetIsNamedAfterTheDeclaration() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"https://x.org/sitemap.xsl\"?>\n"
                + URLSET + "</urlset>\n", SitemapWriter.write(List.of(), "https://x.org/sitemap.xsl"));
    }
}
