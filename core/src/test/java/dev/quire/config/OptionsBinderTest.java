package dev.quire.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.Hashes;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.spi.OptionsKey;
import dev.quire.load.Yaml;
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

    record Archives(Pages pages) {
        static final OptionsKey<Archives> KEY = OptionsKey.of("archives", Archives.class,
                new Archives(new Pages("/a/", 5)));
    }

    record Pages(String path, int limit) {
    }

    @TempDir
    Path root;

    private SiteConfig config(String yaml) {
        return config(Map.of("_config.yml", yaml));
    }

    /** The files read in order, deep-merged and located as the build reads them (no defaults). */
    private SiteConfig config(Map<String, String> files) {
        Map<String, Object> values = Map.of();
        KeyLocations locations = KeyLocations.none(KeyLocations.DEFAULT_FILE);
        for (var file : new java.util.TreeMap<>(files).entrySet()) {
            Yaml.LocatedMapping read = Yaml.parseLocatedMapping(file.getValue(), file.getKey(), 1);
            locations = locations.withFile(values, read, file.getKey());
            values = Hashes.deepMerge(values, read.values());
        }
        SiteConfig plain = TestContexts.config(root, values);
        return new SiteConfig(plain.source(), plain.values(), plain.zone(), plain.time(), locations);
    }

    @Test
    void aNestedOptionOfTheWrongTypeIsNamedAtItsOwnLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> config("archives:\n  pages:\n    path: /p/\n    limit: ten\n").options(Archives.KEY));

        assertEquals(new SourceLocation("_config.yml", 4, 5), e.problem().location(), e.problem().format());
        assertTrue(e.problem().message().startsWith("the option 'archives.pages.limit' has a value of the wrong type"),
                e.problem().message());
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

    @Test
    void optionsFromTwoFilesAreEachNamedAtTheirLineInTheFileThatSetsThem() throws Exception {
        SiteConfig config = config(Map.of("a.yml", "feed:\n  limt: 5\n  path: a.xml\n",
                "b.yml", "title: b\nfeed:\n  limit: ten\n  catgories: [x]\n"));

        assertEquals(List.of("a.yml:2:3", "b.yml:4:3"), config.unknownOptions(FeedOptions.KEY, "feed-plugin").stream()
                .map(p -> p.location().toString()).toList());
        QuireException e = assertThrows(QuireException.class, () -> config.options(FeedOptions.KEY));
        assertEquals("b.yml:3:3", e.problem().location().toString());
    }

    @Test
    void aSectionThatIsNotAMappingIsNamedWhereTheLastFileSetsIt() {
        SiteConfig config = config(Map.of("a.yml", "plain:\n  title: t\n", "b.yml", "\nplain: [t]\n"));

        QuireException e = assertThrows(QuireException.class, () -> config.options(Plain.KEY));

        assertEquals("b.yml:2:1", e.problem().location().toString());
    }

    @Test
    void optionsAFrontEndGivesAreNamedAsTheOption() {
        SiteConfig plain = config(Map.of("_config.yml", "feed:\n  path: a.xml\n"));
        SiteConfig config = new SiteConfig(plain.source(), Map.of("feed", Map.of("limit", "ten", "limt", 1)),
                plain.zone(), plain.time(), plain.keyLocations().withOverride("feed"));

        QuireException e = assertThrows(QuireException.class, () -> config.options(FeedOptions.KEY));
        assertEquals("[build option feed]", e.problem().location().toString());
        assertEquals(List.of("[build option feed]"), config.unknownOptions(FeedOptions.KEY, "feed-plugin").stream()
                .map(p -> p.location().toString()).toList());
    }
}
