package dev.quire.renderers.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPlannerTest {

    @TempDir
    Path root;

    private List<String> paths(Site site, FeedOptions options) {
        return FeedPlanner.plan(site, options).stream().map(Feed::outputPath).sorted().toList();
    }

    private Site site(List<Document> posts, List<StaticFile> files) {
        SiteConfig config = TestContexts.config(root, Map.of());
        return new Site(config, posts, List.of(), List.of(), Map.of(), files, Map.of());
    }

    private static FeedOptions options(String path, List<String> categories, FeedOptions.TagFeeds tags,
            FeedOptions.CollectionFeeds collections) {
        return new FeedOptions(true, path, 10, false, categories, tags, collections);
    }

    @Test
    void byDefaultOnlyThePostsFeed() {
        assertEquals(List.of("feed.xml"), paths(site(List.of(), List.of()), FeedOptions.KEY.defaults()));
    }

    @Test
    void categoriesCollectionsAndTagsEachGetAFeedAtJekyllFeedsPaths() {
        Site site = site(List.of(Docs.post(root, "2024-01-01", "a", "",
                Map.of("tags", List.of("java", "c++", "under_score")))), List.of());
        FeedOptions options = options("/atom.xml", List.of("news"),
                new FeedOptions.TagFeeds(true, null, List.of("under_score"), "/feed/by_tag/"),
                new FeedOptions.CollectionFeeds(Map.of("recipes", new FeedOptions.CollectionFeed(null, List.of("sweet")))));

        // c++ has characters other than [a-zA-Z0-9_]: jekyll-feed makes no feed for it
        assertEquals(List.of("atom.xml", "feed/by_tag/java.xml", "feed/news.xml", "feed/recipes.xml",
                "feed/recipes/sweet.xml"), paths(site, options));
    }

    @Test
    void tagFeedsNeedPostsWithTagsAndOnlyNamesThem() {
        FeedOptions only = options(null, List.of(), new FeedOptions.TagFeeds(true, List.of("x"), List.of(), "t/"),
                FeedOptions.CollectionFeeds.NONE);
        assertEquals(List.of("feed.xml"), paths(site(List.of(), List.of()), only));
        Site tagged = site(List.of(Docs.post(root, "2024-01-01", "a", "", Map.of("tags", List.of("java")))), List.of());
        assertEquals(List.of("feed.xml", "t/x.xml"), paths(tagged, only));
    }

    @Test
    void aFeedPathTheSourceHasOrAnotherFileWritesIsLeftToIt() throws Exception {
        Files.writeString(root.resolve("feed.xml"), "---\n---\nmine");
        Files.createDirectories(root.resolve("feed"));
        Document page = Docs.post(root, "2024-01-01", "news-feed", "", Map.of())
                .withRoute(new dev.quire.model.Route("/feed/news.xml", "feed/news.xml"));
        StaticFile file = new StaticFile(new SourceFile(root, "static/java.xml"), 1, 0, null,
                new dev.quire.model.Route("/feed/other.xml", "feed/other.xml"), true);
        FeedOptions options = options(null, List.of("news", "other", "kept"), FeedOptions.TagFeeds.OFF,
                FeedOptions.CollectionFeeds.NONE);

        assertEquals(List.of("feed/kept.xml"), paths(site(List.of(page), List.of(file)), options));
    }
}
