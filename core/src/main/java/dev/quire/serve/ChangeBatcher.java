package dev.quire.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Gathers change events into batches: a batch is handed out once no event came for the quiet
 * period (an editor's save is often several events: truncate, write, rename, touch), or once the
 * first event of the batch is {@code maxDelay} old, so that a file changing without pause still
 * gets built. Events arriving during a build form the next batch. Thread-safe.
 */
final class ChangeBatcher {

    private final long quietMillis;
    private final long maxDelayMillis;
    private final Set<Path> paths = new HashSet<>();
    private boolean everything;
    private long firstEvent;
    private long lastEvent;

    ChangeBatcher(long quietMillis, long maxDelayMillis) {
        this.quietMillis = quietMillis;
        this.maxDelayMillis = maxDelayMillis;
    }

    synchronized void changed(Path path) {
        stamp();
        paths.add(path);
        notifyAll();
    }

    /** The watcher lost events: the next batch asks for a full build. */
    synchronized void lostTrack() {
        stamp();
        everything = true;
        notifyAll();
    }

    private void stamp() {
        long now = System.nanoTime() / 1_000_000;
        if (!hasPending()) {
            firstEvent = now;
        }
        lastEvent = now;
    }

    private boolean hasPending() {
        return everything || !paths.isEmpty();
    }

    /** Waits for the next batch: blocks until there is one and it has settled. */
    synchronized Changes take() throws InterruptedException {
        while (true) {
            if (!hasPending()) {
                wait();
                continue;
            }
            long now = System.nanoTime() / 1_000_000;
            long settleAt = Math.min(lastEvent + quietMillis, firstEvent + maxDelayMillis);
            if (now >= settleAt) {
                Changes batch = everything ? Changes.all() : Changes.of(paths);
                paths.clear();
                everything = false;
                return batch;
            }
            wait(Math.max(1, settleAt - now));
        }
    }
}
