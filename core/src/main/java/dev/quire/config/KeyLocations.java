package dev.quire.config;

import dev.quire.error.SourceLocation;
import dev.quire.load.Yaml;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each configuration key got its value, so that a message about a key names the file and
 * line a user has to edit, whatever configuration files the build read: the last file that sets a
 * top-level key (later files win, as they do for the values), the line of the key in it; for the
 * keys of a mapping (a plugin's options), the file and line of each, merged as the values are
 * merged; a key a front end overrides, that override. Immutable.
 *
 * @param fallbackFile the file named for a key set nowhere (a default): the last configuration
 *                     file read, else {@code _config.yml}, where the user would add it
 * @param keys         by top-level key, where it was set
 */
public record KeyLocations(String fallbackFile, Map<String, KeyLocation> keys) {

    /** The file named when a site has no configuration file. */
    public static final String DEFAULT_FILE = "_config.yml";

    /**
     * Where one top-level key was set.
     *
     * @param at      the key's line and column, or a location without a line (an override)
     * @param options where each key of its mapping value was set, by key; empty when the value is
     *                not a mapping read from a file
     */
    public record KeyLocation(SourceLocation at, Map<String, SourceLocation> options) {

        public KeyLocation {
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    public KeyLocations {
        fallbackFile = fallbackFile == null || fallbackFile.isEmpty() ? DEFAULT_FILE : fallbackFile;
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** No key located: every key is named by {@code fallbackFile} alone. */
    public static KeyLocations none(String fallbackFile) {
        return new KeyLocations(fallbackFile, Map.of());
    }

    /** Where a top-level key is set; the fallback file without a line when it is set nowhere. */
    public SourceLocation of(String key) {
        KeyLocation location = keys.get(key);
        return location == null ? SourceLocation.of(fallbackFile) : location.at();
    }

    /**
     * Where a key of a top-level key's mapping is set ({@code feed: {path: ...}}); where the
     * top-level key is set when that key is not written in a file.
     */
    public SourceLocation of(String key, String option) {
        KeyLocation location = keys.get(key);
        SourceLocation at = location == null ? null : location.options().get(option);
        return at != null ? at : of(key);
    }

    /**
     * These locations with a configuration file read over them, as its values are deep-merged over
     * the values read before: a key the file sets is now located there; the keys of a mapping the
     * file sets are merged with those of the earlier mapping when both values are mappings, else
     * replace them. The file becomes the fallback.
     *
     * @param earlier the values before the file was merged over them
     * @param file    the file, as parsed
     * @param name    the file as messages name it
     */
    public KeyLocations withFile(Map<String, Object> earlier, Yaml.LocatedMapping file, String name) {
        Map<String, KeyLocation> merged = new LinkedHashMap<>(keys);
        file.keys().forEach((key, at) -> {
            Map<String, SourceLocation> inner = file.innerKeys().getOrDefault(key, Map.of());
            Map<String, SourceLocation> options = new LinkedHashMap<>();
            KeyLocation before = merged.get(key);
            if (before != null && earlier.get(key) instanceof Map<?, ?> && file.values().get(key) instanceof Map<?, ?>) {
                options.putAll(before.options());
            }
            options.putAll(inner);
            merged.put(key, new KeyLocation(at, options));
        });
        return new KeyLocations(name, merged);
    }

    /**
     * These locations with a key a front end gives (a command-line flag, a Maven parameter), which
     * replaces the key's value whole: named {@code [build option KEY]}, without a line.
     */
    public KeyLocations withOverride(String key) {
        Map<String, KeyLocation> merged = new LinkedHashMap<>(keys);
        merged.put(key, new KeyLocation(overrideLocation(key), Map.of()));
        return new KeyLocations(fallbackFile, merged);
    }

    /**
     * How a key from a front end is named: in brackets, as other locations that are not files of
     * the source folder are, so that front ends print it as it is.
     */
    public static SourceLocation overrideLocation(String key) {
        return SourceLocation.of("[build option " + key + "]");
    }
}
