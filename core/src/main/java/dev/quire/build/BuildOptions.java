package dev.quire.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a front end (Maven plugin, command line, tests) asks of a build.
 *
 * @param source      the site's source folder
 * @param destination the output folder; must not be, contain, or lie inside the source folder
 * @param stateDirectory where Quire keeps what it needs between builds (the list of files it wrote)
 * @param overrides   configuration keys that win over {@code _config.yml} ({@code baseurl},
 *                    {@code show_drafts}, ...)
 * @param time        the build time, or {@code null} for now ({@code time:} in the config wins)
 * @param threads     worker threads for per-document work, at least 1
 */
public record BuildOptions(Path source, Path destination, Path stateDirectory, Map<String, Object> overrides,
        Instant time, int threads) {

    public BuildOptions {
        source = Objects.requireNonNull(source, "source").toAbsolutePath().normalize();
        destination = Objects.requireNonNull(destination, "destination").toAbsolutePath().normalize();
        stateDirectory = Objects.requireNonNull(stateDirectory, "stateDirectory").toAbsolutePath().normalize();
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static BuildOptions of(Path source, Path destination, Path stateDirectory) {
        return new BuildOptions(source, destination, stateDirectory, Map.of(), null,
                Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withOverride(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(overrides);
        copy.put(key, value);
        return new BuildOptions(source, destination, stateDirectory, copy, time, threads);
    }

    public BuildOptions withTime(Instant newTime) {
        return new BuildOptions(source, destination, stateDirectory, overrides, newTime, threads);
    }

    public BuildOptions withThreads(int newThreads) {
        return new BuildOptions(source, destination, stateDirectory, overrides, time, newThreads);
    }
}
