package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionOrderTest {

    @TempDir
    Path root;

    private List<String> order(Map<String, Object> settings, Map<String, String> files, RecordingProblems problems) {
        TestSite site = TestSite.create(root, files);
        SiteConfig config = TestContexts.config(site.source(), Map.of("collections", Map.of("things", settings)));
        List<Document> documents = files.keySet().stream().sorted((a, b) -> b.compareTo(a))
                .map(path -> TestDocuments.resolve(config, path)).toList();
        Collection things = config.collection("things").orElseThrow();
        return CollectionOrder.sort(documents, things, config, problems).stream()
                .map(document -> document.source().fileName()).toList();
    }

    @Test
    void byPathUnlessEveryDocumentHasADate() {
        assertEquals(List.of("a.md", "b.md", "c.md"), order(Map.of(), Map.of(
                "_things/a.md", "---\ndate: 2022-01-01\n---\n",
                "_things/b.md", "---\n---\n",
                "_things/c.md", "---\ndate: 2021-01-01\n---\n"), new RecordingProblems()));
        assertEquals(List.of("2020-06-01-c.md", "b.md", "a.md"), order(Map.of(), Map.of(
                "_things/a.md", "---\ndate: 2022-01-01\n---\n",
                "_things/b.md", "---\ndate: 2021-01-01\n---\n",
                "_things/2020-06-01-c.md", "---\n---\n"), new RecordingProblems()));
    }

    @Test
    void sortByPutsDocumentsWithoutTheKeyLastWithAWarning() {
        RecordingProblems problems = new RecordingProblems();

        List<String> order = order(Map.of("sort_by", "lesson"), Map.of(
                "_things/a.md", "---\nlesson: 10\n---\n",
                "_things/b.md", "---\nlesson: 2\n---\n",
                "_things/0-tie.md", "---\nlesson: 2\n---\n",
                "_things/none.md", "---\n---\n",
                "_things/text.md", "---\nlesson: intro\n---\n"), problems);

        assertEquals(List.of("0-tie.md", "b.md", "a.md", "text.md", "none.md"), order);
        assertEquals(List.of("_things/none.md: Sort warning: 'lesson' not defined in _things/none.md"
                + " (give it 'lesson:' in its front matter to place it; it is listed after the documents that have one)"),
                problems.warnings().stream().map(p -> p.format()).toList());
    }

    @Test
    void orderListsEntriesFirstAndSkipsMissingOnes() {
        assertEquals(List.of("intro.md", "two.md", "one.md", "four.md", "three.md"), order(
                Map.of("order", List.of("intro.md", "part/two.md", "missing.md", "one.md")), Map.of(
                        "_things/intro.md", "---\n---\n",
                        "_things/one.md", "---\n---\n",
                        "_things/three.md", "---\n---\n",
                        "_things/part/two.md", "---\n---\n",
                        "_things/part/four.md", "---\n---\n"), new RecordingProblems()));
    }
}
