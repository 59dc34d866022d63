package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.error.Problem;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderGuardTest {

    @TempDir
    Path root;

    private Path source;
    private SiteConfig config;

    @BeforeEach
    void createSource() throws IOException {
        source = Files.createDirectories(root.resolve("project/src/site"));
        config = TestContexts.config(source);
    }

    private Problem refused(Path destination) throws IOException {
        return refused(config, destination);
    }

    private static Problem refused(SiteConfig config, Path destination) throws IOException {
        Optional<Problem> problem = OutputFolderGuard.check(config, destination);
        assertTrue(problem.isPresent(), destination + " should be refused");
        assertTrue(problem.get().isError());
        return problem.get();
    }

    private void allowed(Path destination) throws IOException {
        assertEquals(Optional.empty(), OutputFolderGuard.check(config, destination), destination + " should be allowed");
    }

    @Test
    void destinationEqualToSourceIsRefused() throws IOException {
        assertTrue(refused(source).message().contains("is the source folder"));
        refused(root.resolve("project/src/site/../site/."));
    }

    @Test
    void destinationInAFolderTheSiteReadsIsRefused() throws IOException {
        assertTrue(refused(source.resolve("public")).message().contains("inside the source folder"));
        refused(source.resolve("deep/not/yet/created"));
        refused(source.resolve("blog/_site"));
        refused(source.resolve("#out"));
        refused(source.resolve("_posts/out"));
        refused(source.resolve("_layouts"));
        refused(source.resolve("_drafts/x"));
        refused(source.resolve("_includes/x"));
        refused(source.resolve("_data"));
    }

    @Test
    void destinationInAFolderTheSiteNeverReadsIsAllowed() throws IOException {
        allowed(source.resolve("_site"));
        allowed(source.resolve("_site/deep/er"));
        allowed(source.resolve(".site"));
        allowed(source.resolve("_out"));
    }

    @Test
    void aFolderListedInIncludeIsReadAndSoRefused() throws IOException {
        SiteConfig including = TestContexts.config(source, Map.of("include", List.of("_site")));

        assertTrue(refused(including, source.resolve("_site")).message().contains("'_site'"));
        refused(including, source.resolve("_site/deeper"));
    }

    @Test
    void aCollectionFolderIsRefused() throws IOException {
        refused(TestContexts.config(source, Map.of("collections", Map.of("recipes", Map.of()))), source.resolve("_recipes"));
        refused(TestContexts.config(source, Map.of("collections", List.of("recipes"))), source.resolve("_recipes"));
        refused(TestContexts.config(source, Map.of("collections_dir", "_content/more")), source.resolve("_content/out"));
        refused(TestContexts.config(source, Map.of("collections_dir", "./_content")), source.resolve("_content"));
        assertEquals(Optional.empty(), OutputFolderGuard.check(
                TestContexts.config(source, Map.of("collections_dir", "_content")), source.resolve("_site")));
    }

    @Test
    void destinationAboveSourceIsRefused() throws IOException {
        assertTrue(refused(root.resolve("project")).message().contains("contains the source folder"));
        refused(root.resolve("project/src"));
        refused(root);
    }

    @Test
    void siblingIsFine() throws IOException {
        allowed(root.resolve("project/target/site"));
        allowed(root.resolve("project/src/site-out"));
        allowed(root.resolve("project/src/sit"));
    }

    @Test
    void theProblemNamesTheDestinationAndHowToFixIt() throws IOException {
        Path destination = source.resolve("generated");

        Problem problem = refused(destination);

        assertNull(problem.location(), "the output folder is not a source file");
        assertTrue(problem.message().startsWith("the output folder " + destination + " is inside the source folder"),
                problem.message());
        assertTrue(problem.hint().contains("_site"), problem.hint());
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
        refused(link.resolve("public"));
        allowed(link.resolve("_site"));
    }
}
