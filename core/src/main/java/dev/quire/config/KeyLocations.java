package dev.quire.config;

import dev.quire.error.SourceLocation;
import dev.quire.load.Yaml;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each configuration key got its value, so that a message about a key names the file and
 * line a user has to edit, whatever configuration files the build read: for each key, at any depth
 * ({@code feed.tags.path}), the file that set it last and the line of the key in it, merged as the
 * values are deep-merged; a key a front end overrides, that override. Immutable.
 *
 * @param fallbackFile the file named for a key set nowhere (a default): the last configuration
 *                     file read, else {@code _config.yml}, where the user would add it
 * @param paths        where each key was set, by its path from the top ({@code [feed, path]})
 */
public record KeyLocations(String fallbackFile, Map<List<String>, SourceLocation> paths) {

    /** The file named when a site has no configuration file. */
    public static final String DEFAULT_FILE = "_config.yml";

    public KeyLocations {
        fallbackFile = fallbackFile == null || fallbackFile.isEmpty() ? DEFAULT_FILE : fallbackFile;
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /** No key located: every key is named by {@code fallbackFile} alone. */
    public static KeyLocations none(String fallbackFile) {
        return new KeyLocations(fallbackFile, Map.of());
    }

    /** Where a top-level key is set; the fallback file without a line when it is set nowhere. */
    public SourceLocation of(String key) {
        return at(key);
    }

    /** Where a key of a top-level key's mapping is set ({@code feed: {path: ...}}); see {@link #at}. */
    public SourceLocation of(String key, String option) {
        return at(key, option);
    }

    /**
     * Where the key at {@code path} is set ({@code at("feed", "tags", "path")}); when it is not
     * written in a file, where the nearest key above it is; the fallback file when none is.
     */
    public SourceLocation at(String... path) {
        List<String> keys = Arrays.asList(path);
        for (int length = keys.size(); length > 0; length--) {
            SourceLocation at = paths.get(keys.subList(0, length));
            if (at != null) {
                return at;
            }
        }
        return SourceLocation.of(fallbackFile);
    }

    /**
     * These locations with a configuration file read over them, as its values are deep-merged over
     * the values read before: a key the file sets is now located there; below it, when both the
     * earlier and the file's values are mappings, the keys are merged the same way, else the
     * file's keys replace the earlier ones. The file becomes the fallback.
     *
     * @param earlier the values before the file was merged over them
     * @param file    the file, as parsed
     * @param name    the file as messages name it
     */
    public KeyLocations withFile(Map<String, Object> earlier, Yaml.LocatedMapping file, String name) {
        Map<List<String>, SourceLocation> merged = new LinkedHashMap<>(paths);
        file.values().forEach((key, value) -> mergeOver(merged, List.of(key), earlier.get(key), value, file.paths()));
        return new KeyLocations(name, merged);
    }

    private static void mergeOver(Map<List<String>, SourceLocation> merged, List<String> path, Object before,
            Object after, Map<List<String>, SourceLocation> file) {
        SourceLocation at = file.get(path);
        if (at != null) {
            merged.put(path, at);
        } else {
            merged.remove(path);
        }
        if (before instanceof Map<?, ?> beforeMap && after instanceof Map<?, ?> afterMap) {
            afterMap.forEach((key, value) -> mergeOver(merged, append(path, String.valueOf(key)),
                    beforeMap.get(key), value, file));
            return;
        }
        merged.keySet().removeIf(known -> below(known, path));
        file.forEach((known, where) -> {
            if (below(known, path)) {
                merged.put(known, where);
            }
        });
    }

    /**
     * These locations with a key a front end gives (a command-line flag, a Maven parameter), which
     * replaces the key's value whole: named {@code [build option KEY]}, without a line.
     */
    public KeyLocations withOverride(String key) {
        Map<List<String>, SourceLocation> merged = new LinkedHashMap<>(paths);
        merged.keySet().removeIf(known -> below(known, List.of(key)));
        merged.put(List.of(key), overrideLocation(key));
        return new KeyLocations(fallbackFile, merged);
    }

    /**
     * How a key from a front end is named: in brackets, as other locations that are not files of
     * the source folder are, so that front ends print it as it is.
     */
    public static SourceLocation overrideLocation(String key) {
        return SourceLocation.of("[build option " + key + "]");
    }

    /** Whether {@code path} lies strictly below {@code parent}. */
    private static boolean below(List<String> path, List<String> parent) {
        return path.size() > parent.size() && path.subList(0, parent.size()).equals(parent);
    }

    private static List<String> append(List<String> path, String key) {
        String[] longer = path.toArray(new String[path.size() + 1]);
        longer[path.size()] = key;
        return List.of(longer);
    }
}
