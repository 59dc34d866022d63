package dev.quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChangeBatcherTest {

    static final Path A = Path.of("/site/_posts/a.md");
    static final Path B = Path.of("/site/_posts/b.md");

    @Test
    void aBurstOfEventsIsOneBatchOncePathsAreQuiet() throws Exception {
        ChangeBatcher batcher = new ChangeBatcher(80, 5_000);
        CompletableFuture<Changes> batch = CompletableFuture.supplyAsync(() -> take(batcher));
        for (int i = 0; i < 5; i++) {
            batcher.changed(A);
            Thread.sleep(20);
        }
        batcher.changed(B);
        assertFalse(batch.isDone(), "still settling");
        Changes changes = batch.get(5, TimeUnit.SECONDS);
        assertEquals(Changes.of(Set.of(A, B)), changes);
        assertFalse(changes.everything());
    }

    @Test
    void aBatchWaitsForQuiet() throws Exception {
        ChangeBatcher batcher = new ChangeBatcher(300, 5_000);
        long start = System.nanoTime();
        batcher.changed(A);
        batcher.take();
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300));
    }

    @Test
    void eventsThatNeverStopAreBuiltAfterTheMaximumDelay() {
        ChangeBatcher batcher = new ChangeBatcher(200, 300);
        Thread writer = new Thread(() -> {
            try {
                while (true) {
                    batcher.changed(A);
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                // done
            }
        });
        writer.start();
        try {
            Changes changes = assertTimeoutPreemptively(Duration.ofSeconds(3), batcher::take);
            assertEquals(Set.of(A), changes.paths());
        } finally {
            writer.interrupt();
        }
    }

    @Test
    void lostEventsMakeTheNextBatchAFullBuildAndOnlyThatOne() throws Exception {
        ChangeBatcher batcher = new ChangeBatcher(10, 1_000);
        batcher.changed(A);
        batcher.lostTrack();
        batcher.changed(B);
        Changes changes = batcher.take();
        assertTrue(changes.everything());
        assertEquals(Changes.all(), changes);
        batcher.changed(A);
        assertEquals(Changes.of(Set.of(A)), batcher.take());
    }

    @Test
    void eventsDuringABuildFormTheNextBatch() throws Exception {
        ChangeBatcher batcher = new ChangeBatcher(10, 1_000);
        batcher.changed(A);
        assertEquals(Set.of(A), batcher.take().paths());
        batcher.changed(B);
        assertEquals(Set.of(B), batcher.take().paths());
    }

    @Test
    void changesDescribeThemselvesForTheLog() {
        Path source = Path.of("/site");
        assertEquals("_posts/a.md", Changes.of(Set.of(A)).describe(source));
        assertEquals("2 files", Changes.of(Set.of(A, B)).describe(source));
        assertEquals("all files", Changes.all().describe(source));
        assertTrue(Changes.of(Set.of()).isEmpty());
        assertFalse(Changes.all().isEmpty());
    }

    private static Changes take(ChangeBatcher batcher) {
        try {
            return batcher.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
