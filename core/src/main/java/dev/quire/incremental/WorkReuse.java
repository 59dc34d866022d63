package dev.quire.incremental;

import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Reads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The work on documents a build may take from the last one (conversions, output files) and the
 * records it leaves for the next. Work is taken only when its document and every value it read are
 * what they were; otherwise it runs, recording what it reads. Thread-safe.
 */
public final class WorkReuse {

    /** Work that may fail, given the problems to report to (captured, to report again when reused). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Problems problems) throws Exception;
    }

    /** What a piece of work gave: its value, or that the last build's result was taken. */
    public record Outcome<T>(T value, UnitRecord taken) {
    }

    private final BuildCache previous;
    private final Map<String, UnitRecord> next = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final java.util.Set<String> redone = new java.util.concurrent.ConcurrentSkipListSet<>();

    /** @param previous the records of the last build, or {@link BuildCache#empty()} to do all the work */
    public WorkReuse(BuildCache previous) {
        this.previous = previous;
    }

    /**
     * The last build's record of the work {@code key} on {@code document}, when it holds in {@code stage}
     * (its warnings are reported again, and it is kept for the next build); else runs {@code work},
     * records it, and returns its value. {@code content} says what of the value is kept (a conversion's
     * content), or returns {@code null}.
     */
    public <T> Outcome<T> apply(String key, Document document, StageValues stage, Problems problems, Work<T> work,
            java.util.function.Function<T, String> content) throws Exception {
        String own = UnitRecord.ownDigest(document);
        UnitRecord last = previous.get(key);
        if (last != null && !stage.isAmbiguous(Drops.ownerOf(document)) && last.holdsFor(own, stage)) {
            last.problems().forEach(problems::report);
            next.put(key, last);
            reused.incrementAndGet();
            return new Outcome<>(null, last);
        }
        redone.add(key);
        Capturing captured = new Capturing(problems);
        Reads.Recorded<T> recorded = Reads.during(() -> work.run(captured));
        next.put(key, new UnitRecord(own, stage.digests(recorded.reads()), captured.kept(),
                content.apply(recorded.value())));
        return new Outcome<>(recorded.value(), null);
    }

    /** Whether there was work of a last build to take. */
    public boolean hasPrevious() {
        return previous.size() > 0;
    }

    /** The keys of the work done in this build ({@code convert doc:PATH}, {@code render RENDERER doc:PATH OUTPUT}), sorted. */
    public java.util.List<String> redone() {
        return java.util.List.copyOf(redone);
    }

    /** How many pieces of work were taken from the last build. */
    public int reused() {
        return reused.get();
    }

    /** The records for the next build. */
    public BuildCache cache() {
        return new BuildCache(next);
    }

    /** Problems passed on, warnings and notes kept to store with the work's record. */
    private static final class Capturing implements Problems {

        private final Problems target;
        private final List<Problem> kept = Collections.synchronizedList(new ArrayList<>());

        Capturing(Problems target) {
            this.target = target;
        }

        @Override
        public void report(Problem problem) {
            target.report(problem);
            if (problem.isWarning() || problem.isInfo()) {
                kept.add(problem);
            }
        }

        @Override
        public void report(Problem problem, Throwable cause) {
            target.report(problem, cause);
            if (problem.isWarning() || problem.isInfo()) {
                kept.add(problem);
            }
        }

        List<Problem> kept() {
            return List.copyOf(kept);
        }
    }
}
