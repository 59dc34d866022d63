package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.spi.Ordered;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderedSortTest {

    private record Component(String name, Set<String> after, Set<String> before) implements Ordered {
        static Component of(String name) {
            return new Component(name, Set.of(), Set.of());
        }

        static Component after(String name, String... others) {
            return new Component(name, Set.of(others), Set.of());
        }

        static Component before(String name, String... others) {
            return new Component(name, Set.of(), Set.of(others));
        }
    }

    private static List<String> names(List<Component> components) {
        return OrderedSort.sort(components).stream().map(Component::name).toList();
    }

    @Test
    void unconstrainedComponentsRunInNameOrder() {
        assertEquals(List.of("a", "b", "c"), names(List.of(Component.of("c"), Component.of("a"), Component.of("b"))));
        assertEquals(List.of("a", "b", "c"), names(List.of(Component.of("b"), Component.of("c"), Component.of("a"))),
                "registration order does not matter");
    }

    @Test
    void afterConstraint() {
        assertEquals(List.of("liquid", "markdown"),
                names(List.of(Component.after("markdown", "liquid"), Component.of("liquid"))));
        assertEquals(List.of("b", "c", "a"),
                names(List.of(Component.after("a", "c"), Component.of("b"), Component.of("c"))));
    }

    @Test
    void beforeConstraint() {
        assertEquals(List.of("z", "a"), names(List.of(Component.of("a"), Component.before("z", "a"))));
    }

    @Test
    void tiesAfterConstraintsAreBrokenByName() {
        // d must follow a; b and c are free: a, b, c, d
        assertEquals(List.of("a", "b", "c", "d"), names(List.of(Component.after("d", "a"), Component.of("c"),
                Component.of("b"), Component.of("a"))));
        // everything after x; the rest by name
        assertEquals(List.of("x", "a", "b"), names(List.of(Component.of("b"), Component.after("a", "x"),
                Component.before("x", "b"))));
    }

    @Test
    void coreTransformerOrder() {
        assertEquals(List.of("dates", "publishing", "taxonomy", "title", "permalink"), names(List.of(
                Component.after("permalink", "dates", "title", "taxonomy"), Component.of("title"),
                Component.of("taxonomy"), Component.after("publishing", "dates"), Component.of("dates"))));
    }

    @Test
    void unknownNamesAreIgnored() {
        assertEquals(List.of("a", "b"), names(List.of(Component.after("b", "nothing"), Component.before("a", "ghost"))));
    }

    @Test
    void cycleIsAnErrorNamingTheComponents() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OrderedSort.sort(List.of(
                Component.after("a", "b"), Component.after("b", "c"), Component.after("c", "a"), Component.of("d"))));

        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        assertTrue(e.getMessage().contains("[a, b, c]"), e.getMessage());
    }

    @Test
    void cycleThroughBeforeAndAfter() {
        assertThrows(IllegalStateException.class, () -> OrderedSort.sort(List.of(
                new Component("a", Set.of("b"), Set.of("b")), Component.of("b"))));
        assertThrows(IllegalStateException.class, () -> OrderedSort.sort(List.of(
                Component.before("a", "b"), Component.before("b", "a"))));
    }

    @Test
    void duplicateNamesAreAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OrderedSort.sort(List.of(Component.of("a"), Component.after("a", "b"))));

        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }
}
