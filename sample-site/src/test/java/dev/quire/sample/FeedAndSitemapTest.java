package dev.quire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.Quire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The sample site's feed is Atom (RFC 4287's required elements) and its sitemap follows the sitemaps.org protocol. */
class FeedAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The protocol's schema, written from https://www.sitemaps.org/protocol.html for the renderer's own tests. */
    private static final Path SITEMAP_SCHEMA = Path.of("../renderers/src/test/resources/sitemap/sitemap-protocol.xsd");

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = work.resolve("site");
        new Quire().build(BuildOptions.of(Path.of("src/site"), site, work.resolve("state")), BuildListener.SILENT);
    }

    @Test
    void theFeedIsAtomWithEveryRequiredElement() throws Exception {
        Document feed = parse(site.resolve("feed.xml"));
        Element root = feed.getDocumentElement();

        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertFalse(text(root, required).isBlank(), "feed/" + required);
        }
        assertTrue(hasLink(root, "self"), "feed has a link rel=self");
        assertFalse(text(root, "author").isBlank(), "the feed names its author, so entries need not");
        List<Element> entries = children(root, "entry");
        assertEquals(3, entries.size(), "one entry per post");
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertFalse(text(entry, required).isBlank(), "entry/" + required);
            }
            assertTrue(hasLink(entry, "alternate"), "entry has a link rel=alternate");
        }
        assertTrue(text(entries.get(2), "title").contains("Deep Learning and Neural Networks"), "oldest last");
        assertTrue(text(entries.get(2), "content").contains("Ian Goodfellow"));
    }

    @Test
    void theSitemapMatchesTheSitemapsOrgSchemaAndListsThePages() throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SITEMAP_SCHEMA.toFile())
                .newValidator().validate(new StreamSource(site.resolve("sitemap.xml").toFile()));

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (String url : List.of("https://quire.example/coursera%20reviews/2019/02/12/deep-learning-and-neural-networks.html",
                "https://quire.example/docs/building.html", "https://quire.example/page2/",
                "https://quire.example/category/coursera-reviews/")) {
            assertTrue(sitemap.contains("<loc>" + url + "</loc>"), url + " in " + sitemap);
        }
        assertEquals("Sitemap: https://quire.example/sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    private static boolean hasLink(Element parent, String rel) {
        return children(parent, "link").stream().anyMatch(link -> rel.equals(link.getAttribute("rel"))
                && !link.getAttribute("href").isBlank());
    }
}
