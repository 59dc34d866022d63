package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeferredTest {

    @Test
    void computesOnFirstReadAndKeepsTheText() {
        AtomicInteger runs = new AtomicInteger();
        Deferred text = new Deferred(() -> "text " + runs.incrementAndGet());

        assertEquals(0, runs.get());
        assertEquals("text 1", text.get());
        assertEquals("text 1", text.toString());
        assertEquals(1, runs.get());
    }

    @Test
    void manyThreadsReadOneAndTheSameValue() {
        // Each computation makes a new object: if two threads computed at once, one result is kept.
        Deferred text = new Deferred(() -> new StringBuilder("same").toString());

        List<Object> read = IntStream.range(0, 64).parallel().mapToObj(i -> text.get()).toList();

        assertEquals(1, read.stream().map(System::identityHashCode).distinct().count(), "one kept value");
        assertEquals("same", read.get(0));
    }

    @Test
    void aProblemInTheTextIsThrownOnEveryReadAsAFailureCarryingIt() {
        AtomicInteger runs = new AtomicInteger();
        QuireException problem = new QuireException(SourceLocation.of("_posts/a.md", 4), "Liquid error", "fix it");
        Deferred text = new Deferred(() -> {
            runs.incrementAndGet();
            throw problem;
        });

        Deferred.Failure first = assertThrows(Deferred.Failure.class, text::get);
        Deferred.Failure second = assertThrows(Deferred.Failure.class, text::get);

        assertSame(problem, first.problem());
        assertSame(first, second);
        assertEquals(1, runs.get());
        assertSame(first, Deferred.Failure.in(new RuntimeException("template", first)));
    }

    @Test
    void aResolvingMapComputesOnGetButNotWhenItsEntriesAreWalked() {
        AtomicInteger runs = new AtomicInteger();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "T");
        values.put("excerpt", new Deferred(() -> "E" + runs.incrementAndGet()));
        ResolvingMap view = new ResolvingMap(values);

        for (Map.Entry<String, Object> entry : view.entrySet()) {
            if (entry.getKey().equals("excerpt")) {
                assertEquals(Deferred.class, entry.getValue().getClass(), "walking keeps it deferred");
            }
        }
        assertEquals(0, runs.get());
        assertEquals("E1", view.get("excerpt"));
        assertEquals("T", view.get("title"));
        assertEquals(2, view.size());
    }
}
