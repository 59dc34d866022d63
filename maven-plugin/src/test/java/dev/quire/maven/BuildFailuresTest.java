package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class BuildFailuresTest {

    private static final String NL = System.lineSeparator();
    private final Path source = Path.of("/project/src/site").toAbsolutePath();

    @Test
    void listsEveryErrorWithItsAbsoluteFileLineAndColumn() {
        BuildFailedException failure = new BuildFailedException(List.of(
                Problem.error(new SourceLocation("_posts/2024-01-02-bad.md", 3, 7), "invalid front matter",
                        "check the YAML"),
                Problem.warning(SourceLocation.of("about.md"), "layout 'x' does not exist", ""),
                Problem.error(SourceLocation.of("_config.yml", 4), "unknown time zone 'Mars'", "")));

        MojoFailureException mojoFailure = BuildFailures.toMojoFailure(failure, source);

        assertEquals("Quire build failed with 2 errors; the output folder was not changed:" + NL
                + "  " + source.resolve("_posts/2024-01-02-bad.md") + ":3:7: invalid front matter (check the YAML)" + NL
                + "  " + source.resolve("_config.yml") + ":4: unknown time zone 'Mars'", mojoFailure.getMessage());
        assertNull(mojoFailure.getCause(), "Maven would print the cause's message, listing the errors twice");
    }

    @Test
    void keepsAbsoluteLocationsAndProblemsWithoutLocation() {
        String outside = Path.of("/elsewhere/site").toAbsolutePath().toString();
        BuildFailedException failure = new BuildFailedException(List.of(
                Problem.error(SourceLocation.of(outside), "the output folder is inside the source folder", "move it"),
                Problem.error(null, "the source folder does not exist", "")));

        String message = BuildFailures.toMojoFailure(failure, source).getMessage();

        assertEquals("Quire build failed with 2 errors; the output folder was not changed:" + NL
                + "  " + outside + ": the output folder is inside the source folder (move it)" + NL
                + "  the source folder does not exist", message);
    }

    @Test
    void saysErrorInTheSingular() {
        BuildFailedException failure = new BuildFailedException(List.of(
                Problem.error(new SourceLocation("index.md", 1, 1), "broken", "")));

        assertEquals("Quire build failed with 1 error; the output folder was not changed:" + NL + "  "
                + source.resolve("index.md") + ":1:1: broken", BuildFailures.toMojoFailure(failure, source).getMessage());
    }
}
