package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildOptions;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path root;

    @Test
    void withoutAConfigFileJekyllsDefaultsApply() throws IOException {
        TestSite site = TestSite.create(root);

        SiteConfig config = ConfigReader.read(site.options());

        assertEquals("date", config.permalink());
        assertEquals("", config.baseUrl());
        assertEquals(ZoneOffset.UTC, config.zone());
        assertEquals(TestSite.TIME.atZone(ZoneOffset.UTC), config.time());
        assertEquals(List.of(".markdown", ".mkdown", ".mkdn", ".mkd", ".md"), List.copyOf(config.markdownExtensions()));
        assertEquals(config.time(), config.get("time"));
    }

    @Test
    void configFileOverridesDefaultsAndOptionsOverrideTheFile() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yml",
                "title: Mine\npermalink: pretty\nbaseurl: blog/\ntimezone: America/New_York\nshow_drafts: false\n"));

        SiteConfig config = ConfigReader.read(site.options().withOverride("show_drafts", true));

        assertEquals("Mine", config.get("title"));
        assertEquals("pretty", config.permalink());
        assertEquals("/blog", config.baseUrl());
        assertEquals(ZoneId.of("America/New_York"), config.zone());
        assertEquals(ZoneId.of("America/New_York"), config.time().getZone());
        assertTrue(config.showDrafts());
    }

    @Test
    void aSitesExcludeListIsAddedToJekyllsDefaultExcludes() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "exclude: [secret, Gemfile]\n"));

        SiteConfig config = ConfigReader.read(site.options());

        assertEquals("secret", config.stringList("exclude").get(0));
        assertEquals("Gemfile", config.stringList("exclude").get(1));
        assertTrue(config.stringList("exclude").containsAll(SiteConfig.DEFAULT_EXCLUDES));
        assertEquals(SiteConfig.DEFAULT_EXCLUDES.size() + 1, config.stringList("exclude").size());
    }

    @Test
    void namedConfigFilesAreReadInOrderAndTheDefaultOneIsNot() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "_config.yml", "title: Default\nauthor: Default\n",
                "_config_dev.yml", "title: Dev\nurl: http://localhost:4000\nquire: {disable: [a]}\n"));
        Path outside = site.root().resolve("prod.yml");
        java.nio.file.Files.writeString(outside, "title: Prod\nurl: https://example.org\nbaseurl: /blog\n"
                + "quire: {extra: 1}\n");

        SiteConfig config = ConfigReader.read(site.options().withConfigFiles(
                List.of(site.file("_config_dev.yml"), outside)));

        assertEquals("Prod", config.get("title"), "a later file wins");
        assertEquals("https://example.org", config.get("url"));
        assertEquals("/blog", config.baseUrl());
        assertEquals(null, config.get("author"), "_config.yml is not read when files are named");
        assertEquals(Map.of("disable", List.of("a"), "extra", 1), config.get("quire"), "mappings are deep-merged");

        SiteConfig reversed = ConfigReader.read(site.options().withConfigFiles(
                List.of(outside, site.file("_config_dev.yml"))));
        assertEquals("Dev", reversed.get("title"));
        assertEquals("/blog", reversed.baseUrl(), "a key only the earlier file sets stays");
    }

    @Test
    void overridesWinOverNamedConfigFiles() throws IOException {
        TestSite site = TestSite.create(root, Map.of("a.yml", "baseurl: /a\n"));

        SiteConfig config = ConfigReader.read(site.options().withConfigFiles(List.of(site.file("a.yml")))
                .withOverride("baseurl", "/cli"));

        assertEquals("/cli", config.baseUrl());
    }

    @Test
    void aMissingNamedConfigFileIsAnError() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "title: x\n"));
        Path missing = site.root().resolve("nope.yml");

        QuireException e = assertThrows(QuireException.class,
                () -> ConfigReader.read(site.options().withConfigFiles(List.of(site.file("_config.yml"), missing))));

        assertTrue(e.problem().message().contains(missing.toString()), e.problem().message());
        assertTrue(e.problem().message().contains("does not exist"), e.problem().message());
    }

    @Test
    void errorsInANamedConfigFileNameIt() throws IOException {
        TestSite site = TestSite.create(root, Map.of("conf/site.yml", "title: ok\nurl: http://a: b\n"));
        Path outside = site.root().resolve("zone.yml");
        java.nio.file.Files.writeString(outside, "timezone: Mars/Olympus\n");

        QuireException inside = assertThrows(QuireException.class,
                () -> ConfigReader.read(site.options().withConfigFiles(List.of(site.file("conf/site.yml")))));
        QuireException beyond = assertThrows(QuireException.class,
                () -> ConfigReader.read(site.options().withConfigFiles(List.of(outside))));

        assertEquals("conf/site.yml", inside.problem().location().file(), "relative to the source, like source files");
        assertEquals(2, inside.problem().location().line());
        assertEquals(outside.toString(), beyond.problem().location().file(), "outside the source: the full path");
    }

    @Test
    void yamlExtensionIsReadToo() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yaml", "title: Yaml\n"));

        assertEquals("Yaml", ConfigReader.read(site.options()).get("title"));
    }

    @Test
    void timeInTheConfigWins() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "time: 2019-05-25 10:00:00\n"));

        SiteConfig config = ConfigReader.read(site.options().withTime(Instant.EPOCH));

        assertEquals(ZonedDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC), config.time());
    }

    @Test
    void invalidYamlNamesTheConfigFileLineAndColumn() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "title: ok\nurl: http://a: b\n"));

        QuireException e = assertThrows(QuireException.class, () -> ConfigReader.read(site.options()));

        assertEquals("_config.yml", e.problem().location().file());
        assertEquals(2, e.problem().location().line());
        assertTrue(e.problem().location().column() > 0);
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheConfigFile() {
        TestSite site = TestSite.create(root);
        site.write("_config.yml", "title: ok\nauthor: Caf\u00e9 M\u00fcller\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        QuireException e = assertThrows(QuireException.class, () -> ConfigReader.read(site.options()));

        assertEquals(new SourceLocation("_config.yml", 2, 12), e.problem().location(), e.getMessage());
        assertTrue(e.problem().message().contains("UTF-8"), e.problem().message());
    }

    @Test
    void unknownTimeZoneIsAnError() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "timezone: Mars/Olympus\n"));

        QuireException e = assertThrows(QuireException.class, () -> ConfigReader.read(site.options()));

        assertEquals("_config.yml", e.problem().location().file());
        assertTrue(e.problem().message().contains("Mars/Olympus"));
    }

    @Test
    void invalidTimeIsAnError() {
        TestSite site = TestSite.create(root, Map.of("_config.yml", "time: soon\n"));

        assertThrows(QuireException.class, () -> ConfigReader.read(site.options()));
    }

    @Test
    void configFilesAreRecognised() {
        Path source = root;
        assertTrue(ConfigReader.isConfigFile(new SourceFile(source, "_config.yml")));
        assertTrue(ConfigReader.isConfigFile(new SourceFile(source, "_config.yaml")));
        assertEquals(false, ConfigReader.isConfigFile(new SourceFile(source, "docs/_config.yml")));
    }

    @Test
    void optionsAreNormalised() {
        BuildOptions options = BuildOptions.of(Path.of("a/../site"), Path.of("out"), Path.of("state"));

        assertTrue(options.source().isAbsolute());
        assertEquals(Path.of("site").toAbsolutePath(), options.source());
    }
}
