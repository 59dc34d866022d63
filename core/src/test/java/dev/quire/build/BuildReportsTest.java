package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BuildReportsTest {

    private static final Path SOURCE = Path.of("/work/site");

    @Test
    void aSiteFileIsNamedByItsPathInTheSourceFolder() {
        Problem problem = Problem.error(new SourceLocation("_posts/a.md", 3, 2), "bad", "fix it");

        assertEquals("/work/site/_posts/a.md:3:2: bad (fix it)", BuildReports.describe(problem, SOURCE));
    }

    @Test
    void aThemeFileOrAGeneratedPageKeepsItsOwnName() {
        Problem theme = Problem.error(new SourceLocation("[theme quire]/_layouts/post.ftlh", 4, 1), "bad", "fix it");
        Problem generated = Problem.error(SourceLocation.of("[archives]/tag/java"), "bad", "fix it");

        assertEquals("[theme quire]/_layouts/post.ftlh:4:1: bad (fix it)", BuildReports.describe(theme, SOURCE));
        assertEquals("[archives]/tag/java: bad (fix it)", BuildReports.describe(generated, SOURCE));
    }
}
