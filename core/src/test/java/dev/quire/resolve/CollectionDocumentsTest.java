package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolve transformers on documents of collections other than posts. */
class CollectionDocumentsTest {

    @TempDir
    Path root;

    private SiteConfig config(TestSite site, Map<String, Object> more) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(more);
        values.putIfAbsent("collections", Map.of("recipes", Map.of("output", true),
                "notes", Map.of("output", true, "permalink", "/n/:year/:categories/:title:output_ext")));
        return TestContexts.config(site.source(), values);
    }

    @Test
    void titleSlugAndDateComeFromTheFileNameOrTheSiteTime() {
        TestSite site = TestSite.create(root, Map.of(
                "_recipes/2020-03-04-dated-recipe.md", "---\n---\n",
                "_recipes/Mixed Case Name.md", "---\n---\n"));
        SiteConfig config = config(site, Map.of());

        Document dated = TestDocuments.resolve(config, "_recipes/2020-03-04-dated-recipe.md");
        Document undated = TestDocuments.resolve(config, "_recipes/Mixed Case Name.md");

        assertEquals("Dated Recipe", dated.title());
        assertEquals("dated-recipe", dated.data().get("slug"));
        assertEquals("2020-03-04T00:00Z", dated.date().toOffsetDateTime().toString());
        assertEquals("/recipes/2020-03-04-dated-recipe.html", dated.url());
        assertEquals("Mixed case name", undated.title());
        assertEquals("Mixed Case Name", undated.data().get("slug"));
        assertEquals(TestSite.TIME, undated.date().toInstant());
        assertEquals("/recipes/Mixed%20Case%20Name.html", undated.url());
        assertEquals("recipes/Mixed Case Name.html", undated.route().outputPath());
        assertEquals(".md", undated.data().get("ext"));
    }

    @Test
    void theDefaultPermalinkTakesTheStylesSuffix() {
        TestSite site = TestSite.create(root, Map.of("_recipes/sub/deep.md", "---\n---\n"));

        assertEquals("/recipes/sub/deep.html",
                TestDocuments.resolve(config(site, Map.of()), "_recipes/sub/deep.md").url());
        Document pretty = TestDocuments.resolve(config(site, Map.of("permalink", "pretty")), "_recipes/sub/deep.md");
        assertEquals("/recipes/sub/deep/", pretty.url());
        assertEquals("recipes/sub/deep/index.html", pretty.route().outputPath());
    }

    @Test
    void aCollectionPermalinkUsesDatesCategoriesAndSlugs() {
        TestSite site = TestSite.create(root, Map.of(
                "_notes/2021-05-06-hello.md", "---\ncategories: [Release Notes]\n---\n",
                "_notes/fm-date.md", "---\ndate: 2022-07-08 10:30:00\nslug: custom-slug\n---\n"));
        SiteConfig config = config(site, Map.of());

        Document hello = TestDocuments.resolve(config, "_notes/2021-05-06-hello.md");
        assertEquals("/n/2021/release%20notes/hello.html", hello.url());
        assertEquals(List.of("Release Notes"), hello.categories());
        assertEquals("/n/2022/custom-slug.html", TestDocuments.resolve(config, "_notes/fm-date.md").url());
    }

    @Test
    void aFutureDocumentIsListedButNotWrittenAndAnUnpublishedOneIsDropped() {
        TestSite site = TestSite.create(root, Map.of(
                "_recipes/future.md", "---\ndate: 2999-01-01\n---\n",
                "_recipes/unpublished.md", "---\npublished: false\n---\n",
                "_posts/2999-01-01-future-post.md", "---\n---\n"));
        SiteConfig config = config(site, Map.of());

        assertEquals(Document.Publication.LISTED, TestDocuments.resolve(config, "_recipes/future.md").publication());
        assertFalse(TestDocuments.resolve(config, "_recipes/unpublished.md").published());
        assertFalse(TestDocuments.resolve(config, "_posts/2999-01-01-future-post.md").published(),
                "a future post is not even listed");
        assertEquals(Document.Publication.WRITTEN, TestDocuments.resolve(config(site, Map.of("future", true)),
                "_recipes/future.md").publication());
    }
}
