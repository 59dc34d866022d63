package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTest {

    @TempDir
    Path root;

    private Site site() {
        TestSite files = TestSite.create(root, Map.of(
                "_posts/2019-05-21-b.md", "---\ncategories: [news]\ntags: [x]\n---\n",
                "_posts/2019-05-21-a.md", "---\ncategories: [news, misc, all]\n---\n",
                "_posts/2019-01-01-old.md", "---\ncategories: [misc]\n---\n",
                "_posts/2019-06-01-new.md", "---\n---\n",
                "z.md", "---\n---\n",
                "a.md", "---\n---\n"));
        SiteConfig config = TestContexts.config(files.source());
        List<Document> documents = List.of("_posts/2019-05-21-b.md", "_posts/2019-05-21-a.md",
                "_posts/2019-01-01-old.md", "_posts/2019-06-01-new.md", "z.md", "a.md").stream()
                .map(path -> TestDocuments.resolve(config, path)).toList();
        return new Site(config, documents.stream().filter(Document::isPost).toList(),
                documents.stream().filter(d -> !d.isPost()).toList(), Map.of(), List.of());
    }

    private static List<String> paths(List<Document> documents) {
        return documents.stream().map(d -> d.source().path()).toList();
    }

    @Test
    void postsAreOldestFirstTiesBrokenByPath() {
        assertEquals(List.of("_posts/2019-01-01-old.md", "_posts/2019-05-21-a.md", "_posts/2019-05-21-b.md",
                "_posts/2019-06-01-new.md"), paths(site().posts()));
    }

    @Test
    void newestFirstIsTheReverse() {
        assertEquals(List.of("_posts/2019-06-01-new.md", "_posts/2019-05-21-b.md", "_posts/2019-05-21-a.md",
                "_posts/2019-01-01-old.md"), paths(site().postsNewestFirst()));
    }

    @Test
    void pagesArePathOrdered() {
        assertEquals(List.of("a.md", "z.md"), paths(site().pages()));
    }

    @Test
    void categoriesAndTagsGroupPostsNewestFirst() {
        Site site = site();

        // In the order they first appear in the posts, oldest first, as Jekyll's site.categories.
        assertEquals(List.of("misc", "news", "all"), List.copyOf(site.categories().keySet()));
        assertEquals(List.of("_posts/2019-05-21-a.md", "_posts/2019-01-01-old.md"),
                paths(site.categories().get("misc")));
        assertEquals(List.of("_posts/2019-05-21-b.md", "_posts/2019-05-21-a.md"),
                paths(site.categories().get("news")));
        assertEquals(Map.of("x", List.of(site.posts().get(2))), site.tags());
    }
}
