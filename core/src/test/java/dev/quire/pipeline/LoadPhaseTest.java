package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import dev.quire.load.LayoutLoader;
import dev.quire.load.PageLoader;
import dev.quire.load.PostLoader;
import dev.quire.model.Document;
import dev.quire.spi.Loader;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadPhaseTest {

    @TempDir
    Path root;

    private final RecordingProblems problems = new RecordingProblems();

    private LoadPhase.Loaded load(TestSite site) throws IOException {
        Set<Loader> loaders = Set.of(new PageLoader(), new PostLoader(), new LayoutLoader());
        LoadPhase phase = new LoadPhase(loaders, Set.of(), TestContexts.config(site.source()), site.options());
        try (Parallel parallel = new Parallel(2)) {
            return phase.run(parallel, problems);
        }
    }

    @Test
    void aStaticFileThatStartsWithDashesStaysStatic() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "assets/notes.txt", "------------\nNotes {{ page.title }}\n---\n",
                "about.md", "---\ntitle: About\n---\nbody\n"));

        LoadPhase.Loaded loaded = load(site);

        assertEquals(List.of("about.md"), loaded.documents().stream().map(d -> d.source().path()).toList());
        assertEquals(List.of("assets/notes.txt"), loaded.staticFiles().stream().map(f -> f.source().path()).toList());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void unclosedFrontMatterIsAWarningAndTheWholeFileIsTheContent() throws IOException {
        String page = "---\ntitle: x\n\nbody without end marker\n";
        String post = "---\nlayout: default\nOnce upon a time\n";
        TestSite site = TestSite.create(root, Map.of("open.md", page, "_posts/2019-05-21-open.md", post));

        LoadPhase.Loaded loaded = load(site);

        assertEquals(2, loaded.documents().size(), loaded.documents().toString());
        Document openPost = loaded.documents().get(0);
        assertEquals("_posts/2019-05-21-open.md", openPost.source().path());
        assertEquals(post, openPost.body());
        assertEquals(1, openPost.bodyLine());
        Document openPage = loaded.documents().get(1);
        assertEquals("open.md", openPage.source().path());
        assertEquals(page, openPage.body());
        assertEquals(List.of(), problems.errors());
        List<Problem> warnings = problems.warnings().stream()
                .sorted(java.util.Comparator.comparing(w -> w.location().file())).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(new SourceLocation("_posts/2019-05-21-open.md", 1, 1), warnings.get(0).location());
        assertEquals(new SourceLocation("open.md", 1, 1), warnings.get(1).location());
        for (Problem warning : warnings) {
            assertEquals("front matter is not closed: the whole file is used as content", warning.message());
            assertEquals("end the front matter with a line '---'", warning.hint());
        }
    }

    @Test
    void editorBackupsOfLayoutsDoNotClashWithTheLayout() throws IOException {
        TestSite site = TestSite.create(root, Map.of(
                "_layouts/default.ftlh", "<html>${content}</html>",
                "_layouts/default.ftlh~", "<html>old</html>",
                "_layouts/#default.ftlh#", "<html>autosave</html>"));

        LoadPhase.Loaded loaded = load(site);

        assertEquals(Set.of("default"), loaded.layouts().keySet());
        assertEquals("_layouts/default.ftlh", loaded.layouts().get("default").source().path());
        assertEquals(List.of(), problems.all());
        assertTrue(loaded.staticFiles().isEmpty(), loaded.staticFiles().toString());
    }
}
