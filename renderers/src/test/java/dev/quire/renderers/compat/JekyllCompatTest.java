package dev.quire.renderers.compat;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quire against real Jekyll: each folder {@code src/test/resources/jekyll-compat/<fixture>/} holds a
 * site ({@code site/}), its build variants ({@code fixture.properties}: Jekyll's command-line flags
 * and extra configuration per variant) and, per variant, what Jekyll 4.3.1 built from it:
 * {@code expected-files.<variant>.txt}, every output file (the URL contract), and
 * {@code expected-checks.<variant>.txt}, the {@code <p class="check">…</p>} lines of each output
 * file (titles, slugs, dates, categories, tags and URLs as Jekyll printed them). Quire builds the
 * same site with the same settings as overrides and must give the same files and the same lines.
 *
 * <p>The expected data comes from {@code regenerate.py} in that folder (needs Jekyll; see its
 * README). This test needs no Ruby.
 */
class JekyllCompatTest {

    private static final Pattern CHECK = Pattern.compile("<p class=\"check\">.*?</p>");
    /** Rouge's token spans, which a {@code #tokens} known difference removes from Jekyll's output. */
    private static final Pattern ROUGE_TOKEN = Pattern.compile("<span class=\"[a-z0-9 ]+\">|</span>");
    /**
     * A feed's {@code generator} element names the program that wrote it (Jekyll's names Jekyll and
     * its version, Quire's Quire): the one part of a plugin's output compared without its text.
     */
    private static final Pattern GENERATOR_ELEMENT = Pattern.compile("<generator\\b[^>]*>[^<]*</generator>");
    /**
     * A feed's own {@code <updated>} (before its first entry): jekyll-feed prints the build time there,
     * Quire the newest entry's date, so that a build of unchanged content leaves the feed unchanged.
     */
    private static final Pattern FEED_UPDATED = Pattern.compile("^((?:(?!<entry[ >]).)*?)<updated>[^<]*</updated>",
            Pattern.DOTALL);

    private static final String ROUGE_TOKENS = "Code: Rouge splits code into tokens (<span class=\"k\">def</span>); "
            + "no Java library highlights with Rouge's lexers and class names, so Quire writes Rouge's wrapper "
            + "markup around the escaped code, and the file is compared with Jekyll's token spans removed.";

