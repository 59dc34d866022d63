package dev.quire.check;

import dev.quire.error.QuireException;
import dev.quire.load.Utf8;
import dev.quire.load.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where a built site is served, as its configuration says: {@code baseurl} (the path, such as
 * {@code /docs}) and {@code url} (the host, such as {@code https://example.com}); each {@code null}
 * when not set. The link check needs only these two values of the configuration.
 */
public record SiteAddress(String baseurl, String url) {

    private static final List<String> DEFAULT_FILES = List.of("_config.yml", "_config.yaml");

    /**
     * Reads the configuration files as a build reads them: the named ones in order, a later file's
     * value replacing an earlier one's; none named, the source folder's {@code _config.yml}, else
     * its {@code _config.yaml}, else no file (both values {@code null}).
     *
     * @throws QuireException naming the file (with its line and column when known) when a named file
     *     does not exist, or a file is not UTF-8 or not a YAML mapping
     * @throws IOException when a file cannot be read
     */
    public static SiteAddress read(Path source, List<Path> configFiles) throws IOException {
        String baseurl = null;
        String url = null;
        for (Path file : files(source, configFiles)) {
            String name = file.toAbsolutePath().normalize().toString();
            Map<String, Object> values = Yaml.parseMapping(Utf8.decode(Files.readAllBytes(file), name), name, 1);
            if (values.containsKey("baseurl")) {
                baseurl = string(values.get("baseurl"));
            }
            if (values.containsKey("url")) {
                url = string(values.get("url"));
            }
        }
        return new SiteAddress(baseurl, url);
    }

    private static List<Path> files(Path source, List<Path> configFiles) {
        if (!configFiles.isEmpty()) {
            for (Path file : configFiles) {
                if (!Files.isRegularFile(file)) {
                    throw new QuireException(null, "the configuration file " + file.toAbsolutePath().normalize()
                            + " does not exist", "check the path; it is relative to the current folder, not the source folder");
                }
            }
            return configFiles;
        }
        return DEFAULT_FILES.stream().map(source::resolve).filter(Files::isRegularFile).limit(1).toList();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
