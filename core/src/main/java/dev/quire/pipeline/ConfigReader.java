package dev.quire.pipeline;

import dev.quire.build.BuildOptions;
import dev.quire.config.KeyLocations;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.load.Utf8;
import dev.quire.load.Yaml;
import dev.quire.model.Hashes;
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

/**
 * Reads the configuration: Jekyll's defaults, then the configuration files (the source folder's
 * {@code _config.yml} or {@code _config.yaml}, or the files the front end names, later ones
 * deep-merged over earlier ones, as Jekyll's {@code --config a.yml,b.yml}), then the overrides.
 */
final class ConfigReader {

    static final String[] CONFIG_FILES = {"_config.yml", "_config.yaml"};

    private ConfigReader() {
    }

    static SiteConfig read(BuildOptions options) throws IOException {
        Map<String, Object> values = SiteConfig.defaults();
        // Where each key got its value, to name the file and line in a message about it.
        KeyLocations locations = KeyLocations.none(KeyLocations.DEFAULT_FILE);
        for (Path file : configFiles(options)) {
            String name = displayName(options.source(), file);
            Yaml.LocatedMapping read = Yaml.parseLocatedMapping(Utf8.decode(Files.readAllBytes(file), name), name, 1);
            locations = locations.withFile(values, read, name);
            values = new LinkedHashMap<>(Hashes.deepMerge(values, read.values()));
        }
        values.putAll(options.overrides());
        for (String key : options.overrides().keySet()) {
            locations = locations.withOverride(key);
        }
        addDefaultExcludes(values);
        checkLimitPosts(values.get("limit_posts"), locations.of("limit_posts"));
        ZoneId zone = zone(values.get("timezone"), locations.of("timezone"));
        ZonedDateTime time = time(values.get("time"), options.time(), zone, locations.of("time"));
        values.put("time", time);
        return new SiteConfig(options.source(), new LinkedHashMap<>(values), zone, time, locations);
    }

    /**
     * The files to read, in order. Named files must exist (Jekyll stops on a missing one); without
     * named files, the source folder's {@code _config.yml}, else {@code _config.yaml}, else none.
     */
    private static List<Path> configFiles(BuildOptions options) {
        if (!options.configFiles().isEmpty()) {
            for (Path file : options.configFiles()) {
                if (!Files.isRegularFile(file)) {
                    throw new QuireException(null, "the configuration file " + file + " does not exist",
                            "check the path given to --config; it is relative to the current folder, not the source folder");
                }
            }
            return options.configFiles();
        }
        for (String name : CONFIG_FILES) {
            Path file = options.source().resolve(name);
            if (Files.isRegularFile(file)) {
                return List.of(file);
            }
        }
        return List.of();
    }

    /** A file inside the source folder by its path relative to it (as every source file is named), else in full. */
    private static String displayName(Path source, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(source) ? source.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
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
    private static void checkLimitPosts(Object value, SourceLocation where) {
        if (value == null) {
            return;
        }
        String text = value.toString().strip();
        boolean whole = value instanceof Integer || value instanceof Long || text.matches("-?\\d+");
        if (whole && !text.startsWith("-")) {
            return;
        }
        throw new QuireException(where,
                whole ? "limit_posts must be a non-negative number (it is " + text + ")"
                        : "limit_posts must be a whole number, found '" + text + "'",
                "set 'limit_posts:' to how many of the newest posts to build, or 0 for all");
    }

    private static ZoneId zone(Object value, SourceLocation where) {
        if (value == null || value.toString().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value.toString().strip());
        } catch (DateTimeException e) {
            throw new QuireException(where,
                    "unknown time zone '" + value + "'", "use an IANA zone name such as Europe/Berlin or America/New_York");
        }
    }

    private static ZonedDateTime time(Object configured, Instant given, ZoneId zone, SourceLocation where) {
        if (configured != null) {
            return dev.quire.resolve.Dates.toZoned(configured, zone).orElseThrow(() -> new QuireException(
                    where,
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
