package dev.quire.renderers.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feed:} read through its OptionsKey: jekyll-feed's keys, in each shape jekyll-feed accepts. */
class FeedOptionsTest {

    @TempDir
    Path root;

    private FeedOptions options(String yaml) {
        SiteConfig config = TestContexts.config(root, "_config.yml", yaml);
        return config.options(FeedOptions.KEY);
    }

    @Test
    void withoutTheSectionJekyllFeedsDefaultsHold() {
        FeedOptions options = options("title: x\n");
        assertTrue(options.enabled());
        assertNull(options.path());
        assertEquals(10, options.postsLimit());
        assertFalse(options.excerptOnly());
        assertEquals(List.of(), options.categories());
        assertFalse(options.tags().enabled());
        assertEquals(Map.of(), options.collections().byLabel());
    }

    @Test
    void feedFalseSwitchesItOff() {
        assertFalse(options("feed: false\n").enabled());
    }

    @Test
    void tagsTrueOrAMappingSwitchTagFeedsOn() {
        FeedOptions.TagFeeds on = options("feed:\n  tags: true\n").tags();
        assertEquals(new FeedOptions.TagFeeds(true, null, List.of(), "/feed/by_tag/"), on);

        FeedOptions.TagFeeds mapped = options("feed:\n  tags:\n    only: [a, b]\n    except: [b]\n    path: /t/\n").tags();
        assertEquals(new FeedOptions.TagFeeds(true, List.of("a", "b"), List.of("b"), "/t/"), mapped);

        assertFalse(options("feed:\n  tags: false\n").tags().enabled());
    }

    @Test
    void collectionsAreAListOfLabelsOrAMapOfSettings() {
        assertEquals(Map.of("recipes", FeedOptions.CollectionFeed.DEFAULTS, "notes", FeedOptions.CollectionFeed.DEFAULTS),
                options("feed:\n  collections: [recipes, notes]\n").collections().byLabel());
        assertEquals(Map.of("recipes", new FeedOptions.CollectionFeed("/r.atom", List.of("sweet"))),
                options("feed:\n  collections:\n    recipes:\n      path: /r.atom\n      categories: [sweet]\n")
                        .collections().byLabel());
    }

    @Test
    void aWrongTypeIsAnErrorNamingTheConfigurationFileAndTheOptionsLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> options("title: x\nfeed:\n  path: atom.xml\n  posts_limit: many\n"));
        assertEquals("_config.yml", e.problem().location().file());
        assertEquals(4, e.problem().location().line());
        assertTrue(e.problem().message().contains("feed.posts_limit"), e.problem().message());
    }

    @Test
    void categoriesAsAMapAreAnError() {
        // jekyll-feed 0.17.0 turns a map entry into a file named after the pair (feed/["news", {...}].xml)
        QuireException e = assertThrows(QuireException.class,
                () -> options("feed:\n  categories:\n    news:\n      path: /n.xml\n"));
        assertEquals(2, e.problem().location().line());
        assertTrue(e.problem().message().contains("feed.categories"), e.problem().message());
    }

    @Test
    void tagsAsTextAreAnError() {
        QuireException e = assertThrows(QuireException.class, () -> options("feed:\n  tags: yes please\n"));
        assertTrue(e.problem().message().contains("feed.tags"), e.problem().message());
        assertTrue(e.problem().hint().contains("such as false"), e.problem().hint());
    }
}
