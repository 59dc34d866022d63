package dev.quire.renderers.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.testing.TestSite;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The sitemap renderer in whole builds: what it lists, when it stays silent, and that its output keeps the sitemaps.org protocol. */
class SitemapRendererTest {

    private static final Pattern LOC = Pattern.compile("<loc>(.*?)</loc>");

    @TempDir
    Path folder;

    private TestSite blog() {
        return TestSite.create(folder)
                .write("_config.yml", "title: Blog\nurl: https://example.org\nbaseurl: /b\n"
                        + "collections:\n  docs:\n    output: true\n  notes:\n    output: false\n"
                        + "defaults:\n  - scope: {path: drafts-area}\n    values: {sitemap: false}\n")
                .write("index.md", "---\ntitle: Home\n---\nHome.\n")
                .write("about/index.md", "---\ntitle: About\nlast_modified_at: 2023-05-01\n---\nAbout.\n")
                .write("hidden.md", "---\nsitemap: false\n---\nHidden.\n")
                .write("drafts-area/wip.html", "---\n---\n<p>wip</p>\n")
                .write("404.html", "---\n---\n<p>Not found</p>\n")
                .write("data.json", "---\n---\n{}\n")
                .write("_posts/2023-01-01-one.md", "---\ntitle: One & two\n---\nOne.\n")
                .write("_docs/guide.md", "---\ntitle: Guide\n---\nGuide.\n")
                .write("_docs/manual.pdf", "pdf")
                .write("_docs/future.md", "---\ntitle: Later\ndate: 2999-01-01\n---\nLater.\n")
                .write("_notes/n.md", "---\ntitle: Note\n---\nNote.\n")
                .write("files/report.pdf", "pdf")
                .write("files/style.css", "a{}");
    }

    private static List<String> locs(String xml) {
        Matcher matcher = LOC.matcher(xml);
        List<String> locs = new java.util.ArrayList<>();
        while (matcher.find()) {
            locs.add(matcher.group(1));
        }
        return locs;
    }

    @Test
    void listsWhatTheBuildWritesAtItsUrlsLeavingOutSitemapFalseAnd404() throws Exception {
        TestSite site = blog();
        site.build();

        // a collection's static file at the URL it is written to (jekyll-sitemap names its source path,
        // /_docs/manual.pdf); the future document of a collection is not written, so not listed
        assertEquals(List.of("https://example.org/b/docs/guide.html", "https://example.org/b/2023/01/01/one.html",
                "https://example.org/b/about/", "https://example.org/b/", "https://example.org/b/files/report.pdf",
                "https://example.org/b/docs/manual.pdf"), locs(site.output("sitemap.xml")));
    }

    @Test
    void theOutputKeepsTheSitemapsProtocol() throws Exception {
        TestSite site = blog();
        site.build();

        validator().validate(new StreamSource(new StringReader(site.output("sitemap.xml"))));
    }

    @Test
    void theProtocolSchemaRejectsWhatTheProtocolForbids() throws Exception {
        Validator validator = validator();
        String head = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url>";
        validator.validate(new StreamSource(new StringReader(head + "<loc>https://x.org/</loc><lastmod>2024-01-01</lastmod>"
                + "<changefreq>weekly</changefreq><priority>0.5</priority></url></urlset>")));
        for (String bad : List.of("<lastmod>2024-01-01</lastmod>", "<loc>/relative/</loc>",
                "<loc>https://x.org/</loc><lastmod>2024/01/01</lastmod>",
                "<loc>https://x.org/</loc><lastmod>2024-01-01T10:00</lastmod>",
                "<loc>https://x.org/</loc><changefreq>sometimes</changefreq>",
                "<loc>https://x.org/</loc><priority>1.5</priority>",
                "<loc>https://x.org/" + "a".repeat(2048) + "</loc>")) {
            assertThrows(SAXException.class, () -> validator.validate(new StreamSource(new StringReader(head + bad
                    + "</url></urlset>"))), bad);
        }
    }

    @Test
    void aSitesOwnSitemapIsKept() throws Exception {
        TestSite site = blog().write("sitemap.xml", "mine");
        site.build();
        assertEquals("mine", site.output("sitemap.xml"));
    }

    @Test
    void offBySitemapFalseOrByDisablingThePlugin() throws Exception {
        TestSite site = blog().write("_config.yml", "sitemap: false\n");
        site.build();
        assertFalse(site.hasOutput("sitemap.xml"));
        site.write("_config.yml", "quire: {disable: [sitemap]}\n").build();
        assertFalse(site.hasOutput("sitemap.xml"));
    }

    @Test
    void aNonDateLastModifiedFailsNamingThePage() {
        TestSite site = blog().write("about/index.md", "---\nlast_modified_at: yesterday\n---\nAbout.\n");
        Problem problem = site.buildFails().errors().get(0);
        assertEquals("about/index.md", problem.location().file());
        assertTrue(problem.message().contains("last_modified_at"), problem.message());
    }

    /** A validator of the sitemaps.org protocol, never reaching out for a schema the document names. */
    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(SitemapRendererTest.class.getResource("/sitemap/sitemap-protocol.xsd"));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return validator;
    }
}
