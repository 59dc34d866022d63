package dev.quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on the real file system: what each kind of edit reports. */
class SourceWatcherTest {

    @TempDir
    Path temp;
    Path source;
    Path posts;
    ChangeBatcher batcher;
    SourceWatcher watcher;

    @BeforeEach
    void start() throws IOException {
        source = Files.createDirectories(temp.resolve("site"));
        posts = Files.createDirectories(source.resolve("_posts"));
        Files.createDirectories(source.resolve("_site/old"));
        Files.createDirectories(source.resolve(".git"));
        Files.writeString(posts.resolve("2024-01-01-a.md"), "---\n---\nA\n");
        Files.writeString(temp.resolve("extra.yml"), "title: x\n");
        Files.writeString(temp.resolve("unrelated.txt"), "x");
        batcher = new ChangeBatcher(100, 2_000);
        watcher = new SourceWatcher(source, Set.of(temp.resolve("extra.yml")), List.of(source.resolve("_site")), batcher);
    }

    @AfterEach
    void stop() throws IOException {
        watcher.close();
    }

    /** The next batch, or a failure after five seconds. */
    Changes next() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return batcher.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
    }

    /** No batch within a second. */
    void nothingMore() throws Exception {
        CompletableFuture<Changes> batch = CompletableFuture.supplyAsync(() -> {
            try {
                return batcher.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Changes changes = batch.get(1, TimeUnit.SECONDS);
            throw new AssertionError("unexpected changes: " + changes);
        } catch (TimeoutException e) {
            batch.cancel(true);
        }
    }

    @Test
    void aFileSavedTwiceQuicklyIsOneBatch() throws Exception {
        Path post = posts.resolve("2024-01-01-a.md");
        Files.writeString(post, "---\ntitle: half");
        Files.writeString(post, "---\ntitle: whole\n---\nB\n");
        assertEquals(Set.of(post), next().paths());
        nothingMore();
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        Path post = posts.resolve("2024-01-01-a.md");
        Files.delete(post);
        assertEquals(Set.of(post), next().paths());
    }

    @Test
    void aRenamedFileReportsBothNames() throws Exception {
        Path from = posts.resolve("2024-01-01-a.md");
        Path to = posts.resolve("2024-01-02-b.md");
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(Set.of(from, to), next().paths());
    }

    @Test
    void aNewFolderIsWatchedAndItsFilesReported() throws Exception {
        Path folder = source.resolve("docs/guide");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("intro.md"), "x");
        Set<Path> seen = new HashSet<>(next().paths());
        assertTrue(seen.contains(source.resolve("docs")), seen.toString());
        // The file may come in the first batch (found when the folder was registered) or the next.
        if (!seen.contains(folder.resolve("intro.md"))) {
            seen.addAll(next().paths());
        }
        assertTrue(seen.contains(folder.resolve("intro.md")), seen.toString());

        Files.writeString(folder.resolve("intro.md"), "changed");
        assertEquals(Set.of(folder.resolve("intro.md")), next().paths(), "the new folder is watched");
    }

    @Test
    void aDeletedFolderAndOneCreatedAgainAreWatched() throws Exception {
        Path folder = Files.createDirectories(source.resolve("notes"));
        next();
        Files.delete(folder);
        assertEquals(Set.of(folder), next().paths());
        Files.createDirectories(folder);
        next();
        Files.writeString(folder.resolve("n.md"), "x");
        assertEquals(Set.of(folder.resolve("n.md")), next().paths());
    }

    @Test
    void theOutputFolderAndGitAreNotWatched() throws Exception {
        Files.writeString(source.resolve("_site/index.html"), "built");
        Files.writeString(source.resolve("_site/old/page.html"), "built");
        Files.writeString(source.resolve(".git/index"), "git");
        Files.writeString(temp.resolve("unrelated.txt"), "changed");
        nothingMore();
    }

    @Test
    void aConfigurationFileOutsideTheSourceIsWatched() throws Exception {
        Files.writeString(temp.resolve("extra.yml"), "title: y\n");
        assertEquals(Set.of(temp.resolve("extra.yml")), next().paths());
    }

    @Test
    void manyFilesAtOnceEndInBatchesWithoutLosingAny() throws Exception {
        Set<Path> written = new HashSet<>();
        for (int i = 0; i < 600; i++) {
            Path file = posts.resolve("2024-02-01-p" + i + ".md");
            Files.writeString(file, "---\n---\n" + i);
            written.add(file);
        }
        Set<Path> seen = new HashSet<>();
        while (!seen.containsAll(written)) {
            Changes changes = next();
            if (changes.everything()) {
                return; // the queue overflowed: a full build is the right answer
            }
            seen.addAll(changes.paths());
        }
        assertFalse(seen.isEmpty());
    }

    @Test
    void anOverflowMakesTheNextBatchAFullBuild() throws Exception {
        WatchEvent<Object> overflow = new WatchEvent<>() {
            @Override
            public Kind<Object> kind() {
                return StandardWatchEventKinds.OVERFLOW;
            }

            @Override
            public int count() {
                return 1;
            }

            @Override
            public Object context() {
                return null;
            }
        };
        watcher.handle(posts, overflow);
        assertEquals(Changes.all(), next());
    }

    @Test
    void aFolderThatCannotBeWatchedIsReportedAndMakesAFullBuild() throws Exception {
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SourceWatcher other = new SourceWatcher(source, Set.of(), List.of(), batcher, warnings::add)) {
            assertEquals(List.of(), warnings);
            // Listing fails as it would for a folder the system refuses to watch (a file is no folder).
            Path notAFolder = posts.resolve("2024-01-01-a.md");
            other.registerTree(notAFolder, true);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Changes in " + notAFolder + " will not be seen: it cannot be watched"),
                    warnings.get(0));
            assertEquals(Changes.all(), next());
        }
    }
}
