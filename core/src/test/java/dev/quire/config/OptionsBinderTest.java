package dev.quire.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.error.QuireException;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.spi.OptionsKey;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsBinderTest {

    record FeedOptions(boolean enabled, String path, int limit, List<String> categories, String itemsPerPage) {
        static final OptionsKey<FeedOptions> KEY = OptionsKey.of("feed", FeedOptions.class,
                new FeedOptions(true, "feed.xml", 10, List.of(), "ten"));
    }

    record Plain(String title) {
        static final OptionsKey<Plain> KEY = OptionsKey.of("plain", Plain.class, new Plain("x"));
    }

    @TempDir
    Path root;

    private SiteConfig config(String yaml) {
        TestSite site = TestSite.create(root, Map.of("_config.yml", yaml));
        Map<String, Object> values = new org.yaml.snakeyaml.Yaml().load(yaml);
        return TestContexts.config(site.source(), values);
    }

    @Test
    void withoutTheSectionTheDefaultsHold() throws Exception {
        assertEquals(FeedOptions.KEY.defaults(), config("title: x\n").options(FeedOptions.KEY));
    }

    @Test
    void theSectionOverridesOptionByOptionWithSnakeCaseNames() throws Exception {
        FeedOptions options = config("feed:\n  path: atom.xml\n  categories: [news, java]\n  items_per_page: 5\n")
                .options(FeedOptions.KEY);

        assertEquals(new FeedOptions(true, "atom.xml", 10, List.of("news", "java"), "5"), options);
    }

    @Test
    void trueOrFalseSwitchesTheFeatureWhenTheRecordHasEnabled() throws Exception {
        assertEquals(false, config("feed: false\n").options(FeedOptions.KEY).enabled());
        QuireException e = assertThrows(QuireException.class, () -> config("plain: false\n").options(Plain.KEY));
        assertEquals("_config.yml:1:1: 'plain:' must be a mapping of options, not 'false' (the options of 'plain:'"
                + " are title)", e.problem().format());
    }

    @Test
    void anUnknownOptionIsLeftOutAndWarnedAboutAtItsLineNamingThePlugin() throws Exception {
        SiteConfig config = config("title: x\nfeed:\n  path: atom.xml\n  limt: 5\n");

        assertEquals("atom.xml", config.options(FeedOptions.KEY).path());
        assertEquals(List.of("_config.yml:4:3: 'feed' has no option 'limt' (plugin 'feed-plugin'); it is ignored"
                + " (the options of 'feed:' are enabled, path, limit, categories, items_per_page)"),
                config.unknownOptions(FeedOptions.KEY, "feed-plugin").stream().map(p -> p.format()).toList());
        assertEquals(List.of(), config("feed:\n  path: a.xml\n").unknownOptions(FeedOptions.KEY, "feed-plugin"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithTheDefaultAsExample() throws Exception {
        QuireException e = assertThrows(QuireException.class,
                () -> config("feed:\n  limit: ten\n").options(FeedOptions.KEY));

        assertEquals(true, e.problem().format().startsWith("_config.yml:2:3: "), e.problem().format());
        assertEquals(true, e.problem().message().startsWith("the option 'feed.limit' has a value of the wrong type"),
                e.problem().message());
        assertEquals("give it a value like the default, such as 10", e.problem().hint());
    }
}