    /**
     * Expectations Quire does not meet yet, as {@code fixture/variant/output path} (files) or with a
     * {@code #check} suffix (only the check lines of that file). Each entry names the rule.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.ofEntries(
            Map.entry("categories/default/2019/7/2019/05/30/number.html#check",
                    "Categories: non-string front-matter categories ([2019, 7]). Jekyll 4.3.1's populate_categories "
                    + "merges the stringified list back into the raw one with Array#|, so page.categories is "
                    + "[2019, 7, \"2019\", \"7\"] (Quire: [\"2019\", \"7\"]); the URL (/2019/7/...) matches."),
            Map.entry("markdown/default/code.html#tokens", ROUGE_TOKENS),
            Map.entry("markdown/default/highlight.html#tokens", ROUGE_TOKENS),
            Map.entry("markdown/default/html-block-in-span.html#html",
                    "Markdown: kramdown reads only span-level HTML elements inside a paragraph and escapes a "
                    + "block-level tag there (<hr> prints as &lt;hr&gt;); flexmark passes it through as HTML."));


    @TempDir
    Path work;

    static Stream<Arguments> variants() throws IOException {
        List<Arguments> variants = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root())) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve("fixture.properties");
                if (Files.isRegularFile(file)) {
                    for (String variant : properties(file).getProperty("variants").trim().split("\\s+")) {
                        variants.add(Arguments.of(folder.getFileName().toString(), variant));
                    }
                }
            }
        }
        assertFalse(variants.isEmpty(), "no fixtures under " + root());
        return variants.stream();
    }

    /**
     * Every plugin but the layouts and static files: Jekyll made the expected output without
     * plugins (no feed, sitemap, theme...), so Quire's built-in extras are switched off, as a
     * site switches them off with {@code quire: {disable: [...]}}; except those the fixture names in
     * {@code plugins=} (Quire's names), whose real Jekyll counterparts its {@code _config.yml} loads.
     */
    private static List<String> pluginsJekyllHasNot(Set<String> enabled) {
        List<String> names = new ArrayList<>();
        for (dev.quire.spi.QuirePlugin plugin : java.util.ServiceLoader.load(dev.quire.spi.QuirePlugin.class)) {
            if (!Set.of("layouts", "static-files").contains(plugin.name()) && !enabled.contains(plugin.name())) {
                names.add(plugin.name());
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("variants")
    void buildsWhatJekyllBuilds(String fixture, String variant) throws IOException {
        Path folder = root().resolve(fixture);
        Properties properties = properties(folder.resolve("fixture.properties"));
        BuildOptions options = BuildOptions.of(folder.resolve("site"), work.resolve("out"), work.resolve("state"))
                .withThreads(2)
                .withOverride("quire", Map.of("disable", pluginsJekyllHasNot(plugins(properties))));
        // A variant's config, read as YAML, as Jekyll reads the extra config file it is written to.
        Map<String, Object> given = new java.util.HashMap<>();
        String config = properties.getProperty(variant + ".config", "").trim();
        if (!config.isEmpty()) {
            given.putAll(dev.quire.load.Yaml.parseMapping(config, "fixture.properties", 1));
        }
        // Then the fixture's Quire-only config (an archive layout in FreeMarker where Jekyll's is
        // Liquid), merged into the section it names, over the variant's.
        String quireConfig = properties.getProperty("quire.config", "").trim();
        if (!quireConfig.isEmpty()) {
            dev.quire.load.Yaml.parseMapping(quireConfig, "fixture.properties", 1).forEach((key, value) -> {
                if (given.get(key) instanceof Map<?, ?> section && value instanceof Map<?, ?> more) {
                    Map<Object, Object> merged = new java.util.LinkedHashMap<>(section);
                    merged.putAll(more);
                    given.put(key, merged);
                } else {
                    given.put(key, value);
                }
            });
        }
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            options = options.withOverride(entry.getKey(), entry.getValue());
        }
        for (String flag : properties.getProperty(variant + ".flags", "").trim().split("\\s+")) {
            switch (flag) {
                case "" -> { }
                case "--future" -> options = options.withOverride("future", true);
                case "--drafts" -> options = options.withOverride("show_drafts", true);
                case "--unpublished" -> options = options.withOverride("unpublished", true);
                default -> fail("unknown flag " + flag + " in " + fixture + "/fixture.properties");
            }
        }
        String mtime = properties.getProperty("mtime", "").trim();
        if (!mtime.isEmpty()) {
            setModificationTimes(folder.resolve("site"), java.time.Instant.parse(mtime));
        }
        try {
            new Quire().build(options, BuildListener.SILENT);
        } catch (BuildFailedException e) {
            fail(fixture + " (" + variant + ") does not build: " + e.getMessage(), e);
        }
        SortedMap<String, byte[]> output = Trees.snapshot(work.resolve("out"));

        String prefix = fixture + "/" + variant + "/";
        TreeSet<String> expectedFiles = new TreeSet<>(lines(folder.resolve("expected-files." + variant + ".txt")));
        TreeSet<String> actualFiles = new TreeSet<>(output.keySet());
        expectedFiles.removeIf(path -> KNOWN_DIFFERENCES.containsKey(prefix + path));
        actualFiles.removeIf(path -> KNOWN_DIFFERENCES.containsKey(prefix + path));
        assertEquals(String.join("\n", expectedFiles), String.join("\n", actualFiles),
                fixture + " (" + variant + "): output files differ from Jekyll's");

        List<String> expectedChecks = new ArrayList<>();
        for (String line : lines(folder.resolve("expected-checks." + variant + ".txt"))) {
            String path = line.substring(0, line.indexOf('\t'));
            if (!KNOWN_DIFFERENCES.containsKey(prefix + path) && !KNOWN_DIFFERENCES.containsKey(prefix + path + "#check")) {
                expectedChecks.add(line);
            }
        }
        List<String> actualChecks = new ArrayList<>();
        for (String path : actualFiles) {
            if (KNOWN_DIFFERENCES.containsKey(prefix + path + "#check")) {
                continue;
            }
            Matcher matcher = CHECK.matcher(new String(output.get(path), StandardCharsets.UTF_8));
            while (matcher.find()) {
                actualChecks.add(path + "\t" + matcher.group());
            }
        }
        expectedChecks.sort(null);
        actualChecks.sort(null);
        // The assertion message is cut in reports: keep the whole list to diff against the expected file.
        Path actualFile = Path.of("target", "jekyll-compat", fixture + "-" + variant + ".actual-checks.txt");
        if (expectedChecks.equals(actualChecks)) {
            Files.deleteIfExists(actualFile);
        } else {
            Files.createDirectories(actualFile.getParent());
            Files.write(actualFile, actualChecks, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", expectedChecks), String.join("\n", actualChecks),
                fixture + " (" + variant + "): page variables differ from Jekyll's");

        for (String glob : properties.getProperty("compare.html", "").trim().split("\\s+")) {
            if (glob.isEmpty()) {
                continue;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            List<Executable> comparisons = new ArrayList<>();
            for (String path : actualFiles) {
                if (!matcher.matches(Path.of(path)) || KNOWN_DIFFERENCES.containsKey(prefix + path + "#html")) {
                    continue;
                }
                String expected = expectedHtml(folder, variant, path);
                boolean generated = !plugins(properties).isEmpty();
                if (KNOWN_DIFFERENCES.containsKey(prefix + path + "#tokens")) {
                    expected = ROUGE_TOKEN.matcher(expected).replaceAll("");
                }
                String actual = normalise(new String(output.get(path), StandardCharsets.UTF_8));
                String wanted = normalise(expected);
                if (generated) {
                    actual = withoutFeedUpdated(withoutGenerator(actual));
                    wanted = withoutFeedUpdated(withoutGenerator(wanted));
                }
                String actualText = actual;
                String wantedText = wanted;
                comparisons.add(() -> assertEquals(wantedText, actualText, fixture + " (" + variant + "): " + path + " differs from Jekyll's"));
            }
            assertAll(comparisons);
        }

        for (String known : KNOWN_DIFFERENCES.keySet()) {
            if (known.startsWith(prefix)) {
                assertStillDifferent(folder, variant, output, known, known.substring(prefix.length()));
            }
        }
    }

    /** Jekyll's whole output file, stored by {@code regenerate.py} for a {@code compare.html} fixture. */
    private static String expectedHtml(Path folder, String variant, String path) throws IOException {
        return Files.readString(folder.resolve("expected-html." + variant).resolve(path), StandardCharsets.UTF_8);
    }

    /**
     * The one normalisation of whole-file comparison: trailing white space on a line and blank lines
     * are ignored (kramdown separates blocks with an empty line, flexmark does not; HTML does not care).
     */
    static String normalise(String html) {
        return html.lines().map(String::stripTrailing).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /**
     * {@code mtime=}: every file of the site gets this modification time, as {@code regenerate.py} gave
     * them before Jekyll ran (a sitemap prints static files' modification times; git keeps none).
     */
    private static void setModificationTimes(Path site, java.time.Instant time) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(time));
            }
        }
    }

    /** The fixture's {@code plugins=}: the Quire plugins it compares with real Jekyll plugins. */
    private static Set<String> plugins(Properties properties) {
        return java.util.Arrays.stream(properties.getProperty("plugins", "").trim().split("\\s*,\\s*"))
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }

    /** {@link #GENERATOR_ELEMENT} without its attributes and text, in Jekyll's and Quire's output alike. */
    static String withoutGenerator(String xml) {
        return GENERATOR_ELEMENT.matcher(xml).replaceAll("<generator/>");
    }

    @org.junit.jupiter.api.Test
    void theFeedNormalisationsTouchOnlyTheGeneratorAndTheFeedsOwnUpdated() {
        String feed = "<feed x=\"1\"><generator uri=\"https://jekyllrb.com/\" version=\"4.3.1\">Jekyll</generator>"
                + "<updated>2024-06-01T14:00:00+02:00</updated><title>T</title>"
                + "<entry><updated>2024-01-01T00:00:00+01:00</updated></entry></feed>";
        assertEquals("<feed x=\"1\"><generator/><updated/><title>T</title>"
                + "<entry><updated>2024-01-01T00:00:00+01:00</updated></entry></feed>", withoutFeedUpdated(withoutGenerator(feed)));
        assertEquals("<urlset><updated>x</updated></urlset>", withoutFeedUpdated("<urlset><updated>x</updated></urlset>"));
    }

    /** {@link #FEED_UPDATED} without its date, in Jekyll's and Quire's feeds alike; other files are unchanged. */
    static String withoutFeedUpdated(String xml) {
        return xml.contains("<feed ") ? FEED_UPDATED.matcher(xml).replaceFirst("$1<updated/>") : xml;
    }

    /** A known difference that Quire no longer has must leave {@link #KNOWN_DIFFERENCES}. */
    private static void assertStillDifferent(Path folder, String variant, SortedMap<String, byte[]> output,
            String known, String entry) throws IOException {
        boolean matches;
        if (entry.endsWith("#html") || entry.endsWith("#tokens")) {
            String path = entry.substring(0, entry.lastIndexOf('#'));
            matches = output.containsKey(path) && normalise(expectedHtml(folder, variant, path))
                    .equals(normalise(new String(output.get(path), StandardCharsets.UTF_8)));
        } else if (entry.endsWith("#check")) {
            String path = entry.substring(0, entry.length() - "#check".length());
            List<String> expected = lines(folder.resolve("expected-checks." + variant + ".txt")).stream()
                    .filter(line -> line.startsWith(path + "\t")).map(line -> line.substring(path.length() + 1))
                    .toList();
            List<String> actual = new ArrayList<>();
            if (output.containsKey(path)) {
                Matcher matcher = CHECK.matcher(new String(output.get(path), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    actual.add(matcher.group());
                }
            }
            matches = expected.equals(actual);
        } else {
            matches = lines(folder.resolve("expected-files." + variant + ".txt")).contains(entry) == output.containsKey(entry);
        }
        if (matches) {
            fail("known difference " + known + " (" + KNOWN_DIFFERENCES.get(known) + ") now matches Jekyll: "
                    + "remove it from KNOWN_DIFFERENCES and from the fixtures' README");
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty()).toList();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The fixtures in the module's source tree (surefire runs tests in the module's folder). */
    private static Path root() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/jekyll-compat");
    }
}
