package dev.quire.pipeline;

import dev.quire.build.BuildOptions;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.load.Utf8;
import dev.quire.load.Yaml;
import dev.quire.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code _config.yml} (or {@code _config.yaml}) over Jekyll's defaults, then the overrides. */
final class ConfigReader {

    static final String[] CONFIG_FILES = {"_config.yml", "_config.yaml"};

    private ConfigReader() {
    }

    static SiteConfig read(BuildOptions options) throws IOException {
        Map<String, Object> values = SiteConfig.defaults();
        String configFile = null;
        for (String name : CONFIG_FILES) {
            Path file = options.source().resolve(name);
            if (Files.isRegularFile(file)) {
                configFile = name;
                values.putAll(Yaml.parseMapping(Utf8.decode(Files.readAllBytes(file), name), name, 1));
                break;
            }
        }
        values.putAll(options.overrides());
        addDefaultExcludes(values);
        checkLimitPosts(values.get("limit_posts"), options.source(), configFile);
        ZoneId zone = zone(values.get("timezone"), configFile);
        ZonedDateTime time = time(values.get("time"), options.time(), zone, configFile);
        values.put("time", time);
        return new SiteConfig(options.source(), new LinkedHashMap<>(values), zone, time);
    }

    /**
     * Jekyll's {@code Configuration#add_default_excludes}: a site's {@code exclude:} list is
     * extended with the default excludes, not replaced ({@code exclude: [secret]} still leaves out
     * {@code Gemfile} and {@code node_modules}). A missing or empty value is left as it is.
     */
    private static void addDefaultExcludes(Map<String, Object> values) {
        if (values.get("exclude") instanceof List<?> list) {
            Set<Object> merged = new LinkedHashSet<>(list);
            merged.addAll(SiteConfig.DEFAULT_EXCLUDES);
            values.put("exclude", new ArrayList<>(merged));
        }
    }

    /** Jekyll refuses a negative {@code limit_posts} with this message before it reads anything. */
    private static void checkLimitPosts(Object value, Path source, String configFile) throws IOException {
        if (value == null) {
            return;
        }
        String text = value.toString().strip();
        boolean whole = value instanceof Integer || value instanceof Long || text.matches("-?\\d+");
        if (whole && !text.startsWith("-")) {
            return;
        }
        String file = configFile == null ? "_config.yml" : configFile;
        throw new QuireException(SourceLocation.of(file, configFile == null ? 0 : lineOf(source.resolve(file), "limit_posts")),
                whole ? "limit_posts must be a non-negative number (it is " + text + ")"
                        : "limit_posts must be a whole number, found '" + text + "'",
                "set 'limit_posts:' to how many of the newest posts to build, or 0 for all");
    }

    /** The 1-based line of a top-level key in a YAML file, or 0. */
    private static int lineOf(Path file, String key) throws IOException {
        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static ZoneId zone(Object value, String configFile) {
        if (value == null || value.toString().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value.toString().strip());
        } catch (DateTimeException e) {
            throw new QuireException(SourceLocation.of(configFile == null ? "_config.yml" : configFile),
                    "unknown time zone '" + value + "'", "use an IANA zone name such as Europe/Berlin or America/New_York");
        }
    }

    private static ZonedDateTime time(Object configured, Instant given, ZoneId zone, String configFile) {
        if (configured != null) {
            return dev.quire.resolve.Dates.toZoned(configured, zone).orElseThrow(() -> new QuireException(
                    SourceLocation.of(configFile == null ? "_config.yml" : configFile),
                    "'time: " + configured + "' is not a date", "write it as YYYY-MM-DD HH:MM:SS +/-TTTT"));
        }
        return (given == null ? Instant.now() : given).atZone(zone);
    }

    /** Whether the file is the site configuration, which is never a page or static file. */
    static boolean isConfigFile(dev.quire.model.SourceFile file) {
        for (String name : CONFIG_FILES) {
            if (file.path().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
