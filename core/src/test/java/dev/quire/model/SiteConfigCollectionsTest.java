package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigCollectionsTest {

    private static final Path SOURCE = Path.of("site");

    @Test
    void withoutCollectionsThereAreOnlyPosts() {
        List<Collection> collections = TestContexts.config(SOURCE).collections();

        assertEquals(List.of(new Collection("posts", "_posts", true, null)), collections);
    }

    @Test
    void aMapGivesOutputAndPermalinkAndKeepsItsOrderWithPostsLast() {
        Map<String, Object> recipes = Map.of("output", true);
        Map<String, Object> guides = Map.of("output", true, "permalink", "/docs/:path/");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("recipes", recipes);
        map.put("authors", Map.of("output", false));
        map.put("guides", guides);
        map.put("notes", Map.of("people", "many"));

        List<Collection> collections = TestContexts.config(SOURCE, Map.of("collections", map)).collections();

        assertEquals(List.of(
                new Collection("recipes", "_recipes", true, null),
                new Collection("authors", "_authors", false, null),
                new Collection("guides", "_guides", true, "/docs/:path/"),
                new Collection("notes", "_notes", false, null),
                new Collection("posts", "_posts", true, null)), collections);
    }

    @Test
    void aListNamesCollectionsWithoutOutput() {
        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections", List.of("recipes", "guides")));

        assertEquals(List.of("recipes", "guides", "posts"),
                config.collections().stream().map(Collection::label).toList());
        assertEquals(false, config.collection("recipes").orElseThrow().output());
    }

    @Test
    void postsAreAlwaysOutputAndMayHaveTheirOwnPermalink() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("posts", Map.of("output", false, "permalink", "/blog/:title/"));
        map.put("recipes", Map.of());

        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections", map));

        assertEquals(new Collection("posts", "_posts", true, "/blog/:title/"), config.collections().get(0));
        assertEquals("/blog/:title/", PermalinkStyle.collectionTemplate(config, "posts"));
    }

    @Test
    void collectionsDirHoldsTheFolders() {
        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections", List.of("recipes"),
                "collections_dir", "/my_collections/"));

        assertEquals("my_collections/_recipes", config.collection("recipes").orElseThrow().folder());
        assertEquals("_recipes", config.collection("recipes").orElseThrow().relativeDirectory());
        assertEquals("_posts/2019-01-01-a.md", config.collectionPath("my_collections/_posts/2019-01-01-a.md"));
        assertNull(config.collectionPath("_posts/2019-01-01-a.md"));
        assertEquals("sub/deep.md", config.collection("recipes").orElseThrow().pathInside("my_collections/_recipes/sub/deep.md"));
        assertNull(config.collection("recipes").orElseThrow().pathInside("_recipes/deep.md"));
    }

    @Test
    void aDotCollectionsDirIsTheRootForCollectionsButHoldsNoPosts() {
        for (String dot : List.of(".", "./")) {
            SiteConfig config = TestContexts.config(SOURCE, Map.of("collections", List.of("blog"),
                    "collections_dir", dot));

            assertEquals("_blog", config.collection("blog").orElseThrow().folder(), dot);
            assertEquals("a.md", config.collection("blog").orElseThrow().pathInside("_blog/a.md"), dot);
            // Jekyll reads posts only from folders whose path starts with "/<collections_dir>"
            assertNull(config.collectionPath("_posts/2019-01-01-a.md"), dot);
        }
    }

    @Test
    void dotSegmentsInCollectionsDirNameNoFolder() {
        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections", List.of("blog"),
                "collections_dir", "./content/./more/"));

        assertEquals("content/more/_blog", config.collection("blog").orElseThrow().folder());
    }

    @Test
    void defaultTemplatesFollowTheStyle() {
        SiteConfig date = TestContexts.config(SOURCE, Map.of("collections", List.of("recipes")));
        SiteConfig pretty = TestContexts.config(SOURCE, Map.of("collections", List.of("recipes"), "permalink", "pretty"));
        SiteConfig custom = TestContexts.config(SOURCE, Map.of("collections", List.of("recipes"),
                "permalink", "/blog/:year/:title/"));

        assertEquals("/:collection/:path:output_ext", PermalinkStyle.collectionTemplate(date, "recipes"));
        assertEquals("/:collection/:path/", PermalinkStyle.collectionTemplate(pretty, "recipes"));
        assertEquals("/:collection/:path/", PermalinkStyle.collectionTemplate(custom, "recipes"));
        assertEquals("/blog/:year/:title/", PermalinkStyle.collectionTemplate(custom, "posts"));
    }
}
