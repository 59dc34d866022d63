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
