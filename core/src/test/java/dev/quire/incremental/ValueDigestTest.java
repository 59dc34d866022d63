package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.Drops;
import dev.quire.model.ResolvingMap;
import dev.quire.model.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueDigestTest {

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Object> nested(int depth) {
        List<Object> value = new ArrayList<>(List.of("leaf"));
        for (int i = 0; i < depth; i++) {
            value = new ArrayList<>(List.of(value));
        }
        return value;
    }

    @Test
    void equalValuesHaveEqualDigests() {
        Map<String, Object> value = ordered("title", "Hello", "tags", List.of("a", "b"), "count", 3,
                "date", LocalDate.of(2019, 5, 21), "draft", false, "none", null);
        Map<String, Object> copy = ordered("title", new StringBuilder("Hello"), "tags", new ArrayList<>(List.of("a", "b")),
                "count", 3, "date", LocalDate.of(2019, 5, 21), "draft", false, "none", null);

        assertEquals(ValueDigest.of(value), ValueDigest.of(copy));
        assertEquals(ValueDigest.of(null), ValueDigest.of(null));
        assertEquals(40, ValueDigest.of("x").length(), "20 bytes in hex");
    }

    @Test
    void differentValuesHaveDifferentDigests() {
        assertNotEquals(ValueDigest.of("Hello"), ValueDigest.of("Hello!"));
        assertNotEquals(ValueDigest.of(ordered("a", 1)), ValueDigest.of(ordered("a", 2)));
        assertNotEquals(ValueDigest.of(ordered("a", 1)), ValueDigest.of(ordered("b", 1)));
        assertNotEquals(ValueDigest.of(LocalDate.of(2019, 5, 21)), ValueDigest.of(LocalDate.of(2019, 5, 22)));
    }

    @Test
    void equalTextOfDifferentTypesDiffers() {
        assertNotEquals(ValueDigest.of("1"), ValueDigest.of(1));
        assertNotEquals(ValueDigest.of("true"), ValueDigest.of(true));
        assertNotEquals(ValueDigest.of("2019-05-21"), ValueDigest.of(LocalDate.of(2019, 5, 21)));
        assertNotEquals(ValueDigest.of(""), ValueDigest.of(null));
        assertNotEquals(ValueDigest.of("null"), ValueDigest.of(null));
        assertNotEquals(ValueDigest.of(List.of()), ValueDigest.of(Map.of()));
        assertNotEquals(ValueDigest.of(List.of("a", "b")), ValueDigest.of(Map.of("a", "b")));
    }

    @Test
    void theBoundariesOfTextsCount() {
        assertNotEquals(ValueDigest.of(List.of("ab", "c")), ValueDigest.of(List.of("a", "bc")));
        assertNotEquals(ValueDigest.of(List.of("a", "b")), ValueDigest.of(List.of("ab")));
        assertNotEquals(ValueDigest.of(List.of(List.of("a"), "b")), ValueDigest.of(List.of("a", List.of("b"))));
    }

    @Test
    void theOrderOfAListMatters() {
        assertNotEquals(ValueDigest.of(List.of("a", "b")), ValueDigest.of(List.of("b", "a")));
        assertEquals(ValueDigest.of(List.of("a", "b")), ValueDigest.of(new Object[] {"a", "b"}));
    }

    @Test
    void theOrderOfAMapMatters() {
        assertNotEquals(ValueDigest.of(ordered("a", 1, "b", 2)), ValueDigest.of(ordered("b", 2, "a", 1)));
    }

    @Test
    void aViewDigestsAsItsOwner() {
        ResolvingMap one = new ResolvingMap(ordered("title", "One"), "doc:a.md");
        ResolvingMap other = new ResolvingMap(ordered("title", "Changed", "extra", 1), "doc:a.md");
        ResolvingMap elsewhere = new ResolvingMap(ordered("title", "One"), "doc:b.md");

        assertEquals(ValueDigest.of(one), ValueDigest.of(other), "what a template reads of it is recorded apart");
        assertNotEquals(ValueDigest.of(one), ValueDigest.of(elsewhere));
        assertEquals(ValueDigest.of(List.of(one)), ValueDigest.of(List.of(other)));
        assertNotEquals(ValueDigest.of(List.of(one, elsewhere)), ValueDigest.of(List.of(elsewhere, one)));
    }

    @Test
    void aViewWithoutOwnerDigestsAsItsEntries() {
        ResolvingMap view = new ResolvingMap(ordered("title", "One"));

        assertEquals(ValueDigest.of(ordered("title", "One")), ValueDigest.of(view));
        assertNotEquals(ValueDigest.of(view), ValueDigest.of(new ResolvingMap(ordered("title", "Two"))));
    }

    @Test
    void aDocumentDigestsAsTheOwnerOfItsViews() {
        Document document = Document.loaded(new SourceFile(Path.of("/site"), "a.md"), DocumentKind.PAGE,
                Map.of("title", "A"), 1, "body", ".html");

        assertEquals(ValueDigest.of(new ResolvingMap(Map.of(), Drops.ownerOf(document))), ValueDigest.of(document));
        assertEquals(ValueDigest.of(document), ValueDigest.of(document.withContent("<p>converted</p>")));
    }

    @Test
    void ofEntriesDigestsEveryEntryOfAView() {
        ResolvingMap one = new ResolvingMap(ordered("title", "One"), "doc:a.md");
        ResolvingMap changed = new ResolvingMap(ordered("title", "Changed"), "doc:a.md");

        assertNotEquals(ValueDigest.ofEntries(one), ValueDigest.ofEntries(changed));
        assertEquals(ValueDigest.ofEntries(one), ValueDigest.ofEntries(new ResolvingMap(ordered("title", "One"),
                "doc:other.md")), "the entries, not the owner");
    }

    @Test
    void aDeferredValueIsComputed() {
        assertEquals(ValueDigest.of("<p>x</p>"), ValueDigest.of(new Deferred(() -> "<p>x</p>")));
        assertNotEquals(ValueDigest.of(new Deferred(() -> "<p>x</p>")), ValueDigest.of(new Deferred(() -> "<p>y</p>")));
        assertEquals(ValueDigest.of(List.of("<p>x</p>")), ValueDigest.of(List.of(new Deferred(() -> "<p>x</p>"))));
        ResolvingMap view = new ResolvingMap(ordered("excerpt", new Deferred(() -> "<p>x</p>")), "doc:a.md");
        assertEquals(ValueDigest.ofEntries(new ResolvingMap(ordered("excerpt", "<p>x</p>"), "doc:a.md")),
                ValueDigest.ofEntries(view));
    }

    @Test
    void aFailingDeferredValueThrows() {
        IllegalStateException failure = new IllegalStateException("bad excerpt");

        assertEquals(failure, assertThrows(IllegalStateException.class,
                () -> ValueDigest.of(new Deferred(() -> {
                    throw failure;
                }))));
    }

    @Test
    void aValueNestedDeeperThanTheLimitThrows() {
        ValueDigest.of(nested(60));

        assertThrows(IllegalStateException.class, () -> ValueDigest.of(nested(100)));
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThrows(IllegalStateException.class, () -> ValueDigest.of(cycle));
        Map<String, Object> mapCycle = new LinkedHashMap<>();
        mapCycle.put("self", mapCycle);
        assertThrows(IllegalStateException.class, () -> ValueDigest.of(mapCycle));
    }

    @Test
    void aValueOfAnotherKindDigestsByItsClassAndText() {
        assertEquals(ValueDigest.of(Path.of("a")), ValueDigest.of(Path.of("a")));
        assertNotEquals(ValueDigest.of(Path.of("a")), ValueDigest.of("a"));
        assertNotEquals(ValueDigest.of(Arrays.asList("a", null)), ValueDigest.of(Arrays.asList("a", "")));
    }
}
