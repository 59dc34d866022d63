package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashesTest {

    @Test
    void overridesWinAndMappingsUnderOneKeyMergeAtEveryDepth() {
        Map<String, Object> base = new LinkedHashMap<>(Map.of("title", "base", "list", List.of(1),
                "feed", Map.of("path", "a.xml", "tags", Map.of("only", "x", "path", "t/"))));
        Map<String, Object> overrides = Map.of("list", List.of(2), "feed", Map.of("tags", Map.of("only", "y")),
                "new", 1);

        Map<String, Object> merged = Hashes.deepMerge(base, overrides);

        assertEquals(Map.of("title", "base", "list", List.of(2), "new", 1,
                "feed", Map.of("path", "a.xml", "tags", Map.of("only", "y", "path", "t/"))), merged);
        assertEquals("base", base.get("title"), "the arguments are left as they were");
        assertEquals(Map.of("only", "x", "path", "t/"), ((Map<?, ?>) base.get("feed")).get("tags"));
        assertThrows(UnsupportedOperationException.class, () -> merged.put("x", 1));
    }

    @Test
    void aValueThatIsNotAMappingReplacesAMappingAndTheOtherWayRound() {
        assertEquals(Map.of("feed", false), Hashes.deepMerge(Map.of("feed", Map.of("path", "a")), Map.of("feed", false)));
        assertEquals(Map.of("feed", Map.of("path", "a")),
                Hashes.deepMerge(Map.of("feed", false), Map.of("feed", Map.of("path", "a"))));
        assertEquals(Map.of("m", Map.of("1", "one", "2", "two")),
                Hashes.deepMerge(Map.of("m", Map.of(1, "one")), Map.of("m", Map.of(2, "two"))),
                "YAML keys that are not text are named as text, as in the views");
    }
}
