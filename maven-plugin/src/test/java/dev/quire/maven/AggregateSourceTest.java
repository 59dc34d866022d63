package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateSourceTest {

    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private AggregateSource source() {
        return new AggregateSource(project.resolve("src/site"),
                List.of(new AggregateSource.Part("api", project.resolve("api/src/site"))),
                project.resolve("target/quire-aggregate"));
    }

    @Test
    void aSecondSyncCopiesOnlyWhatChangedAndRemovesWhatIsGone() throws Exception {
        write("src/site/index.md", "home");
        write("api/src/site/index.md", "api");
        write("api/src/site/old.md", "old");
        AggregateSource source = source();

        assertEquals(3, source.sync());
        assertEquals("api", Files.readString(project.resolve("target/quire-aggregate/api/index.md")));
        assertEquals(0, source.sync());

        Files.delete(project.resolve("api/src/site/old.md"));
        write("api/src/site/index.md", "api, longer");
        assertEquals(1, source.sync());
        assertFalse(Files.exists(project.resolve("target/quire-aggregate/api/old.md")));
        assertEquals("api, longer", Files.readString(project.resolve("target/quire-aggregate/api/index.md")));
    }

    @Test
    void aFolderOfTheParentWithAModulesNameIsAnError() throws Exception {
        write("src/site/api/index.md", "mine");
        write("api/src/site/index.md", "api");

        MojoFailureException failure = assertThrows(MojoFailureException.class, source()::sync);

        assertTrue(failure.getMessage().contains("has its own api, where the docs of module api"), failure.getMessage());
    }

    @Test
    void problemsNameTheOriginalFiles() {
        AggregateSource source = source();
        Problem staged = Problem.error(new SourceLocation("api/guide.md", 3, 1), "bad", "fix it");

        assertEquals(project.resolve("api/src/site/guide.md").toAbsolutePath() + ":3:1",
                source.original(staged).location().toString());
        assertEquals(project.resolve("src/site/index.md").toAbsolutePath().toString(),
                source.original("index.md").toString());
    }
}
