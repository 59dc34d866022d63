package dev.quire.model;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The site's configuration: Jekyll's defaults, overlaid with {@code _config.yml} (or the
 * configuration files a front end names, in order), overlaid with the front end's overrides (Maven
 * parameters, command-line flags). Immutable.
 *
 * @param source       the source root
 * @param values       every key, as templates see it under {@code site}
 * @param zone         the site time zone ({@code timezone:}, else UTC)
 * @param time         the build time ({@code time:} when set), which decides what is in the future
 * @param keyLocations where each key got its value, for messages about it ({@link #locationOf})
 */
public record SiteConfig(Path source, Map<String, Object> values, ZoneId zone, ZonedDateTime time,
        dev.quire.config.KeyLocations keyLocations) {

    /**
     * Jekyll's {@code DEFAULT_EXCLUDES}: always excluded, also when {@code _config.yml} sets its own
     * {@code exclude:} list (Jekyll adds these to it).
     */
    public static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile",
            "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/");

    /** Jekyll's defaults for the keys Quire reads. */
    public static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("permalink", "date");
        defaults.put("baseurl", "");
        defaults.put("url", "");
        defaults.put("markdown_ext", "markdown,mkdown,mkdn,mkd,md");
        defaults.put("show_drafts", false);
        defaults.put("future", false);
        defaults.put("unpublished", false);
        defaults.put("excerpt_separator", "\n\n");
        defaults.put("exclude", DEFAULT_EXCLUDES);
        defaults.put("include", List.of());
        return defaults;
    }

    public SiteConfig {
        Objects.requireNonNull(source, "source");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        zone = zone == null ? ZoneOffset.UTC : zone;
        Objects.requireNonNull(time, "time");
        keyLocations = keyLocations == null
                ? dev.quire.config.KeyLocations.none(dev.quire.config.KeyLocations.DEFAULT_FILE) : keyLocations;
    }

    /** A configuration that knows no key's line: messages name {@code _config.yml} alone. */
    public SiteConfig(Path source, Map<String, Object> values, ZoneId zone, ZonedDateTime time) {
        this(source, values, zone, time, null);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public String string(String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : value.toString();
    }

    public boolean flag(String key) {
        Object value = values.get(key);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /** The {@code permalink} style or template. */
    public String permalink() {
        return string("permalink", "date");
    }

    /** The base URL without a trailing slash; empty for a site at the root of its host. */
    public String baseUrl() {
        String baseUrl = string("baseurl", "");
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        return baseUrl.isEmpty() || baseUrl.startsWith("/") ? baseUrl : "/" + baseUrl;
    }

    public String url() {
        String url = string("url", "");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean showDrafts() {
        return flag("show_drafts");
    }

    public boolean future() {
        return flag("future");
    }

    public boolean unpublished() {
        return flag("unpublished");
    }

    /** Parsed {@code markdown_ext} settings: asked for every file, parsed once per distinct value. */
    private static final Map<String, Set<String>> MARKDOWN_EXTENSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Extensions (with their dot, lower case) of files converted from Markdown. */
    public Set<String> markdownExtensions() {
        return MARKDOWN_EXTENSIONS.computeIfAbsent(string("markdown_ext", ""), setting -> {
            Set<String> extensions = new LinkedHashSet<>();
            for (String extension : setting.split(",")) {
                String trimmed = extension.trim().toLowerCase(Locale.ROOT);
                if (!trimmed.isEmpty()) {
                    extensions.add("." + trimmed);
                }
            }
            return java.util.Collections.unmodifiableSet(extensions);
        });
    }

    public boolean isMarkdown(SourceFile file) {
        return markdownExtensions().contains(file.extension().toLowerCase(Locale.ROOT));
    }

    public List<String> stringList(String key) {
        Object value = values.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /** Parsed {@code collections} settings, by the values they are parsed from. */
    private static final Map<List<Object>, List<Collection>> COLLECTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The collections, {@code posts} included, in the order {@code _config.yml} lists them
     * ({@code posts} last unless listed). {@code collections:} is a list of labels or a map of label
     * to settings ({@code output}, {@code permalink}); folders lie below {@code collections_dir}.
     */
    public List<Collection> collections() {
        List<Object> key = java.util.Arrays.asList(values.get("collections"), string("collections_dir", ""));
        return COLLECTIONS.computeIfAbsent(key, k -> parseCollections(k.get(0), (String) k.get(1)));
    }

    /**
     * A plugin's typed options: the section of {@link dev.quire.spi.OptionsKey#section()} bound to
     * its record, over its defaults.
     *
     * @throws dev.quire.error.QuireException when the section has an unknown option or a value of
     *         the wrong type, naming the configuration file and the option
     */
    public <T> T options(dev.quire.spi.OptionsKey<T> key) {
        return dev.quire.config.OptionsBinder.bind(key, values.get(key.section()), keyLocations);
    }

    /** Warnings about keys of a plugin's option section that its record does not have. */
    public java.util.List<dev.quire.error.Problem> unknownOptions(dev.quire.spi.OptionsKey<?> key, String plugin) {
        return dev.quire.config.OptionsBinder.unknownOptions(key, plugin, values.get(key.section()), keyLocations);
    }

    /**
     * Where a top-level key is set: its line and column in the configuration file that set it
     * last; a front end's override as {@code [build option KEY]}; a key set nowhere (a default) as
     * the last configuration file read (else {@code _config.yml}) without a line. For plugins that
     * check keys outside an options section ({@code paginate:}).
     */
    public dev.quire.error.SourceLocation locationOf(String key) {
        return keyLocations.of(key);
    }

    /** {@code collections_dir} without leading or trailing slashes; empty when collections are at the root. */
    public String collectionsDir() {
        return string("collections_dir", "").replaceAll("^/+|/+$", "");
    }

    /**
     * A path as Jekyll gives it to posts and collection documents: relative to
     * {@code collections_dir}; {@code null} for a path outside it.
     */
    public String collectionPath(String sourcePath) {
        String dir = collectionsDir();
        if (dir.isEmpty()) {
            return sourcePath;
        }
        return sourcePath.startsWith(dir + "/") ? sourcePath.substring(dir.length() + 1) : null;
    }

    /** The collection with this label. */
    public java.util.Optional<Collection> collection(String label) {
        return collections().stream().filter(c -> c.label().equals(label)).findFirst();
    }

    /**
     * The folder {@code collections_dir} names, relative to the source root: Jekyll joins it to the
     * source as a file path, so {@code .} and {@code ./} segments name no folder ({@code collections_dir: .}
     * is the root, as some real sites set it).
     */
    static String collectionsFolder(String collectionsDir) {
        return java.util.Arrays.stream(collectionsDir.split("/"))
                .filter(segment -> !segment.isEmpty() && !segment.equals("."))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static List<Collection> parseCollections(Object setting, String collectionsDir) {
        Map<String, Map<?, ?>> byLabel = new LinkedHashMap<>();
        if (setting instanceof Map<?, ?> map) {
            map.forEach((label, settings) -> byLabel.put(String.valueOf(label),
                    settings instanceof Map<?, ?> m ? m : Map.of()));
        } else if (setting instanceof List<?> list) {
            list.forEach(label -> byLabel.put(String.valueOf(label), Map.of()));
        }
        byLabel.putIfAbsent(Collection.POSTS, Map.of());
        String dir = collectionsFolder(collectionsDir);
        // sort_by and order are only read as Jekyll reads them: a string and a list.
        List<Collection> result = new java.util.ArrayList<>();
        byLabel.forEach((label, settings) -> {
            Object permalink = settings.get("permalink");
            boolean output = Collection.POSTS.equals(label) || Boolean.TRUE.equals(settings.get("output"))
                    || "true".equals(String.valueOf(settings.get("output")));
            Object sortBy = settings.get("sort_by");
            List<String> order = settings.get("order") instanceof List<?> entries
                    ? entries.stream().map(String::valueOf).toList() : List.of();
            result.add(new Collection(label, (dir.isEmpty() ? "" : dir + "/") + "_" + label, output,
                    permalink == null ? null : permalink.toString(), sortBy instanceof String key ? key : null, order));
        });
        return List.copyOf(result);
    }
}
