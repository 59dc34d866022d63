package dev.quire.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void locationPrintsLikeACompiler() {
        assertEquals("_posts/a.md:3:15", new SourceLocation("_posts/a.md", 3, 15).toString());
        assertEquals("_posts/a.md:3", SourceLocation.of("_posts/a.md", 3).toString());
        assertEquals("_posts/a.md", SourceLocation.of("_posts/a.md").toString());
        assertEquals("a.md", new SourceLocation("a.md", 0, 7).toString(), "no column without a line");
        assertEquals(0, new SourceLocation("a.md", -2, 5).line());
        assertThrows(IllegalArgumentException.class, () -> SourceLocation.of(""));
    }

    @Test
    void formatHasLocationMessageAndHint() {
        assertEquals("a.md:2:1: bad thing (fix it)",
                Problem.error(new SourceLocation("a.md", 2, 1), "bad thing", "fix it").format());
        assertEquals("bad thing", Problem.error(null, "bad thing", null).format());
        assertEquals("WARNING a.md: careful", Problem.warning(SourceLocation.of("a.md"), "careful", "").toString());
    }

    @Test
    void problemsSortByFileLineColumnThenMessage() {
        List<Problem> problems = new ArrayList<>(List.of(
                Problem.error(new SourceLocation("b.md", 1, 1), "x", ""),
                Problem.error(new SourceLocation("a.md", 10, 1), "x", ""),
                Problem.error(new SourceLocation("a.md", 2, 5), "y", ""),
                Problem.error(new SourceLocation("a.md", 2, 5), "b", ""),
                Problem.error(null, "global", "")));

        problems.sort(Problem.BY_LOCATION);

        assertEquals(List.of("global", "a.md:2:5: b", "a.md:2:5: y", "a.md:10:1: x", "b.md:1:1: x"),
                problems.stream().map(Problem::format).toList());
    }

    @Test
    void quireExceptionCarriesItsProblem() {
        QuireException e = new QuireException(SourceLocation.of("a.md", 4), "broken", "mend it");

        assertEquals("a.md:4: broken (mend it)", e.getMessage());
        assertTrue(e.problem().isError());
    }

    @Test
    void buildFailureCountsErrorsOnly() {
        BuildFailedException e = new BuildFailedException(List.of(
                Problem.warning(SourceLocation.of("w.md"), "just so you know", ""),
                Problem.error(SourceLocation.of("e.md", 1), "wrong", "")));

        assertEquals(1, e.errors().size());
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("Quire build failed with 1 error:"), e.getMessage());
        assertTrue(e.getMessage().contains("e.md:1: wrong"), e.getMessage());
    }
}
