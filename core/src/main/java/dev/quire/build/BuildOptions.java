package dev.quire.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a front end (Maven plugin, command line, tests) asks of a build.
 *
 * @param source      the site's source folder
 * @param destination the output folder; must not be the source folder or contain it, and may lie
 *                    inside it only in a folder Quire never reads (one whose name starts with
 *                    {@code _} or {@code .}, such as Jekyll's {@code _site})
 * @param stateDirectory where Quire keeps what it needs between builds (the list of files it wrote)
 * @param configFiles the configuration files to read, in order, later ones overriding earlier ones
 *                    (Jekyll's {@code --config a.yml,b.yml}); empty for the source folder's
 *                    {@code _config.yml}, which is not read when files are given
 * @param overrides   configuration keys that win over the configuration files ({@code baseurl},
 *                    {@code show_drafts}, ...)
 * @param time        the build time, or {@code null} for now ({@code time:} in the config wins)
 * @param threads     worker threads for per-document work, at least 1
 */
public record BuildOptions(Path source, Path destination, Path stateDirectory, List<Path> configFiles,
        Map<String, Object> overrides, Instant time, int threads) {

    public BuildOptions {
        source = Objects.requireNonNull(source, "source").toAbsolutePath().normalize();
        destination = Objects.requireNonNull(destination, "destination").toAbsolutePath().normalize();
        stateDirectory = Objects.requireNonNull(stateDirectory, "stateDirectory").toAbsolutePath().normalize();
        configFiles = configFiles.stream().map(file -> file.toAbsolutePath().normalize()).toList();
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Options without configuration files of their own: the source folder's {@code _config.yml} is read. */
    public BuildOptions(Path source, Path destination, Path stateDirectory, Map<String, Object> overrides,
            Instant time, int threads) {
        this(source, destination, stateDirectory, List.of(), overrides, time, threads);
    }

    public static BuildOptions of(Path source, Path destination, Path stateDirectory) {
        return new BuildOptions(source, destination, stateDirectory, List.of(), Map.of(), null,
                Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withOverride(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(overrides);
        copy.put(key, value);
        return new BuildOptions(source, destination, stateDirectory, configFiles, copy, time, threads);
    }

    /** Reads these configuration files, in order, instead of the source folder's {@code _config.yml}. */
    public BuildOptions withConfigFiles(List<Path> files) {
        return new BuildOptions(source, destination, stateDirectory, files, overrides, time, threads);
    }

    public BuildOptions withTime(Instant newTime) {
        return new BuildOptions(source, destination, stateDirectory, configFiles, overrides, newTime, threads);
    }

    public BuildOptions withThreads(int newThreads) {
        return new BuildOptions(source, destination, stateDirectory, configFiles, overrides, time, newThreads);
    }
}
