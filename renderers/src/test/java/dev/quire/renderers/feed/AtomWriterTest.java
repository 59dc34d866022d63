package dev.quire.renderers.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomWriterTest {

    @TempDir
    Path root;

    private AtomWriter writer(Map<String, ?> config, Map<String, Object> data) {
        Site site = new Site(TestContexts.config(root, config), List.of(), List.of(), List.of(), Map.of(), List.of(), data);
        return new AtomWriter(site, FeedOptions.KEY.defaults());
    }

    private AtomWriter writer(Map<String, ?> config) {
        return writer(config, Map.of());
    }

    @Test
    void theHeadNamesTheFeedTheSiteAndQuire() {
        String xml = writer(Map.of("title", "A & B", "url", "https://x.org", "baseurl", "/b", "lang", "de",
                "author", "Ann")).feed(new Feed("/feed/news.xml", "posts", "news", null), List.of(
                new AtomWriter.Entry("<entry/>", "2023-05-01T10:00:00+02:00"),
                new AtomWriter.Entry("<entry/>", "2023-05-01T09:00:00+00:00")), false);

        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">"
                + "<generator>Quire</generator>"
                + "<link href=\"https://x.org/b/feed/news.xml\" rel=\"self\" type=\"application/atom+xml\" />"
                + "<link href=\"https://x.org/b/\" rel=\"alternate\" type=\"text/html\" hreflang=\"de\" />"
                + "<updated>2023-05-01T09:00:00+00:00</updated><id>https://x.org/b/feed/news.xml</id>"
                + "<title type=\"html\">A &amp;amp; B | News</title><author><name>Ann</name></author><entry/><entry/></feed>",
                xml);
    }

    @Test
    void aFeedWithoutEntriesWasUpdatedAtTheSitesTime() {
        assertTrue(writer(Map.of("timezone", "Europe/Paris")).feed(new Feed("/feed.xml", "posts", null, null), List.of(), false)
                .contains("<updated>2024-01-01T01:00:00+01:00</updated>"));
    }

    @Test
    void withoutATitleOrNameAPostsFeedHasNoTitleAndACollectionsFeedOnlyItsLabel() {
        assertFalse(writer(Map.of()).feed(new Feed("/feed.xml", "posts", null, null), List.of(), false).contains("<title"));
        assertTrue(writer(Map.of("name", "N")).feed(new Feed("/feed.xml", "posts", null, null), List.of(), false)
                .contains("<title type=\"html\">N</title>"));
        assertTrue(writer(Map.of()).feed(new Feed("/feed/notes.xml", "notes", null, null), List.of(), false)
                .contains("<title type=\"html\"> | Notes</title>"));
    }

    @Test
    void aStylesheetIsNamedWhenTheSiteHasOne() {
        assertTrue(writer(Map.of()).feed(new Feed("/feed.xml", "posts", null, null), List.of(), true)
                .startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><?xml-stylesheet type=\"text/xml\" href=\"/feed.xslt.xml\"?>"));
    }

    @Test
    void anEntryHasJekyllFeedsElementsAndEscaping() {
        Document post = Docs.post(root, "2024-03-01", "hello", "\n<p>Hi ]]> there</p>\n", Map.of(
                "title", "<b>Tom</b> & \"Jerry\"", "categories", List.of("a&b"), "tags", List.of("t"),
                "author", "jane", "image", "/img/x.png", "excerpt", new Deferred(() -> "<p>Hi   there</p>")));
        String xml = writer(Map.of("url", "https://x.org"), Map.of("authors", Map.of("jane",
                Map.of("name", "Jane", "email", "j@x.org")))).entry(post).xml();

        assertEquals("<entry><title type=\"html\">Tom &amp;amp; “Jerry”</title>"
                + "<link href=\"https://x.org/hello.html\" rel=\"alternate\" type=\"text/html\" title=\"Tom &amp;amp; “Jerry”\" />"
                + "<published>2024-03-01T00:00:00+00:00</published><updated>2024-03-01T00:00:00+00:00</updated>"
                + "<id>https://x.org/hello</id>"
                + "<content type=\"html\" xml:base=\"https://x.org/hello.html\"><![CDATA[<p>Hi ]]]]><![CDATA[> there</p>]]></content>"
                + "<author><name>Jane</name><email>j@x.org</email></author>"
                + "<category term=\"a&amp;b\" /><category term=\"t\" />"
                + "<summary type=\"html\"><![CDATA[Hi there]]></summary>"
                + "<media:thumbnail xmlns:media=\"http://search.yahoo.com/mrss/\" url=\"https://x.org/img/x.png\" />"
                + "<media:content medium=\"image\" url=\"https://x.org/img/x.png\" xmlns:media=\"http://search.yahoo.com/mrss/\" />"
                + "</entry>", xml);
    }

    @Test
    void excerptOnlyLeavesTheContentOutAndAPostsFalseDoesNotOverrideTheSites() {
        Document post = Docs.post(root, "2024-03-01", "p", "<p>x</p>", Map.of("feed", Map.of("excerpt_only", false)));
        Site site = new Site(TestContexts.config(root, Map.of()), List.of(), List.of(), Map.of(), List.of());
        AtomWriter excerptsOnly = new AtomWriter(site, new FeedOptions(true, null, 10, true, List.of(),
                FeedOptions.TagFeeds.OFF, FeedOptions.CollectionFeeds.NONE));

        // Liquid's default filter takes false as missing: the site's true wins, as in jekyll-feed
        assertFalse(excerptsOnly.entry(post).xml().contains("<content"));
        assertFalse(writer(Map.of()).entry(Docs.post(root, "2024-03-01", "p", "<p>x</p>",
                Map.of("feed", Map.of("excerpt_only", true)))).xml().contains("<content"));
    }

    @Test
    void aPostsCategoryWinsOverItsCategoriesAndTheSiteAuthorStandsIn() {
        String xml = writer(Map.of("author", Map.of("name", "Site", "uri", "https://x.org"))).entry(Docs.post(root,
                "2024-03-01", "p", "", Map.of("category", "one", "categories", List.of("one", "two")))).xml();

        assertTrue(xml.contains("<author><name>Site</name><uri>https://x.org</uri></author><category term=\"one\" /></entry>"),
                xml);
    }

    @Test
    void aLastModifiedDateThatIsNoDateFailsNamingThePost() {
        Document post = Docs.post(root, "2024-03-01", "p", "", Map.of("last_modified_at", "someday"));

        QuireException e = assertThrows(QuireException.class, () -> writer(Map.of()).entry(post));
        assertEquals("_posts/2024-03-01-p.md", e.problem().location().file());
        assertTrue(e.problem().message().contains("'last_modified_at' is not a date: 'someday'"), e.problem().message());
    }

    @Test
    void liquidsRulesForValues() {
        assertEquals("Recipes", Liquid.capitalize("rECIPES"));
        assertEquals("x y", Liquid.strip("\n\t x y \u0000"));
        assertEquals("b", Liquid.orDefault("", "b"));
        assertEquals("b", Liquid.orDefault(false, "b"));
        assertEquals(0, Liquid.orDefault(0, "b"));
        assertTrue(Liquid.truthy(""));
        assertFalse(Liquid.truthy(null));
    }
}
