package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Route;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionFilesTest {

    private static final Path SOURCE = Path.of("site");

    private static StaticFile file(String path, String collection) {
        return new StaticFile(new SourceFile(SOURCE, path), 1, 0, collection, new Route("/" + path, path), true);
    }

    private static Route routeOf(SiteConfig config, StaticFile file) {
        RecordingProblems problems = new RecordingProblems();
        List<StaticFile> resolved = CollectionFiles.resolve(List.of(file), config, problems);
        assertEquals(List.of(), problems.all());
        return resolved.get(0).route();
    }

    @Test
    void theDefaultPermalinkKeepsThePathInsideTheCollection() {
        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections", List.of("recipes")));

        assertEquals(new Route("/recipes/notes.txt", "recipes/notes.txt"),
                routeOf(config, file("_recipes/notes.txt", "recipes")));
        assertEquals(new Route("/recipes/sub/my%20notes.txt", "recipes/sub/my notes.txt"),
                routeOf(config, file("_recipes/sub/my notes.txt", "recipes")));
    }

    @Test
    void aTrailingSlashIsDroppedAndTheFileKeepsItsName() {
        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections",
                Map.of("guides", Map.of("output", true, "permalink", "/docs/:path/"))));

        assertEquals(new Route("/docs/setup/file.txt", "docs/setup/file.txt"),
                routeOf(config, file("_guides/setup/file.txt", "guides")));
    }

    @Test
    void filesOutsideCollectionsKeepTheirRoute() {
        SiteConfig config = TestContexts.config(SOURCE);
        StaticFile css = new StaticFile(new SourceFile(SOURCE, "css/site.css"), 1, 0);

        assertEquals(List.of(css), CollectionFiles.resolve(List.of(css), config, new RecordingProblems()));
    }

    @Test
    void aPlaceholderFilesDoNotHaveIsAnErrorNamingTheFile() {
        SiteConfig config = TestContexts.config(SOURCE, Map.of("collections",
                Map.of("notes", Map.of("output", true, "permalink", "/n/:year/:title:output_ext"))));
        RecordingProblems problems = new RecordingProblems();

        List<StaticFile> resolved = CollectionFiles.resolve(List.of(file("_notes/a.txt", "notes")), config, problems);

        assertEquals(List.of(), resolved);
        assertEquals(1, problems.all().size());
        String message = problems.all().get(0).format();
        assertTrue(message.startsWith("_notes/a.txt: "), message);
        assertTrue(message.contains("year"), message);
        assertTrue(message.contains("/n/:year/:title:output_ext"), message);
    }
}
