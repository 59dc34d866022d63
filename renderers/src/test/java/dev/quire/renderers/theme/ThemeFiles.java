package dev.quire.renderers.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The default theme's files, for tests that read them (templates parse, colours contrast). */
public final class ThemeFiles {

    /** Where the theme lives on the class path. */
    public static final String RESOURCE_ROOT = "dev/quire/theme/quire";

    private ThemeFiles() {
    }

    /** The theme's folder (the build's classes folder). */
    public static Path root() {
        URL marker = ThemeFiles.class.getClassLoader().getResource(RESOURCE_ROOT + "/_layouts/default.ftlh");
        if (marker == null) {
            throw new IllegalStateException("the default theme is not on the class path");
        }
        try {
            return Path.of(marker.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The theme's files, by path relative to its root ({@code /} separators), sorted. */
    public static List<String> paths() {
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
