package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostPathTest {

    private static Optional<PostPath> parse(String path) {
        return PostPath.parse(new SourceFile(Path.of("/site"), path));
    }

    private static PostPath post(String path) {
        return parse(path).orElseThrow(() -> new AssertionError(path + " should be a post"));
    }

    @Test
    void datedFileInPostsIsAPost() {
        assertEquals(new PostPath(List.of(), "2019-05-21", "bride-of-chucky", false),
                post("_posts/2019-05-21-bride-of-chucky.md"));
    }

    @Test
    void dateMayHaveTwoToFourDigitYearsAndOneOrTwoDigitMonthAndDay() {
        assertEquals("19-5-1", post("_posts/19-5-1-short.md").date());
        assertEquals("019-05-01", post("_posts/019-05-01-three.md").date());
        assertEquals("2019-5-21", post("_posts/2019-5-21-x.markdown").date());
        assertEquals("2019-05-1", post("_posts/2019-05-1-x.html").date());
    }

    @Test
    void tooManyOrTooFewDigitsIsNotAPost() {
        assertTrue(parse("_posts/12019-05-21-x.md").isEmpty());
        assertTrue(parse("_posts/9-05-21-x.md").isEmpty());
        assertTrue(parse("_posts/2019-123-21-x.md").isEmpty());
        assertTrue(parse("_posts/2019-05-210-x.md").isEmpty());
    }

    @Test
    void filesWithoutADateOrExtensionAreNotPosts() {
        assertTrue(parse("_posts/nodate.md").isEmpty());
        assertTrue(parse("_posts/2019-05-21.md").isEmpty(), "no slug");
        assertTrue(parse("_posts/2019-05-21-no-extension").isEmpty());
        assertTrue(parse("_posts/README").isEmpty());
    }

    @Test
    void filesOutsidePostsAreNotPosts() {
        assertTrue(parse("2019-05-21-x.md").isEmpty());
        assertTrue(parse("blog/2019-05-21-x.md").isEmpty());
        assertTrue(parse("my_posts/2019-05-21-x.md").isEmpty());
        assertTrue(parse("_posts.md").isEmpty());
    }

    @Test
    void foldersAbovePostsAreCategories() {
        PostPath post = post("movies/horror/_posts/2019-05-21-bride-of-chucky.md");

        assertEquals(List.of("movies", "horror"), post.categories());
        assertEquals("2019-05-21", post.date());
        assertEquals("bride-of-chucky", post.slug());
    }

    @Test
    void foldersBelowPostsAreNotCategories() {
        PostPath post = post("_posts/es/2019-05-21-hola.md");

        assertEquals(List.of(), post.categories());
        assertEquals("hola", post.slug());
        assertEquals(List.of("blog"), post("blog/_posts/es/deep/2019-05-21-hola.md").categories());
    }

    @Test
    void slugKeepsCaseAndPunctuationButLosesTrailingDots() {
        assertEquals("Mixed_Case.Title!", post("_posts/2019-05-22-Mixed_Case.Title!.md").slug());
        assertEquals("Été à Paris (v2)", post("_posts/2019-05-21-Été à Paris (v2).md").slug());
        assertEquals("trailing", post("_posts/2019-05-21-trailing...md").slug());
        assertEquals("archive.tar", post("_posts/2019-05-21-archive.tar.gz").slug());
    }

    @Test
    void draftsNeedNoDate() {
        PostPath draft = post("_drafts/a-draft.md");

        assertTrue(draft.draft());
        assertNull(draft.date());
        assertEquals("a-draft", draft.slug());
        assertEquals(List.of("blog"), post("blog/_drafts/x.md").categories());
    }

    @Test
    void datedDraftKeepsItsDate() {
        PostPath draft = post("_drafts/2019-05-21-dated.md");

        assertTrue(draft.draft());
        assertEquals("2019-05-21", draft.date());
        assertEquals("dated", draft.slug());
    }

    @Test
    void postsAreNotDrafts() {
        assertFalse(post("_posts/2019-05-21-x.md").draft());
    }

    @Test
    void editorBackupsAndHiddenFilesInPostsAreNotPosts() {
        assertTrue(parse("_posts/2019-05-21-x.md~").isEmpty(), "Jekyll's entry filter drops backups");
        assertTrue(parse("_posts/.2019-05-21-x.md").isEmpty());
        assertTrue(parse("_posts/#2019-05-21-x.md#").isEmpty());
        assertTrue(parse("_drafts/x.md~").isEmpty());
        assertTrue(parse("_drafts/.x.md").isEmpty());
    }
}
