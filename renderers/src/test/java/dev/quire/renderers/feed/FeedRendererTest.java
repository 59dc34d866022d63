package dev.quire.renderers.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The feed renderer in a whole build: switched on and off, leaving a site's own feed alone, and valid Atom. */
class FeedRendererTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path folder;

    private TestSite blog() {
        return TestSite.create(folder)
                .write("_config.yml", "title: Blog\nurl: https://example.org\nauthor: Ann\n")
                .write("_posts/2023-01-01-one.md", "---\ntitle: One\n---\nFirst & only <b>paragraph</b>.\n")
                .write("_posts/2023-01-02-two.md", "---\ntitle: \"Two: <i>2</i>\"\ntags: [a]\n---\nTwo.\n\nMore.\n")
                .write("_posts/2023-01-03-three.md", "---\ntitle: Three\nauthor: {name: Bob, email: b@x.org}\n---\n");
    }

    @Test
    void aBlogGetsFeedXmlThatIsAtomByRfc4287() throws Exception {
        TestSite site = blog();
        site.build();

        org.w3c.dom.Document xml = parse(site.output("feed.xml"));
        Element feed = xml.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        // atom:feed: exactly one id, title, updated; a link rel="self" (recommended); an author, or one per entry
        assertEquals(1, children(feed, "id").size());
        assertEquals(1, children(feed, "title").size());
        assertEquals(1, children(feed, "updated").size());
        assertTrue(isDateTime(children(feed, "updated").get(0).getTextContent()));
        assertTrue(children(feed, "link").stream().anyMatch(link -> "self".equals(link.getAttribute("rel"))
                && link.getAttribute("href").equals("https://example.org/feed.xml")));
        List<Element> entries = children(feed, "entry");
        assertEquals(3, entries.size());
        boolean feedAuthor = !children(feed, "author").isEmpty();
        for (Element entry : entries) {
            assertEquals(1, children(entry, "id").size());
            assertEquals(1, children(entry, "title").size());
            assertEquals(1, children(entry, "updated").size());
            assertTrue(isDateTime(children(entry, "updated").get(0).getTextContent()));
            assertTrue(feedAuthor || !children(entry, "author").isEmpty());
            // without content, an entry must link to its page: rel="alternate"
            assertTrue(children(entry, "link").stream().anyMatch(link -> "alternate".equals(link.getAttribute("rel"))));
            for (Element author : children(entry, "author")) {
                assertEquals(1, children(author, "name").size());
            }
        }
        assertEquals("Three", children(entries.get(0), "title").get(0).getTextContent());
        assertEquals("<p>First &amp; only <b>paragraph</b>.</p>",
                children(entries.get(2), "content").get(0).getTextContent());
    }

    @Test
    void offByFeedFalseOrByDisablingThePlugin() throws Exception {
        TestSite site = blog();
        site.write("_config.yml", "title: Blog\nfeed: false\n").build();
        assertFalse(site.hasOutput("feed.xml"));

        site.write("_config.yml", "title: Blog\nquire:\n  disable: [feed]\n").build();
        assertFalse(site.hasOutput("feed.xml"));
    }

    @Test
    void aSitesOwnFeedXmlIsWrittenInstead() throws Exception {
        TestSite site = blog().write("feed.xml", "---\nlayout: null\n---\n<mine>{{ site.posts.size }}</mine>\n");
        site.build();
        assertEquals("<mine>3</mine>\n", site.output("feed.xml"));
    }

    @Test
    void aSiteWithoutUrlLinksRelativelyAsJekyllFeedDoes() throws Exception {
        TestSite site = blog().write("_config.yml", "title: Blog\nbaseurl: /b\n");
        site.build();
        String xml = site.output("feed.xml");
        assertTrue(xml.contains("<link href=\"/b/feed.xml\" rel=\"self\""), xml);
        assertTrue(xml.contains("<id>/b/2023/01/03/three</id>"), xml);
    }

    @Test
    void aWrongOptionTypeFailsTheBuildNamingConfigYmlAndTheLine() {
        TestSite site = blog().write("_config.yml", "title: Blog\nfeed:\n  posts_limit: [1]\n");
        BuildFailedException e = site.buildFails();
        Problem problem = e.errors().get(0);
        assertEquals("_config.yml", problem.location().file());
        assertEquals(3, problem.location().line());
        assertTrue(problem.message().contains("feed.posts_limit"), problem.message());
    }

    @Test
    void aFeedForACollectionTheSiteLacksIsAnError() {
        TestSite site = blog().write("_config.yml", "title: Blog\nfeed:\n  collections: [recipes]\n");
        Problem problem = site.buildFails().errors().get(0);
        assertEquals("_config.yml", problem.location().file());
        assertTrue(problem.message().contains("'recipes'"), problem.message());
    }

    @Test
    void aFeedForACollectionTheSiteLacksIsNamedWhereTheOptionIsSet() {
        TestSite site = blog().write("_config.yml", "title: Blog\nfeed:\n  path: f.xml\n")
                .write("_config_local.yml", "feed:\n  path: g.xml\n  collections: [recipes]\n");
        Problem problem = site.buildFails(options -> options.withConfigFiles(
                List.of(site.file("_config.yml"), site.file("_config_local.yml")))).errors().get(0);
        assertEquals("_config_local.yml:3:3", problem.location().toString());
        assertTrue(problem.message().contains("'recipes'"), problem.message());
    }

    @Test
    void theOutputIsTheSameWithManyThreads() throws Exception {
        TestSite site = blog().write("_config.yml", "title: Blog\nfeed:\n  tags: true\n  categories: [x]\n");
        site.build(options -> options.withThreads(1));
        String one = site.output("feed.xml") + site.output("feed/by_tag/a.xml");
        site.build(options -> options.withThreads(4));
        assertEquals(one, site.output("feed.xml") + site.output("feed/by_tag/a.xml"));
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The Atom-namespace children of an element with this local name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** RFC 3339 date-time, as RFC 4287's date constructs require. */
    private static boolean isDateTime(String text) {
        try {
            java.time.OffsetDateTime.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
