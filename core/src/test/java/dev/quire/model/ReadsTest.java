package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadsTest {

    private static Reads.Read read(String owner, String key) {
        return new Reads.Read(owner, key);
    }

    @Test
    void duringRecordsTheReadsOfItsWorkAndReturnsItsValue() throws Exception {
        Reads.Recorded<String> recorded = Reads.during(() -> {
            Reads.record("site", "title");
            Reads.record("doc:a.md", "url");
            Reads.record("site", "title");
            return "done";
        });

        assertEquals("done", recorded.value());
        assertEquals(Set.of(read("site", "title"), read("doc:a.md", "url")), recorded.reads());
    }

    @Test
    void aReadWithoutOwnerIsNotRecorded() throws Exception {
        Reads.Recorded<Void> recorded = Reads.during(() -> {
            Reads.record(null, "title");
            return null;
        });

        assertEquals(Set.of(), recorded.reads());
    }

    @Test
    void nothingIsRecordedOutsideDuring() throws Exception {
        Reads.record("site", "before");
        Reads.Recorded<Void> recorded = Reads.during(() -> null);
        Reads.record("site", "after");

        assertEquals(Set.of(), recorded.reads());
    }

    @Test
    void innerWorkKeepsItsReadsApartAndTheOuterWorkGoesOnRecording() throws Exception {
        AtomicReference<Reads.Recorded<String>> inner = new AtomicReference<>();
        Reads.Recorded<String> outer = Reads.during(() -> {
            Reads.record("site", "outer-before");
            inner.set(Reads.during(() -> {
                Reads.record("doc:inner.md", "title");
                return "inner";
            }));
            Reads.record("site", "outer-after");
            return "outer";
        });

        assertEquals(Set.of(read("doc:inner.md", "title")), inner.get().reads());
        assertEquals("inner", inner.get().value());
        assertEquals(Set.of(read("site", "outer-before"), read("site", "outer-after")), outer.reads());
    }

    @Test
    void recordingStopsWhenTheWorkThrows() throws Exception {
        IOException thrown = new IOException("boom");
        Reads.Recorded<Void> outer = Reads.during(() -> {
            assertSame(thrown, assertThrows(IOException.class, () -> Reads.during(() -> {
                Reads.record("doc:failing.md", "title");
                throw thrown;
            })));
            Reads.record("site", "after");
            return null;
        });

        assertEquals(Set.of(read("site", "after")), outer.reads(), "the failed work's reads do not leak out");
        Reads.record("site", "outside");
        assertEquals(Set.of(read("site", "after")), outer.reads());
    }

    @Test
    void readsOfOtherThreadsAreNotRecorded() throws Exception {
        Reads.Recorded<Void> recorded = Reads.during(() -> {
            Thread other = new Thread(() -> Reads.record("site", "elsewhere"));
            other.start();
            other.join();
            return null;
        });

        assertEquals(Set.of(), recorded.reads());
    }

    @Test
    void aFileReadIsRecordedByItsPathInTheSource() throws Exception {
        Reads.Recorded<Void> recorded = Reads.during(() -> {
            Reads.record(Reads.FILE_OWNER + "docs/part.md", Reads.TEXT);
            return null;
        });

        assertEquals(Set.of(read("file:docs/part.md", "text")), recorded.reads());
    }

    @Test
    void readsSortByOwnerThenKey() {
        assertTrue(read("doc:a.md", "z").compareTo(read("site", "a")) < 0);
        assertTrue(read("site", "a").compareTo(read("site", "b")) < 0);
        assertEquals(0, read("site", "a").compareTo(read("site", "a")));
    }
}
