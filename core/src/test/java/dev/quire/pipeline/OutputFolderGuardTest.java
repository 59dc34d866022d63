package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.error.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderGuardTest {

    @TempDir
    Path root;

    private Path source;

    @BeforeEach
    void createSource() throws IOException {
        source = Files.createDirectories(root.resolve("project/src/site"));
    }

    private Problem refused(Path destination) throws IOException {
        Optional<Problem> problem = OutputFolderGuard.check(source, destination);
        assertTrue(problem.isPresent(), destination + " should be refused");
        assertTrue(problem.get().isError());
        return problem.get();
    }

    @Test
    void destinationEqualToSourceIsRefused() throws IOException {
        assertTrue(refused(source).message().contains("is the source folder"));
        refused(root.resolve("project/src/site/../site/."));
    }

    @Test
    void destinationInsideSourceIsRefused() throws IOException {
        assertTrue(refused(source.resolve("_site")).message().contains("inside the source folder"));
        refused(source.resolve("deep/not/yet/created"));
    }

    @Test
    void destinationAboveSourceIsRefused() throws IOException {
        assertTrue(refused(root.resolve("project")).message().contains("contains the source folder"));
        refused(root.resolve("project/src"));
        refused(root);
    }

    @Test
    void siblingIsFine() throws IOException {
        assertEquals(Optional.empty(), OutputFolderGuard.check(source, root.resolve("project/target/site")));
        assertEquals(Optional.empty(), OutputFolderGuard.check(source, root.resolve("project/src/site-out")),
                "a name that merely starts like the source is not inside it");
        assertEquals(Optional.empty(), OutputFolderGuard.check(source, root.resolve("project/src/sit")));
    }

    @Test
    void theProblemNamesTheDestination() throws IOException {
        Path destination = source.resolve("_site");

        Problem problem = refused(destination);

        assertNull(problem.location(), "the output folder is not a source file");
        assertTrue(problem.message().startsWith("the output folder " + destination + " is inside the source folder"),
                problem.message());
    }

    @Test
    void symbolicLinkIntoTheSourceIsSeenThrough() throws IOException {
        Path link = root.resolve("link");
        try {
            Files.createSymbolicLink(link, source);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        refused(link);
        refused(link.resolve("_site"));
    }
}
