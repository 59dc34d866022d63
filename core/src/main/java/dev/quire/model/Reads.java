package dev.quire.model;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Records what one piece of work (a document's Liquid, its layouts) reads of the site while it runs
 * on the current thread: each key read from a view ({@link ResolvingMap}), each file an include
 * reads, whether it resolved links. An incremental build compares these reads' values with the
 * next build's to know which documents it may leave as they are.
 *
 * <p>A read is an owner ({@code site}, {@code doc:PATH}, ...) and a key; {@link #ALL} stands for
 * every key of the owner (a template walked the whole view).
 */
public final class Reads {

    /**
     * The prefix of a read of a file of the site (an {@code include_relative}, a template a layout
     * includes), before its path in the source folder; its key is {@link #TEXT}.
     */
    public static final String FILE_OWNER = "file:";
    /** The key of a file's read: its text. */
    public static final String TEXT = "text";

    /** The key read when a template walks every entry of a view or asks for its size. */
    public static final String ALL = "*";

    /** One value read: the view (or other source) it came from and its key. */
    public record Read(String owner, String key) implements Comparable<Read> {

        @Override
        public int compareTo(Read other) {
            int byOwner = owner.compareTo(other.owner);
            return byOwner != 0 ? byOwner : key.compareTo(other.key);
        }
    }

    /** What a piece of work read, and what it returned. */
    public record Recorded<T>(T value, Set<Read> reads) {
    }

    private static final ThreadLocal<Set<Read>> CURRENT = new ThreadLocal<>();

    private Reads() {
    }

    /** Notes a read for the work running on this thread, if it is being recorded. */
    public static void record(String owner, String key) {
        Set<Read> reads = CURRENT.get();
        if (reads != null && owner != null) {
            reads.add(new Read(owner, key));
        }
    }

    /**
     * Notes reads made earlier for the work running on this thread: a value computed once and
     * shared by many pieces of work (a layout helper's memo) passes each the reads it was made from.
     */
    public static void recordAll(Set<Read> earlier) {
        Set<Read> reads = CURRENT.get();
        if (reads != null) {
            reads.addAll(earlier);
        }
    }

    /** Runs {@code work} on this thread, recording what it reads (reads of work around it are kept apart). */
    public static <T> Recorded<T> during(Callable<T> work) throws Exception {
        Set<Read> outer = CURRENT.get();
        Set<Read> reads = new HashSet<>();
        CURRENT.set(reads);
        try {
            return new Recorded<>(work.call(), reads);
        } finally {
            restore(outer);
        }
    }

    private static void restore(Set<Read> outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
