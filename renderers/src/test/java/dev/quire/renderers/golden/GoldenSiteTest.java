package dev.quire.renderers.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: each folder {@code src/test/resources/golden/<case>/} holds a site
 * ({@code site/}) and the exact output Quire must produce for it ({@code expected/}). The test
 * builds every site and compares the whole output tree with {@code expected/}, byte for byte: every
 * file, and no file missing or extra. On a difference it shows the missing and extra files and a diff
 * of the first file that differs.
 *
 * <p>Each site is built twice, with 1 and with 4 threads (the second time under a Turkish default
 * locale, where {@code "I".toLowerCase()} is a dotless {@code ı}, and a time zone far from every
 * fixture's), and both trees must be identical: output must not depend on scheduling or on the
 * machine. Every fixture sets {@code time:} in its {@code _config.yml}, so nothing depends on
 * the clock either.
 *
 * <p>To add a case, create {@code golden/<case>/site/}. To accept new output after an intended
 * change, run
 *
 * <pre>
 * ./mvnw -o -f renderers/pom.xml test -Dtest=GoldenSiteTest -Dquire.golden.update=true
 * </pre>
 *
 * which rewrites each {@code expected/} folder (in {@code src/test/resources}) from the build
 * instead of comparing. Then read every changed expected file (git diff) before committing: the
 * expected output must be what a Jekyll user would expect, not merely what the code produces.
 */
class GoldenSiteTest {

    private static final String UPDATE_PROPERTY = "quire.golden.update";
    /** The second build's default locale: Turkish case mapping breaks code that lower-cases with it. */
    private static final Locale HOSTILE_LOCALE = Locale.forLanguageTag("tr-TR");
    /** The second build's default time zone: UTC+14, far from UTC and from every fixture's zone. */
    private static final String HOSTILE_ZONE = "Pacific/Kiritimati";

    @TempDir
    Path work;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(goldenRoot())) {
            List<String> names = folders.filter(folder -> Files.isDirectory(folder.resolve("site")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "no golden cases under " + goldenRoot());
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsTheExpectedSite(String name) throws Exception {
        Path folder = goldenRoot().resolve(name);
        // a case without _layouts (the 'theme' case) is built with the default theme under it
        Path site = folder.resolve("site");
        Path expected = folder.resolve("expected");

        SortedMap<String, byte[]> oneThread = build(site, "one-thread", 1);
        SortedMap<String, byte[]> fourThreads = withDefaults(HOSTILE_LOCALE, HOSTILE_ZONE,
                () -> build(site, "four-threads", 4));
        Optional<String> unstable = Trees.difference(oneThread, fourThreads);
        if (unstable.isPresent()) {
            fail("building " + name + " twice (1 thread; 4 threads, " + HOSTILE_LOCALE.toLanguageTag() + " and "
                    + HOSTILE_ZONE + " as default locale and time zone) gave different "
                    + "output:" + System.lineSeparator() + unstable.get());
        }

        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            rewrite(expected, oneThread);
            return;
        }
        assertTrue(Files.isDirectory(expected), "no " + expected + "; run with -D" + UPDATE_PROPERTY
                + "=true to create it, then review it");
        Optional<String> difference = Trees.difference(Trees.snapshot(expected), oneThread);
        if (difference.isPresent()) {
            fail("output of golden case '" + name + "' differs from " + goldenRoot().relativize(expected) + ":"
                    + System.lineSeparator() + difference.get() + System.lineSeparator() + "(if the change is "
                    + "intended, rerun with -D" + UPDATE_PROPERTY + "=true and review the new expected files)");
        }
    }

    private SortedMap<String, byte[]> build(Path site, String label, int threads) throws IOException {
        Path destination = work.resolve(label).resolve("out");
        BuildOptions options = BuildOptions.of(site, destination, work.resolve(label).resolve("state"))
                .withThreads(threads);
        try {
            BuildResult result = new Quire().build(options, BuildListener.SILENT);
            if (!result.warnings().isEmpty()) {
                fail("golden sites build without warnings, but got " + result.warnings());
            }
        } catch (BuildFailedException e) {
            fail(e.getMessage(), e);
        }
        return Trees.snapshot(destination);
    }

    private static void rewrite(Path expected, SortedMap<String, byte[]> files) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = expected.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    private interface Build {
        SortedMap<String, byte[]> run() throws IOException;
    }

    /** Runs a build with another JVM default locale and time zone, which must not change the output. */
    private static SortedMap<String, byte[]> withDefaults(Locale locale, String zone, Build build) throws IOException {
        Locale previousLocale = Locale.getDefault();
        TimeZone previousZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return build.run();
        } finally {
            Locale.setDefault(previousLocale);
            TimeZone.setDefault(previousZone);
        }
    }

    /** The golden cases in the module's source tree (surefire runs tests in the module's folder). */
    private static Path goldenRoot() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/golden");
    }
}
