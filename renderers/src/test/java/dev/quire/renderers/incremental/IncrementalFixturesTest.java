package dev.quire.renderers.incremental;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.Quire;
import dev.quire.error.BuildFailedException;
import dev.quire.testing.DebugLines;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental correctness over every Jekyll compatibility fixture, with every built-in plugin on:
 * each edit of a document's body or title is built into the output folder of the earlier builds
 * (the incremental path, which keeps what the edit does not reach) and must give exactly the bytes
 * of a clean build. The fixtures hold Liquid, layouts, collections, pagination, archives, feeds and
 * links between pages: the kinds of reads an incremental build must not miss.
 */
class IncrementalFixturesTest {

    /** Documents edited per fixture: enough to reach posts, pages and collection documents. */
    private static final int DOCUMENTS_PER_FIXTURE = 3;
    private static final Instant TIME = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path work;

    private int cleanBuilds;
    private int incrementalBuilds;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(folder -> Files.isDirectory(folder.resolve("site")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void editsOfDocumentsGiveTheSiteACleanBuildGives(String fixture) throws Exception {
        Path site = work.resolve("site");
        copy(root().resolve(fixture).resolve("site"), site);
        BuildOptions incremental = options(site, work.resolve("out"), work.resolve("state"));
        try {
            build(incremental);
        } catch (BuildFailedException e) {
            Assumptions.abort(fixture + " needs a variant's options to build: " + e.getMessage());
        }
        for (Path document : documents(site)) {
            String path = site.relativize(document).toString().replace('\\', '/');
            edit(document, text -> text + "\n\nA paragraph added by the incremental test.\n");
            assertSameAsCleanBuild(incremental, site, path, fixture + ": body of " + path);
            edit(document, IncrementalFixturesTest::retitled);
            assertSameAsCleanBuild(incremental, site, path, fixture + ": title of " + path);
        }
        List<Path> edited = documents(site);
        if (!edited.isEmpty()) {
            // A copy of a document under a new name (a new post when it was one), then the original removed.
            Path original = edited.get(0);
            String name = original.getFileName().toString();
            Path copy = original.resolveSibling(name.matches("\\d{4}-\\d{2}-\\d{2}-.*")
                    ? name.substring(0, 11) + "added-" + name.substring(11) : "added-" + name);
            Files.copy(original, copy);
            assertSameAsCleanBuild(incremental, site, site.relativize(copy).toString().replace('\\', '/'),
                    fixture + ": added " + copy.getFileName());
            Files.delete(original);
            assertSameAsCleanBuild(incremental, site, site.relativize(original).toString().replace('\\', '/'),
                    fixture + ": removed " + name);
        }
        assertTrue(incrementalBuilds > 0, fixture + ": edits of its documents take the incremental path");
    }

    private void assertSameAsCleanBuild(BuildOptions incremental, Path site, String path, String after)
            throws Exception {
        DebugLines debug = new DebugLines();
        BuildFailedException failed = null;
        try {
            new Quire().build(incremental, debug);
        } catch (BuildFailedException e) {
            failed = e; // the edit broke the site (a post a post_url names was removed)
        }
        cleanBuilds++;
        BuildOptions clean = options(site, work.resolve("clean-" + cleanBuilds), work.resolve("clean-state-" + cleanBuilds));
        if (failed != null) {
            BuildFailedException expected = org.junit.jupiter.api.Assertions.assertThrows(BuildFailedException.class,
                    () -> build(clean), after + ": the incremental build failed, so must a clean one: " + failed);
            org.junit.jupiter.api.Assertions.assertEquals(expected.getMessage(), failed.getMessage(), after);
            return;
        }
        if (debug.doneAgain() != null) {
            incrementalBuilds++;
        } else {
            // A file the site does not read as a document (a hidden draft, a file outside
            // collections_dir, an ignored name) is no document's source: its edit builds in full.
            assertTrue(debug.lines().stream().anyMatch(line -> line.startsWith("full build: ") && line.contains(path)),
                    after + ": only a change of a file that is no document's source builds in full: " + debug.lines());
        }
        build(clean);
        SortedMap<String, byte[]> expected = Trees.snapshot(clean.destination());
        SortedMap<String, byte[]> actual = Trees.snapshot(incremental.destination());
        assertTrue(Trees.same(expected, actual), after + ": " + Trees.difference(expected, actual).orElse(""));
    }

    private static BuildOptions options(Path site, Path out, Path state) {
        return BuildOptions.of(site, out, state).withThreads(2).withTime(TIME);
    }

    private static void build(BuildOptions options) throws Exception {
        new Quire().build(options, BuildListener.SILENT);
    }

    /** Files with front matter outside the folders every document depends on (layouts, includes, data). */
    private static List<Path> documents(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String path = site.relativize(file).toString().replace('\\', '/');
                        return !path.startsWith("_layouts/") && !path.startsWith("_includes/")
                                && !path.startsWith("_data/") && !path.startsWith("_config");
                    })
                    .filter(IncrementalFixturesTest::hasFrontMatter)
                    // Likely documents first: hidden, ignored and draft files are often no document.
                    .sorted(java.util.Comparator.comparing((Path file) -> unlikelyDocument(site.relativize(file)))
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .limit(DOCUMENTS_PER_FIXTURE)
                    .toList();
        }
    }

    private static boolean unlikelyDocument(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("#") || name.startsWith(".") || name.startsWith("~") || name.equals("_drafts")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFrontMatter(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).startsWith("---\n");
        } catch (IOException e) {
            return false;
        }
    }

    /** The text with its title changed, or a title added. */
    private static String retitled(String text) {
        int end = text.indexOf("\n---", 3);
        String frontMatter = text.substring(0, end);
        String title = frontMatter.lines().filter(line -> line.startsWith("title:")).findFirst().orElse(null);
        if (title == null || title.strip().endsWith("|") || title.strip().endsWith(">")) {
            return "---\ntitle: Edited by the incremental test" + text.substring(3);
        }
        return text.replace(title, "title: Edited by the incremental test");
    }

    @FunctionalInterface
    private interface Change {
        String apply(String text);
    }

    private static void edit(Path file, Change change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file)));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Path root() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/jekyll-compat");
    }
}
