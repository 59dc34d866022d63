package dev.quire.renderers.sitemap;

import java.util.List;

/** {@code sitemap.xml} as jekyll-sitemap's template prints it once minified: one element a line, no indentation. */
final class SitemapWriter {

    private SitemapWriter() {
    }

    /** @param stylesheet the absolute URL of the site's {@code sitemap.xsl}, or {@code null} */
    static String write(List<SitemapEntries.Entry> entries, String stylesheet) {
        StringBuilder xml = new StringBuilder(256 + entries.size() * 120);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (stylesheet != null) {
            xml.append("<?xml-stylesheet type=\"text/xsl\" href=\"").append(stylesheet).append("\"?>\n");
        }
        xml.append("<urlset xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                + "http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd\""
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapEntries.Entry entry : entries) {
            xml.append("<url>\n<loc>").append(entry.loc()).append("</loc>\n");
            if (entry.lastmod() != null) {
                xml.append("<lastmod>").append(entry.lastmod()).append("</lastmod>\n");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
