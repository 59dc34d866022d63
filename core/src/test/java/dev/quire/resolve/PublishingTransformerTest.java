package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Build time is {@link TestSite#TIME}, 2024-01-01T00:00:00Z. */
class PublishingTransformerTest {

    @TempDir
    Path root;

    private boolean published(String path, String frontMatter, Map<String, ?> config) {
        TestSite site = TestSite.create(root).write(path, "---\n" + frontMatter + "---\n");
        try {
            // a draft's date is its modification time: make it older than the build time
            Files.setLastModifiedTime(site.file(path), FileTime.from(TestSite.TIME.minusSeconds(3600)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        Document document = TestDocuments.load(siteConfig, path);
        document = new DateTransformer().transform(document, TestContexts.resolve(siteConfig));
        return new PublishingTransformer().transform(document, TestContexts.resolve(siteConfig)).published();
    }

    @Test
    void draftInFrontMatterDoesNotHideAPostOfPostsFolder() {
        assertTrue(published("_posts/2019-05-21-x.md", "draft: true\n", Map.of()),
                "Jekyll's drafts come from the _drafts folder only");
    }

    @Test
    void ordinaryPostsAndPagesArePublished() {
        assertTrue(published("_posts/2019-05-21-x.md", "", Map.of()));
        assertTrue(published("about.md", "", Map.of()));
    }

    @Test
    void publishedFalseHidesUnlessUnpublishedIsOn() {
        assertFalse(published("_posts/2019-05-21-x.md", "published: false\n", Map.of()));
        assertFalse(published("about.md", "published: false\n", Map.of()));
        assertTrue(published("about.md", "published: false\n", Map.of("unpublished", true)));
        assertTrue(published("about.md", "published: true\n", Map.of()));
    }

    @Test
    void futurePostsAreHiddenUnlessFutureIsOn() {
        assertFalse(published("_posts/2030-01-01-later.md", "", Map.of()));
        assertTrue(published("_posts/2030-01-01-later.md", "", Map.of("future", true)));
        assertFalse(published("_posts/2019-01-01-x.md", "date: 2024-01-01 00:00:01\n", Map.of()));
    }

    @Test
    void aSkippedFuturePostIsNotedWithItsFileAsJekyllPrintsIt() {
        TestSite site = TestSite.create(root).write("_posts/2030-01-01-later.md", "---\n---\n");
        SiteConfig siteConfig = TestContexts.config(site.source(), Map.of());
        RecordingProblems problems = new RecordingProblems();
        Document document = new DateTransformer().transform(TestDocuments.load(siteConfig, "_posts/2030-01-01-later.md"),
                TestContexts.resolve(siteConfig));

        new PublishingTransformer().transform(document, TestContexts.resolve(siteConfig, problems));

        assertEquals(1, problems.notes().size(), problems.all().toString());
        assertEquals(List.of(), problems.warnings(), "a scheduled post is no mistake");
        Problem note = problems.notes().get(0);
        assertEquals("_posts/2030-01-01-later.md", note.location().file());
        assertTrue(note.format().contains("2030-01-01T00:00Z, after the build time"), note.format());
        assertTrue(note.format().contains("--future"), note.format());
    }

    @Test
    void futureDocumentsOfOtherCollectionsAreListedWithoutANote() {
        TestSite site = TestSite.create(root).write("_notes/2030-01-01-later.md", "---\n---\n");
        SiteConfig siteConfig = TestContexts.config(site.source(), Map.of("collections", List.of("notes")));
        RecordingProblems problems = new RecordingProblems();
        Document document = new DateTransformer().transform(TestDocuments.load(siteConfig, "_notes/2030-01-01-later.md"),
                TestContexts.resolve(siteConfig));

        new PublishingTransformer().transform(document, TestContexts.resolve(siteConfig, problems));

        assertEquals(List.of(), problems.all());
    }

    @Test
    void aPostAtExactlyTheBuildTimeIsPublished() {
        assertTrue(published("_posts/2024-01-01-now.md", "date: 2024-01-01 00:00:00\n", Map.of()));
        assertTrue(published("_posts/2024-01-01-now.md", "date: 2024-01-01 00:00:00.900\n", Map.of()),
                "compared in whole seconds");
    }

    @Test
    void draftsNeedShowDrafts() {
        assertFalse(published("_drafts/wip.md", "", Map.of()));
        assertTrue(published("_drafts/wip.md", "", Map.of("show_drafts", true)));
    }

    @Test
    void datedDraftInTheFutureIsHidden() {
        assertFalse(published("_drafts/2030-01-01-later.md", "", Map.of("show_drafts", true)),
                "a dated draft takes the date of its name");
    }
}
