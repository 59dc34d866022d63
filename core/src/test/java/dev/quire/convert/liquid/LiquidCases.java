package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/** Tables of cases {name, template, what Jekyll 4.3.1 printed}, rendered with one {@code page}. */
final class LiquidCases {

    private LiquidCases() {
    }

    /** Renders every case but the known differences and reports every mismatch at once. */
    static void assertRenders(LiquidEngine engine, Map<String, Object> page, String[][] cases,
            Set<String> knownDifferences) {
        List<Executable> checks = new ArrayList<>();
        for (String[] c : cases) {
            if (!knownDifferences.contains(c[0])) {
                checks.add(() -> assertEquals(c[2], engine.parse(c[1]).render(Map.of("page", page)), c[0] + ": " + c[1]));
            }
        }
        assertAll(checks);
    }
}
