package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTransformerTest {

    private static final String CHUCKY = "movies/horror/_posts/2019-05-21-bride-of-chucky.md";

    @TempDir
    Path root;

    private Document sorted(String path, String frontMatter) {
        TestSite site = TestSite.create(root).write(path, "---\n" + frontMatter + "---\nbody\n");
        SiteConfig config = TestContexts.config(site.source());
        return new TaxonomyTransformer().transform(TestDocuments.load(config, path), TestContexts.resolve(config));
    }

    @Test
    void pathCategoriesAlone() {
        assertEquals(List.of("movies", "horror"), sorted(CHUCKY, "").categories());
        assertEquals(List.of(), sorted("_posts/es/2019-05-21-hola.md", "").categories());
    }

    @Test
    void singleCategoryIsNotSplit() {
        assertEquals(List.of("movies", "horror", "classic hollywood"),
                sorted(CHUCKY, "category: classic hollywood\n").categories());
        assertEquals(List.of("Classic Hollywood"),
                sorted("_posts/2019-05-21-x.md", "category: Classic Hollywood\n").categories());
    }

    @Test
    void categoriesStringIsSplitOnWhitespace() {
        assertEquals(List.of("movies", "horror", "classic", "hollywood"),
                sorted(CHUCKY, "categories: classic hollywood\n").categories());
        assertEquals(List.of("a", "b", "c"), sorted("_posts/2019-05-21-x.md", "categories: \"  a\tb \n c \"\n")
                .categories());
    }

    @Test
    void categoriesListItemsAreNotSplit() {
        assertEquals(List.of("Coursera Reviews"),
                sorted("_posts/2019-02-12-deep.md", "categories: [Coursera Reviews]\n").categories());
    }

    @Test
    void duplicatesAreDroppedCaseSensitivelyPathCategoriesFirst() {
        assertEquals(List.of("Java", "java", "Work 2 Progress"),
                sorted("_posts/2019-05-21-x.md", "categories: [Java, java, \"Work 2 Progress\", Java]\n")
                        .categories());
        assertEquals(List.of("movies", "horror", "drama"),
                sorted(CHUCKY, "categories: [drama, horror, movies]\n").categories());
    }

    @Test
    void valuesAreStringifiedAndFlattened() {
        assertEquals(List.of("2019", "true", "a", "b", "1.5"),
                sorted("_posts/2019-05-21-x.md", "categories: [2019, true, [a, [b]], 1.5]\n").categories());
    }

    @Test
    void categoryAndCategoriesTogetherAreMerged() {
        // Jekyll: Array(data["categories"]) + pluralized_array_from_hash(data, "category", "categories")
        assertEquals(List.of("movies", "horror", "b", "a"),
                sorted(CHUCKY, "categories: [b]\ncategory: a\n").categories());
    }

    @Test
    void emptyCategoriesKeepsPathCategories() {
        assertEquals(List.of("movies", "horror"), sorted(CHUCKY, "categories:\n").categories());
    }

    @Test
    void emptyTagFallsBackToTags() {
        assertEquals(List.of("a", "b"), sorted("_posts/2019-05-21-x.md", "tag:\ntags: [a, b]\n").tags());
    }

    @Test
    void tags() {
        assertEquals(List.of("one", "two"), sorted("_posts/2019-05-21-x.md", "tags: one two\n").tags());
        assertEquals(List.of("one two"), sorted("_posts/2019-05-21-x.md", "tags: [one two]\n").tags());
        assertEquals(List.of("Classic Hollywood"),
                sorted("_posts/2019-05-21-x.md", "tag: Classic Hollywood\n").tags());
        assertEquals(List.of("solo"), sorted("_posts/2019-05-21-x.md", "tag: solo\ntags: [a, b]\n").tags(),
                "tag wins over tags");
        assertEquals(List.of(), sorted("_posts/2019-05-21-x.md", "title: none\n").tags());
    }

    @Test
    void tagsKeepDuplicatesAsJekyllDoes() {
        assertEquals(List.of("a", "b", "a"), sorted("_posts/2019-05-21-x.md", "tags: [a, b, a]\n").tags());
    }

    @Test
    void tagsNeverComeFromThePath() {
        assertEquals(List.of(), sorted(CHUCKY, "").tags());
    }

    @Test
    void pagesAreLeftAlone() {
        Document page = sorted("movies/about.md", "categories: a b\n");

        assertEquals("a b", page.data().get("categories"));
    }
}
