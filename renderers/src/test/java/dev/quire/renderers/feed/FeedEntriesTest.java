package dev.quire.renderers.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedEntriesTest {

    @TempDir
    Path root;

    private List<String> titles(List<Document> documents) {
        return documents.stream().map(Document::title).toList();
    }

    private Site site(Map<String, ?> config, List<Document> posts, List<Document> others) {
        SiteConfig siteConfig = TestContexts.config(root, config);
        return new Site(siteConfig, posts, List.of(), others, Map.of(), List.of(), Map.of());
    }

    @Test
    void postsNewestFirstUpToTheLimit() {
        Site site = site(Map.of(), List.of(
                Docs.post(root, "2024-01-02", "b", "", Map.of("title", "B")),
                Docs.post(root, "2024-01-01", "a", "", Map.of("title", "A")),
                Docs.post(root, "2024-01-03", "c", "", Map.of("title", "C"))), List.of());

        assertEquals(List.of("C", "B"), titles(FeedEntries.of(site, new Feed("/feed.xml", "posts", null, null), 2)));
        assertEquals(List.of(), titles(FeedEntries.of(site, new Feed("/feed.xml", "posts", null, null), 0)));
    }

    @Test
    void aCategoryFeedTakesThePostsOfThatCategoryExactly() {
        Site site = site(Map.of(), List.of(
                Docs.post(root, "2024-01-01", "a", "", Map.of("title", "A", "categories", List.of("news"))),
                Docs.post(root, "2024-01-02", "b", "", Map.of("title", "B", "categories", List.of("News"))),
                Docs.post(root, "2024-01-03", "c", "", Map.of("title", "C", "categories", List.of("x", "news")))),
                List.of());

        assertEquals(List.of("C", "A"), titles(FeedEntries.of(site, new Feed("/feed/news.xml", "posts", "news", null), 10)));
    }

    @Test
    void aTagFeedTakesThePostsOfTheTagAndNoneForAnUnknownTag() {
        Site site = site(Map.of(), List.of(
                Docs.post(root, "2024-01-01", "a", "", Map.of("title", "A", "tags", List.of("java"))),
                Docs.post(root, "2024-01-02", "b", "", Map.of("title", "B"))), List.of());

        assertEquals(List.of("A"), titles(FeedEntries.of(site, new Feed("/t/java.xml", "posts", null, "java"), 10)));
        assertEquals(List.of(), titles(FeedEntries.of(site, new Feed("/t/none.xml", "posts", null, "none"), 10)));
    }

    @Test
    void aCollectionFeedTakesItsDocumentsAndUndatedOnesHaveTheSiteTime() {
        Document undated = Docs.document(root, DocumentKind.in("notes"), "_notes/u.md", "/notes/u.html", null, "",
                Map.of("title", "Undated"));
        Document old = Docs.document(root, DocumentKind.in("notes"), "_notes/o.md", "/notes/o.html",
                java.time.ZonedDateTime.parse("2000-01-01T00:00:00Z"), "", Map.of("title", "Old"));
        Site site = site(Map.of("collections", Map.of("notes", Map.of("output", true))), List.of(), List.of(old, undated));

        assertEquals(List.of("Undated", "Old"), titles(FeedEntries.of(site, new Feed("/feed/notes.xml", "notes", null, null), 10)));
        assertThrows(IllegalArgumentException.class,
                () -> FeedEntries.of(site, new Feed("/feed/nope.xml", "nope", null, null), 10));
    }
}
