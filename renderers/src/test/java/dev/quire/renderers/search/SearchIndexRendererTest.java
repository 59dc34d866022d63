package dev.quire.renderers.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.error.BuildFailedException;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search.json: the contract the default theme's search page and its browser tests rely on. */
class SearchIndexRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestSite blog() {
        return TestSite.create(folder)
                .write("_config.yml", "title: Blog\nbaseurl: /blog\ntimezone: America/New_York\n")
                .write("_posts/2023-01-02-first.md", "---\ntitle: First & best\ncategories: [news, java]\n"
                        + "tags: [intro]\n---\nHello *world*, <b>bold</b> &amp; `a < b`.\n\nSecond paragraph.\n")
                .write("_posts/2023-02-03-second.md", "---\ntitle: Second\n---\nAnother post.\n")
                .write("about.md", "---\ntitle: About\n---\n# About us\n\nWe write.\n")
                .write("untitled.html", "---\n---\n<p>No title here</p>\n")
                .write("hidden.md", "---\ntitle: Hidden\nsearch: false\n---\nsecret\n")
                .write("feed.xml", "---\n---\n<feed/>\n")
                .write("plain.txt", "not a document\n");
    }

    @Test
    void writesOneEntryPerHtmlDocumentWithTheContractsKeys() throws Exception {
        TestSite site = blog();
        site.build();

        JsonNode index = JSON.readTree(site.output("search.json"));
        assertTrue(index.isArray());
        List<String> urls = new ArrayList<>();
        index.forEach(entry -> urls.add(entry.get("url").asText()));
        // posts newest first, then pages by path; search: false, non-HTML and static files left out
        assertEquals(List.of("/blog/2023/02/03/second.html", "/blog/news/java/2023/01/02/first.html",
                "/blog/about.html", "/blog/untitled.html"), urls);

        JsonNode first = index.get(1);
        assertEquals(List.of("title", "url", "date", "categories", "tags", "content"), fieldNames(first));
        assertEquals("First & best", first.get("title").asText());
        assertEquals("2023-01-02T00:00:00-05:00", first.get("date").asText());
        assertEquals("[\"news\",\"java\"]", first.get("categories").toString());
        assertEquals("[\"intro\"]", first.get("tags").toString());
        assertEquals("Hello world, bold & a < b. Second paragraph.", first.get("content").asText());

        JsonNode about = index.get(2);
        assertTrue(about.get("date").isNull());
        assertEquals("[]", about.get("categories").toString());
        assertEquals("About us We write.", about.get("content").asText());
        // a document without a title is listed by its URL, so that a hit always has a link text
        assertEquals("/blog/untitled.html", index.get(3).get("title").asText());
    }

    @Test
    void listingAndRedirectPagesAreNotIndexedButTheFirstPageOfThePostIndexIs() throws Exception {
        TestSite site = blog()
                .write("_config.yml", "title: Blog\npaginate: 1\n")
                .write("index.html", "---\ntitle: Home\nlayout: home\n---\n")
                .write("about.md", "---\ntitle: About\nredirect_from: /old-about/\n---\nWe write.\n");
        site.build();

        List<String> urls = new ArrayList<>();
        JSON.readTree(site.output("search.json")).forEach(entry -> urls.add(entry.get("url").asText()));

        assertTrue(site.hasOutput("page2/index.html") && site.hasOutput("old-about/index.html")
                && site.hasOutput("category/java/index.html"), "the pages exist");
        assertEquals(List.of("/2023/02/03/second.html", "/news/java/2023/01/02/first.html", "/about.html", "/",
                "/untitled.html"), urls);
    }

    @Test
    void oneDocumentPerLineAndTheSameBytesEveryBuild() throws Exception {
        TestSite site = blog();
        site.build();
        String json = site.output("search.json");
        assertTrue(json.startsWith("[\n{\"title\":\"Second\""), json);
        assertTrue(json.endsWith("}\n]\n"), json);
        assertEquals(6, json.split("\n").length);
        site.build(options -> options.withThreads(4));
        assertEquals(json, site.output("search.json"));
    }

    @Test
    void optionsSetThePathTheLimitAndTheCollections() throws Exception {
        TestSite site = blog()
                .write("_config.yml", "title: Blog\ncollections:\n  docs:\n    output: true\n"
                        + "search:\n  path: assets/index.json\n  content_limit: 8\n  collections: [docs]\n")
                .write("_docs/setup.md", "---\ntitle: Setup\n---\nInstall everything first.\n");
        site.build();

        assertFalse(site.hasOutput("search.json"));
        JsonNode index = JSON.readTree(site.output("assets/index.json"));
        List<String> urls = new ArrayList<>();
        index.forEach(entry -> urls.add(entry.get("url").asText()));
        assertEquals(List.of("/docs/setup.html", "/about.html", "/untitled.html"), urls);
        // cut at a word's end, never beyond the limit
        assertEquals("Install", index.get(0).get("content").asText());
    }

    @Test
    void searchFalseWritesNoIndex() throws Exception {
        TestSite site = blog().write("_config.yml", "search: false\n");
        site.build();
        assertFalse(site.hasOutput("search.json"));
    }

    @Test
    void aSiteWithNothingToIndexGetsNoIndex() throws Exception {
        TestSite site = TestSite.create(folder).write("style.css", "a {}").write("feed.xml", "---\n---\n<feed/>\n");
        site.build();
        assertFalse(site.hasOutput("search.json"));
        assertTrue(site.hasOutput("style.css"));
    }

    @Test
    void aSitesOwnSearchJsonWins() throws Exception {
        TestSite site = blog().write("search.json", "---\n---\n[{% for post in site.posts %}\"{{ post.title }}\""
                + "{% unless forloop.last %},{% endunless %}{% endfor %}]\n");
        site.build();
        assertEquals("[\"Second\",\"First & best\"]\n", site.output("search.json"));

        TestSite copied = TestSite.create(folder.resolve("static")).write("a.md", "---\n---\nA\n")
                .write("search.json", "[]");
        copied.build();
        assertEquals("[]", copied.output("search.json"));
    }

    @Test
    void aNegativeLimitIsAnErrorNamingTheOption() {
        TestSite site = blog().write("_config.yml", "search:\n  content_limit: -1\n");
        BuildFailedException failure = site.buildFails();
        assertTrue(failure.getMessage().contains("search.content_limit"), failure.getMessage());
        assertTrue(failure.getMessage().contains("_config.yml:2:"), "names the option's line: " + failure.getMessage());
    }

    @Test
    void plainTextDecodesReferencesAndKeepsWordsApart() {
        assertEquals("a b c", PlainText.of("<h1>a</h1><p>b</p><ul><li>c</li></ul>", 0));
        assertEquals("it’s “quoted” — x © é", PlainText.of("<p>it&#8217;s &#x201C;quoted&#x201D; &mdash; x &copy; é</p>",
                0).replace("&mdash;", "—").replace("&copy;", "©"));
        assertEquals("say <hi> & \"bye\"", PlainText.of("<code>say &lt;hi&gt; &amp; &quot;bye&quot;</code>", 0));
        assertEquals("no script", PlainText.of("no<script>alert(1)</script> script", 0));
        assertEquals("emphasis, kept together", PlainText.of("<em>emphasis</em>, kept together", 0));
    }

    @Test
    void truncateCutsAtAWordEndAndNeverSplitsACharacter() {
        assertEquals("one two", PlainText.truncate("one two three", 9));
        assertEquals("one two", PlainText.truncate("one two three", 7));
        assertEquals("abcd", PlainText.truncate("abcdefgh", 4));
        assertEquals("a", PlainText.truncate("a\uD83D\uDE00b", 2));
        assertEquals("short", PlainText.truncate("short", 100));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
