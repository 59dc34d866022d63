package dev.quire.renderers;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A small site written into a temporary folder and built through the whole pipeline ({@link Quire}),
 * as the renderers' tests need it: {@code src/} holds the sources, {@code out/} the output and
 * {@code state/} Quire's manifest. The build time is fixed so that nothing depends on the clock.
 */
public final class TinySite {

    /** The build time of every test build unless a test sets another. */
    public static final Instant TIME = Instant.parse("2024-06-01T12:00:00Z");

    private final Path source;
    private final Path destination;
    private final Path state;

    private TinySite(Path folder) {
        this.source = folder.resolve("src");
        this.destination = folder.resolve("out");
        this.state = folder.resolve("state");
    }

    /** A site in {@code folder} (a JUnit {@code @TempDir}); its source folder is created empty. */
    public static TinySite in(Path folder) {
        TinySite site = new TinySite(folder);
        try {
            Files.createDirectories(site.source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** Writes a source file (UTF-8), creating its folders. */
    public TinySite file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TinySite file(String path, byte[] bytes) {
        try {
            Path file = source.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path source() {
        return source;
    }

    public Path destination() {
        return destination;
    }

    public BuildOptions options() {
        return BuildOptions.of(source, destination, state).withTime(TIME).withThreads(2);
    }

    /** Builds the site; a failed build fails the test with every problem it reported. */
    public BuildResult build() {
        try {
            return new Quire().build(options(), BuildListener.SILENT);
        } catch (BuildFailedException e) {
            throw new AssertionError(e.getMessage() + System.lineSeparator() + e.problems(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the site, expecting it to fail, and returns the failure. */
    public BuildFailedException buildFails() {
        return assertThrows(BuildFailedException.class, () -> new Quire().build(options(), BuildListener.SILENT),
                "the build should have failed");
    }

    /** An output file as text; fails the test when it was not written. */
    public String output(String path) {
        Path file = destination.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no output file " + path + "; the output holds " + Trees.describe(destination));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasOutput(String path) {
        return Files.exists(destination.resolve(path));
    }
}
