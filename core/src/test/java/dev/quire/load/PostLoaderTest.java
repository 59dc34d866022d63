package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.SourceFile;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostLoaderTest {

    @TempDir
    Path root;

    private final PostLoader loader = new PostLoader();

    private TestSite site() {
        return TestSite.create(root, Map.of(
                "_posts/2019-05-21-hello.md", "---\ntitle: Hello\n---\nHi {{ page.title }}\n",
                "_posts/2019-05-21-raw.html", "---\n---\n<p>raw</p>\n",
                "_posts/nodate.md", "---\n---\nignored\n",
                "_drafts/wip.md", "---\ntitle: WIP\n---\nsoon\n",
                "about.md", "---\n---\n"));
    }

    @Test
    void claimsDatedPostsOnly() {
        TestSite site = site();
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        assertTrue(loader.claims(new SourceFile(site.source(), "_posts/2019-05-21-hello.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "_posts/nodate.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "about.md"), context));
    }

    @Test
    void aFileInPostsWithoutADateIsReportedAsANoteWithItsPath() {
        TestSite site = site();
        RecordingProblems problems = new RecordingProblems();
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()), problems);

        assertFalse(loader.claims(new SourceFile(site.source(), "_posts/nodate.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "blog/_posts/sub/README"), context));
        // Not notes: Jekyll never looks at these.
        loader.claims(new SourceFile(site.source(), "_posts/.nodate.md"), context);
        loader.claims(new SourceFile(site.source(), "_posts/nodate.md~"), context);
        loader.claims(new SourceFile(site.source(), "_hidden/_posts/nodate.md"), context);
        loader.claims(new SourceFile(site.source(), "_drafts/nodate.md"), context);
        loader.claims(new SourceFile(site.source(), "about.md"), context);
        loader.claims(new SourceFile(site.source(), "_posts/2019-05-21-hello.md"), context);

        assertEquals(List.of(), problems.errors());
        assertEquals(List.of(), problems.warnings());
        List<Problem> notes = problems.notes();
        assertEquals(List.of("_posts/nodate.md", "blog/_posts/sub/README"),
                notes.stream().map(note -> note.location().file()).toList());
        assertEquals("skipped: a file in _posts needs a date in its name to be a post (name it YYYY-MM-DD-title.md"
                + " to publish it)", notes.get(0).format().substring("_posts/nodate.md: ".length()));
    }

    @Test
    void postsInsideSpecialFoldersAreNotClaimedUnlessIncluded() {
        TestSite site = site();
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        assertFalse(loader.claims(new SourceFile(site.source(), "_hidden/_posts/2019-05-21-a.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), ".hidden/_posts/2019-05-21-a.md"), context));
        assertFalse(loader.claims(new SourceFile(site.source(), "blog/_old/_posts/2019-05-21-a.md"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "blog/_posts/2019-05-21-a.md"), context));
        assertTrue(loader.claims(new SourceFile(site.source(), "_hidden/_posts/2019-05-21-a.md"),
                TestContexts.load(TestContexts.config(site.source(), Map.of("include", List.of("_hidden"))))));
    }

    @Test
    void claimsDraftsOnlyWhenDraftsAreShown() {
        TestSite site = site();
        SourceFile draft = new SourceFile(site.source(), "_drafts/wip.md");

        assertFalse(loader.claims(draft, TestContexts.load(TestContexts.config(site.source()))));
        assertTrue(loader.claims(draft,
                TestContexts.load(TestContexts.config(site.source(), Map.of("show_drafts", true)))));
    }

    @Test
    void loadsAPostWithItsBodyAndOutputExtension() throws IOException {
        TestSite site = site();
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source()));

        loader.load(new SourceFile(site.source(), "_posts/2019-05-21-hello.md"), context);
        loader.load(new SourceFile(site.source(), "_posts/2019-05-21-raw.html"), context);

        assertEquals(2, context.documents().size());
        Document post = context.documents().get(0);
        assertEquals(DocumentKind.POST, post.kind());
        assertEquals(Map.of("title", "Hello"), post.frontMatter());
        assertEquals("Hi {{ page.title }}\n", post.body());
        assertEquals(post.body(), post.content());
        assertEquals(4, post.bodyLine());
        assertEquals(".html", post.outputExtension());
        assertEquals(".html", context.documents().get(1).outputExtension());
    }

    @Test
    void aLoadedDraftIsMarkedAsDraft() throws IOException {
        TestSite site = site();
        CollectingLoadContext context = TestContexts.load(TestContexts.config(site.source(), Map.of("show_drafts", true)));

        loader.load(new SourceFile(site.source(), "_drafts/wip.md"), context);

        assertEquals(true, context.documents().get(0).frontMatter().get("draft"));
        assertEquals(DocumentKind.POST, context.documents().get(0).kind());
    }
}
