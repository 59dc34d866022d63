package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.error.SourceLocation;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@link ConfigReader} says each key is set, whatever configuration files it read. */
class ConfigKeyLocationsTest {

    @TempDir
    Path root;

    private SiteConfig read(TestSite site, String... files) throws IOException {
        return ConfigReader.read(site.options().withConfigFiles(
                java.util.Arrays.stream(files).map(site::file).toList()));
    }

    @Test
    void aKeyOnlyTheSecondFileSetsIsAtItsLineThere() throws IOException {
        TestSite site = TestSite.create(root, Map.of("a.yml", "title: a\n", "conf/b.yml", "# b\n\ntheme: minima\n"));

        SiteConfig config = read(site, "a.yml", "conf/b.yml");

        assertEquals(new SourceLocation("conf/b.yml", 3, 1), config.locationOf("theme"));
        assertEquals(new SourceLocation("a.yml", 1, 1), config.locationOf("title"));
    }

    @Test
    void aKeyTheSecondFileOverridesIsAtItsLineInTheSecondFile() throws IOException {
        TestSite site = TestSite.create(root, Map.of("a.yml", "paginate: 2\n", "b.yml", "title: b\npaginate: 0\n"));

        assertEquals(new SourceLocation("b.yml", 2, 1), read(site, "a.yml", "b.yml").locationOf("paginate"));
        assertEquals(new SourceLocation("a.yml", 1, 1), read(site, "b.yml", "a.yml").locationOf("paginate"));
    }

    @Test
    void nestedKeysAreWhereTheFileThatSetsEachWritesIt() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "a.yml", "feed:\n  path: a.xml\n  limit: 5\n",
                "b.yml", "url: x\nfeed:\n    limit: 9\n    limt: 3\n"));

        SiteConfig config = read(site, "a.yml", "b.yml");

        assertEquals(Map.of("path", "a.xml", "limit", 9, "limt", 3), config.get("feed"));
        assertEquals(new SourceLocation("b.yml", 2, 1), config.locationOf("feed"), "the file that set it last");
        assertEquals(new SourceLocation("a.yml", 2, 3), config.keyLocations().of("feed", "path"), "merged, as the values");
        assertEquals(new SourceLocation("b.yml", 3, 5), config.keyLocations().of("feed", "limit"));
        assertEquals(new SourceLocation("b.yml", 4, 5), config.keyLocations().of("feed", "limt"));
        assertEquals(new SourceLocation("b.yml", 2, 1), config.keyLocations().of("feed", "nothing"),
                "a key set nowhere: the section");
    }

    @Test
    void keysAtAnyDepthAreMergedAsTheValuesAreDeepMerged() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "a.yml", "feed:\n  tags:\n    path: t/\n    only: [x]\n  categories:\n    path: c/\n",
                "b.yml", "feed:\n  tags:\n    only: [y]\n  categories: false\n"));

        SiteConfig config = read(site, "a.yml", "b.yml");

        assertEquals(new SourceLocation("a.yml", 3, 5), config.keyLocations().at("feed", "tags", "path"));
        assertEquals(new SourceLocation("b.yml", 3, 5), config.keyLocations().at("feed", "tags", "only"));
        assertEquals(new SourceLocation("b.yml", 4, 3), config.keyLocations().at("feed", "categories", "path"),
                "a value that is not a mapping replaces the earlier keys below it");
        assertEquals(new SourceLocation("b.yml", 2, 3), config.keyLocations().at("feed", "tags", "nothing"),
                "a key set nowhere: the nearest key above it");
    }

    @Test
    void aValueThatIsNotAMappingReplacesTheEarlierKeysLocationsAsItReplacesTheirValues() throws IOException {
        TestSite site = TestSite.create(root, Map.of("a.yml", "feed:\n  path: a.xml\n", "b.yml", "feed: false\n"));

        SiteConfig config = read(site, "a.yml", "b.yml");

        assertEquals(new SourceLocation("b.yml", 1, 1), config.keyLocations().of("feed", "path"));
    }

    @Test
    void theSitesConfigYamlIsNamedWhenItIsTheFileRead() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yaml", "title: x\nlimit_posts: 1\n"));

        SiteConfig config = ConfigReader.read(site.options());

        assertEquals(new SourceLocation("_config.yaml", 2, 1), config.locationOf("limit_posts"));
        assertEquals(SourceLocation.of("_config.yaml"), config.locationOf("paginate"), "a default: the file alone");
    }

    @Test
    void quotedKeysAreFound() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yml",
                "'title': x\n\"paginate\": 3\nfeed: {\"path\": a.xml}\n"));

        SiteConfig config = ConfigReader.read(site.options());

        assertEquals(new SourceLocation("_config.yml", 1, 1), config.locationOf("title"));
        assertEquals(new SourceLocation("_config.yml", 2, 1), config.locationOf("paginate"));
        assertEquals(new SourceLocation("_config.yml", 3, 8), config.keyLocations().of("feed", "path"));
    }

    @Test
    void aKeyAFrontEndOverridesIsNamedAsTheOptionWithoutALine() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "baseurl: /a\nfeed:\n  path: a.xml\n"));

        SiteConfig config = ConfigReader.read(site.options().withOverride("baseurl", "/cli")
                .withOverride("feed", Map.of("path", "b.xml")));

        assertEquals(SourceLocation.of("[build option baseurl]"), config.locationOf("baseurl"));
        assertEquals(SourceLocation.of("[build option feed]"), config.keyLocations().of("feed", "path"));
    }

    @Test
    void aKeySetNowhereIsNamedByTheLastFileReadElseConfigYml() throws IOException {
        TestSite site = TestSite.create(root, Map.of("a.yml", "title: a\n"));
        Path outside = site.root().resolve("b.yml");
        Files.writeString(outside, "url: b\n");

        SiteConfig config = ConfigReader.read(site.options().withConfigFiles(List.of(site.file("a.yml"), outside)));

        assertEquals(SourceLocation.of(outside.toString()), config.locationOf("paginate"));
        assertEquals(new SourceLocation(outside.toString(), 1, 1), config.locationOf("url"), "outside: the full path");
        assertEquals(SourceLocation.of("_config.yml"), ConfigReader.read(TestSite.create(root.resolve("empty")).options())
                .locationOf("paginate"));
    }

    @Test
    void aByteOrderMarkDoesNotShiftTheFirstKey() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "\uFEFFpaginate: 2\ntheme: x\n"));

        SiteConfig config = ConfigReader.read(site.options());

        assertEquals(new SourceLocation("_config.yml", 1, 1), config.locationOf("paginate"));
        assertEquals(new SourceLocation("_config.yml", 2, 1), config.locationOf("theme"));
    }
}
