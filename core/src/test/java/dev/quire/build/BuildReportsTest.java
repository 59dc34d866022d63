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

    @Test
    void theSuccessLineSaysWhatWasWrittenOrThatNothingHadChanged() {
        Path out = Path.of("/work/out");

        assertEquals("Site written to /work/out (3 written, 1 unchanged, 2 removed)",
                BuildReports.success(new BuildResult(out, 3, 1, 2, java.util.List.of())));
        assertEquals("Site in /work/out is up to date (4 files; nothing changed since the last build)",
                BuildReports.success(new BuildResult(out, 0, 4, 0, java.util.List.of(), true)));
    }
}
