package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleTransformerTest {

    @TempDir
    Path root;

    private Document titled(String path, String content) {
        TestSite site = TestSite.create(root).write(path, content);
        SiteConfig config = TestContexts.config(site.source());
        return new TitleTransformer().transform(TestDocuments.load(config, path), TestContexts.resolve(config));
    }

    @Test
    void titleComesFromTheSlugLikeRubysCapitalize() {
        assertEquals("Welcome To Jekyll", titled("_posts/2019-05-21-welcome-to-jekyll.md", "---\n---\n").title());
        assertEquals("Mixed_case.title!", titled("_posts/2019-05-22-Mixed_Case.Title!.md", "---\n---\n").title());
        assertEquals("Été À Paris (v2)", titled("_posts/2019-05-21-été-à-paris-(v2).md", "---\n---\n").title());
    }

    @Test
    void falseTitleOrSlugCountsAsMissingButAnEmptyTitleIsKept() {
        // Jekyll sets them with Ruby's ||= (verified with Jekyll 4.3.1).
        assertEquals("False Title", titled("_posts/2019-04-06-false-title.md", "---\ntitle: false\n---\n").title());
        assertEquals("", titled("_posts/2019-04-04-empty-title.md", "---\ntitle: \"\"\n---\n").title());
        assertEquals("no-slug", titled("_posts/2019-04-06-no-slug.md", "---\nslug: false\n---\n").data().get("slug"));
    }

    @Test
    void titleizeSplitsOnHyphensOnly() {
        assertEquals("Hello World", TitleTransformer.titleize("hello-world"));
        assertEquals("Hello world", TitleTransformer.titleize("hello world"));
        assertEquals("Iphone Xr", TitleTransformer.titleize("iPhone-XR"));
    }

    @Test
    void titleizeKeepsEmptyPartsLikeRubysSplit() {
        assertEquals("A  B", TitleTransformer.titleize("a--b"));
        assertEquals(" Lead", TitleTransformer.titleize("-lead"));
        assertEquals("Trail", TitleTransformer.titleize("trail-"));
    }

    @Test
    void frontMatterTitleWins() {
        Document post = titled("_posts/2019-05-21-welcome-to-jekyll.md", "---\ntitle: My Own\n---\n");

        assertEquals("My Own", post.title());
    }

    @Test
    void slugIsTheRawFileSlugUnlessFrontMatterSetsOne() {
        assertEquals("Mixed_Case.Title!",
                titled("_posts/2019-05-22-Mixed_Case.Title!.md", "---\n---\n").data().get("slug"));
        Document custom = titled("_posts/2019-05-21-bride-of-chucky.md", "---\nslug: Custom Slug\n---\n");
        assertEquals("Custom Slug", custom.data().get("slug"));
        assertEquals("Bride Of Chucky", custom.title(), "the title comes from the file name, not the slug");
    }

    @Test
    void draftsGetTitlesToo() {
        assertEquals("Work In Progress", titled("_drafts/work-in-progress.md", "---\n---\n").title());
    }

    @Test
    void pagesAreLeftAlone() {
        Document page = titled("about-us.md", "---\n---\n");

        assertEquals("", page.title());
        assertFalse(page.data().containsKey("slug"));
    }
}
