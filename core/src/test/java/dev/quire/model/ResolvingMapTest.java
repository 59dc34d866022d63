package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResolvingMapTest {

    private final AtomicInteger computed = new AtomicInteger();

    private ResolvingMap view(String owner) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Hello");
        values.put("excerpt", new Deferred(() -> {
            computed.incrementAndGet();
            return "<p>Hi</p>";
        }));
        return new ResolvingMap(values, owner);
    }

    private static Set<Reads.Read> readsOf(Callable<?> work) throws Exception {
        return Reads.during(work).reads();
    }

    private static Set<Reads.Read> reads(String owner, String... keys) {
        return java.util.Arrays.stream(keys).map(key -> new Reads.Read(owner, key))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void getRecordsTheKeyAndComputesADeferredValue() throws Exception {
        ResolvingMap view = view("doc:a.md");

        assertEquals(reads("doc:a.md", "excerpt", "missing"), readsOf(() -> {
            assertEquals("<p>Hi</p>", view.get("excerpt"));
            return view.get("missing");
        }));
        assertEquals(1, computed.get());
    }

    @Test
    void containsKeyRecordsTheKey() throws Exception {
        ResolvingMap view = view("site");

        assertEquals(reads("site", "title", "nothing"), readsOf(() -> {
            assertTrue(view.containsKey("title"));
            assertFalse(view.containsKey("nothing"));
            return null;
        }));
    }

    @Test
    void walkingOrCountingRecordsEveryKey() throws Exception {
        ResolvingMap view = view("site");

        assertEquals(reads("site", Reads.ALL), readsOf(view::size));
        assertEquals(reads("site", Reads.ALL), readsOf(view::entrySet));
        assertEquals(reads("site", Reads.ALL), readsOf(() -> List.copyOf(view.keySet())));
        assertEquals(reads("site", Reads.ALL), readsOf(() -> view.keySet().size()));
        assertEquals(reads("site", Reads.ALL), readsOf(() -> { view.forEach((k, v) -> { }); return null; }));
        assertEquals(reads("site", Reads.ALL), readsOf(() -> List.copyOf(view.values())));
        assertEquals(reads("site", Reads.ALL), readsOf(view::isEmpty));
        assertEquals(reads("site", "title"), readsOf(() -> view.keySet().contains("title")),
                "asking the keys for one key reads that key");
    }

    @Test
    void walkingDoesNotComputeDeferredValues() throws Exception {
        ResolvingMap view = view("site");

        Object excerpt = Reads.during(() -> List.copyOf(view.values())).value().get(1);

        assertInstanceOf(Deferred.class, excerpt);
        assertEquals(0, computed.get());
    }

    @Test
    void entriesRecordNothingAndComputeNothing() throws Exception {
        ResolvingMap view = view("site");

        assertEquals(Set.of(), readsOf(() -> {
            Map<String, Object> entries = view.entries();
            entries.size();
            entries.containsKey("title");
            entries.get("title");
            return List.copyOf(entries.entrySet());
        }));
        assertEquals(0, computed.get());
    }

    @Test
    void aViewWithoutOwnerRecordsNothing() throws Exception {
        ResolvingMap view = view(null);

        assertEquals(Set.of(), readsOf(() -> {
            view.get("title");
            view.containsKey("title");
            view.size();
            return view.entrySet();
        }));
        assertEquals(Set.of(), readsOf(() -> new ResolvingMap(Map.of("a", 1)).get("a")));
    }

    @Test
    void readsOutsideRecordingAreNotKept() throws Exception {
        ResolvingMap view = view("site");
        view.get("title");
        view.size();

        assertEquals(reads("site", "title"), readsOf(() -> view.get("title")));
    }

    @Test
    void nestedRecordingKeepsTheInnerReadsApart() throws Exception {
        ResolvingMap site = view("site");
        ResolvingMap page = view("doc:a.md");
        java.util.concurrent.atomic.AtomicReference<Set<Reads.Read>> inner = new java.util.concurrent.atomic.AtomicReference<>();

        Set<Reads.Read> outer = readsOf(() -> {
            site.get("title");
            inner.set(readsOf(() -> page.get("title")));
            return site.size();
        });

        assertEquals(reads("doc:a.md", "title"), inner.get());
        assertEquals(reads("site", "title", Reads.ALL), outer);
    }

    @Test
    void withValuesKeepsTheOwner() throws Exception {
        ResolvingMap view = view("doc:a.md");

        ResolvingMap other = view.withValues(Map.of("title", "Other"));

        assertEquals("doc:a.md", other.owner());
        assertEquals(reads("doc:a.md", "title"), readsOf(() -> other.get("title")));
    }

    @Test
    void theViewCannotBeChanged() {
        ResolvingMap view = view("site");

        assertThrows(UnsupportedOperationException.class, () -> view.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> view.entries().put("x", 1));
    }
}
