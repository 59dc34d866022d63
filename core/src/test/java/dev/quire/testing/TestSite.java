package dev.quire.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small site in a temporary folder, for tests: {@code source/} holds the files given by path
 * ({@code /} separators, relative to the source root), {@code output/} is the destination and
 * {@code state/} the state directory, all three side by side under the given root (use a JUnit
 * {@code @TempDir}).
 *
 * <pre>{@code
 * TestSite site = TestSite.create(tempDir, Map.of(
 *         "_config.yml", "title: Test\n",
 *         "_posts/2019-05-21-hello.md", "---\ntitle: Hello\n---\nHi\n"));
 * BuildResult result = site.build();
 * }</pre>
 *
 * <p>Builds run with a fixed build time, {@link #TIME} unless {@link #withTime} sets another, so
 * that "future" posts do not depend on the day the tests run, and with two threads.
 */
public final class TestSite {

    /** The build time used by {@link #options()}: 2024-01-01T00:00:00Z. */
    public static final Instant TIME = Instant.parse("2024-01-01T00:00:00Z");

    private final Path root;
    private final Path source;
    private final Path destination;
    private final Path stateDirectory;
    private Instant time = TIME;

    private TestSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.source = this.root.resolve("source");
        this.destination = this.root.resolve("output");
        this.stateDirectory = this.root.resolve("state");
        try {
            Files.createDirectories(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty site under {@code root}. */
    public static TestSite create(Path root) {
        return new TestSite(root);
    }

    /** A site under {@code root} with the given files (path to UTF-8 content). */
    public static TestSite create(Path root, Map<String, String> files) {
        return new TestSite(root).write(files);
    }

    /** Builds at {@code time} instead of {@link #TIME} from now on. */
    public TestSite withTime(Instant time) {
        this.time = time;
        return this;
    }

    /** Writes a UTF-8 text file, creating its folders. */
    public TestSite write(String path, String content) {
        return write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite write(String path, byte[] content) {
        Path file = file(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestSite write(Map<String, String> files) {
        files.forEach(this::write);
        return this;
    }

    public TestSite delete(String path) {
        try {
            Files.delete(file(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A file of the source folder. */
    public Path file(String path) {
        return inside(source, "source", path);
    }

    /** The folder that holds source, output and state. */
    public Path root() {
        return root;
    }

    public Path source() {
        return source;
    }

    public Path destination() {
        return destination;
    }

    public Path stateDirectory() {
        return stateDirectory;
    }

    /** A file of the output folder. */
    public Path outputFile(String path) {
        return inside(destination, "output", path);
    }

    /** Whether the output holds {@code path} (a file or a folder). */
    public boolean hasOutput(String path) {
        return Files.exists(outputFile(path));
    }

    /** An output file read as UTF-8; fails the test, listing the output, when there is no such file. */
    public String output(String path) {
        Path file = outputFile(path);
        if (!Files.isRegularFile(file)) {
            fail("no output file " + path + "; the output holds " + Trees.files(destination));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for building this site: fixed time ({@link #TIME} or that of {@link #withTime}), two threads. */
    public BuildOptions options() {
        return BuildOptions.of(source, destination, stateDirectory).withTime(time).withThreads(2);
    }

    private static Path inside(Path folder, String name, String path) {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("not inside the " + name + " folder: " + path);
        }
        return file;
    }

    /** Builds with {@link #options()}. */
    public BuildResult build() throws BuildFailedException, IOException {
        return build(UnaryOperator.identity());
    }

    /** Builds with {@link #options()} changed by {@code customize} (overrides, time, ...). */
    public BuildResult build(UnaryOperator<BuildOptions> customize) throws BuildFailedException, IOException {
        return new Quire().build(customize.apply(options()), BuildListener.SILENT);
    }

    /** Builds, expecting the build to fail; returns the failure. */
    public BuildFailedException buildFails() {
        return buildFails(UnaryOperator.identity());
    }

    public BuildFailedException buildFails(UnaryOperator<BuildOptions> customize) {
        return assertThrows(BuildFailedException.class, () -> build(customize),
                "the build of " + source + " should fail");
    }
}
