package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Route;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every verified example of jekyll-compat.md (time zone America/New_York, as verified). */
class PermalinkTransformerTest {

    private static final String CHUCKY = "movies/horror/_posts/2019-05-21-bride-of-chucky.md";
    private static final String MIXED = "_posts/2019-05-22-Mixed_Case.Title!.md";

    @TempDir
    Path root;

    private Route route(String path, String frontMatter) {
        return route(path, frontMatter, null);
    }

    /** Resolves one file with the given permalink style (null for the default). */
    private Route route(String path, String frontMatter, String permalink) {
        return document(path, frontMatter, permalink).route();
    }

    private Document document(String path, String frontMatter, String permalink) {
        TestSite site = TestSite.create(root).write(path, "---\n" + frontMatter + "---\nbody\n");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("timezone", "America/New_York");
        if (permalink != null) {
            config.put("permalink", permalink);
        }
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        return TestDocuments.resolve(siteConfig, path);
    }

    private QuireException fails(String path, String frontMatter) {
        return assertThrows(QuireException.class, () -> route(path, frontMatter));
    }

    // ---- posts: the five styles --------------------------------------------------------------

    @Test
    void dateStyleIsTheDefault() {
        Route route = route(CHUCKY, "categories: classic hollywood\n");

        assertEquals("/movies/horror/classic/hollywood/2019/05/21/bride-of-chucky.html", route.url());
        assertEquals("movies/horror/classic/hollywood/2019/05/21/bride-of-chucky.html", route.outputPath());
        assertEquals(route, route(CHUCKY, "categories: classic hollywood\n", "date"));
    }

    @Test
    void prettyStyle() {
        Route route = route(CHUCKY, "categories: classic hollywood\n", "pretty");

        assertEquals("/movies/horror/classic/hollywood/2019/05/21/bride-of-chucky/", route.url());
        assertEquals("movies/horror/classic/hollywood/2019/05/21/bride-of-chucky/index.html", route.outputPath());
    }

    @Test
    void ordinalStyle() {
        assertEquals("/movies/horror/classic/hollywood/2019/141/bride-of-chucky.html",
                route(CHUCKY, "categories: classic hollywood\n", "ordinal").url());
    }

    @Test
    void weekdateStyle() {
        assertEquals("/movies/horror/classic/hollywood/2019/W21/Tue/bride-of-chucky.html",
                route(CHUCKY, "categories: classic hollywood\n", "weekdate").url());
    }

    @Test
    void noneStyle() {
        assertEquals("/movies/horror/classic/hollywood/bride-of-chucky.html",
                route(CHUCKY, "categories: classic hollywood\n", "none").url());
    }

    @Test
    void singleCategoryWithASpaceIsEscapedInTheUrlButNotInTheFile() {
        Route route = route(CHUCKY, "category: classic hollywood\n");

        assertEquals("/movies/horror/classic%20hollywood/2019/05/21/bride-of-chucky.html", route.url());
        assertEquals("movies/horror/classic hollywood/2019/05/21/bride-of-chucky.html", route.outputPath());
    }

    // ---- posts: :title, :slug, :name and categories -----------------------------------------

    @Test
    void mixedCaseTitleKeepsItsCaseAndCategoriesAreLowerCased() {
        assertEquals("/classic%20hollywood/2019/05/22/Mixed_Case.Title!.html",
                route(MIXED, "category: Classic Hollywood\n").url());
    }

    @Test
    void mixedCaseWithSlugifiedCategoriesShortYearMonthAndSlug() {
        Route route = route(MIXED, "category: Classic Hollywood\n",
                "/:slugified_categories/:short_year/:i_month/:slug:output_ext");

        assertEquals("/classic-hollywood/19/5/mixed-case-title.html", route.url());
    }

    @Test
    void nameIncludesTheDate() {
        assertEquals("/2019-05-22-mixed-case-title.html", route(MIXED, "", "/:name:output_ext").url());
    }

    @Test
    void frontMatterSlugIsUsedForTitle() {
        assertEquals("/2019/05/21/Custom-Slug.html",
                route("_posts/2019-05-21-bride-of-chucky.md", "slug: Custom Slug\n").url());
        assertEquals("/custom-slug", route("_posts/2019-05-21-bride-of-chucky.md", "slug: Custom Slug\n",
                "/:slug").url());
    }

    @Test
    void frontMatterTitleIsNeverUsed() {
        assertEquals("/2019/05/21/bride-of-chucky.html",
                route("_posts/2019-05-21-bride-of-chucky.md", "title: Something Else Entirely\n").url());
    }

    @Test
    void accentedTitleIsPercentEncodedInTheUrl() {
        Route route = route("_posts/2019-05-21-Été à Paris (v2).md", "");

        assertEquals("/2019/05/21/%C3%89t%C3%A9-%C3%A0-Paris-(v2).html", route.url());
        assertEquals("2019/05/21/Été-à-Paris-(v2).html", route.outputPath());
    }

    @Test
    void duplicateCategoriesDifferingOnlyInCaseAppearOnceInTheUrl() {
        assertEquals("/java/work%202%20progress/2019/05/21/x.html",
                route("_posts/2019-05-21-x.md", "categories: [Java, java, \"Work 2 Progress\"]\n").url());
    }

    @Test
    void seedPost() {
        TestSite site = TestSite.create(root).write("_posts/2019-02-12-deep-learning-and-neural-networks.md", """
                ---
                layout: default
                title:  "Deep Learning and Neural Networks"
                date:   2019-02-12
                categories: [Coursera Reviews]
                ---

                # {{page.title}} - {{page.categories}}
                """);
        Document post = TestDocuments.resolve(TestContexts.config(site.source()),
                "_posts/2019-02-12-deep-learning-and-neural-networks.md");

        assertEquals("/coursera%20reviews/2019/02/12/deep-learning-and-neural-networks.html", post.url());
        assertEquals("coursera reviews/2019/02/12/deep-learning-and-neural-networks.html",
                post.route().outputPath());
    }

    // ---- posts: custom templates ---------------------------------------------------------------

    @Test
    void customTemplateWithoutTrailingSlashWritesAnHtmlFile() {
        Route route = route(CHUCKY, "", "/blog/:year/:month/:day/:title");

        assertEquals("/blog/2019/05/21/bride-of-chucky", route.url());
        assertEquals("blog/2019/05/21/bride-of-chucky.html", route.outputPath());
    }

    @Test
    void frontMatterPermalinkMayUsePlaceholders() {
        Route route = route("_posts/2019-05-21-fmperma.md", "categories: a\npermalink: /x/:categories/:year/:title/\n");

        assertEquals("/x/a/2019/fmperma/", route.url());
        assertEquals("x/a/2019/fmperma/index.html", route.outputPath());
    }

    @Test
    void frontMatterPermalinkWinsOverTheStyle() {
        assertEquals("/fixed.html", route(CHUCKY, "permalink: /fixed.html\n", "pretty").url());
    }

    @Test
    void everyDatePlaceholder() {
        Route route = route("_posts/2019-01-06-x.md", "date: 2019-01-06 07:08:09 -05:00\n",
                "/:year/:short_year/:month/:i_month/:short_month/:long_month/:day/:i_day/:y_day/"
                        + ":w_year/:week/:w_day/:short_day/:long_day/:hour/:minute/:second/");

        assertEquals("/2019/19/01/1/Jan/January/06/6/006/2019/01/7/Sun/Sunday/07/08/09/", route.url());
    }

    @Test
    void isoWeekYearDiffersFromTheCalendarYearAroundNewYear() {
        assertEquals("/2020/W01/Tue/x.html", route("_posts/2019-12-31-x.md", "", "weekdate").url()
                .replace("/2019/", "/2020/"));
        assertEquals("/2020-01", route("_posts/2019-12-31-x.md", "", "/:w_year-:week").url());
    }

    @Test
    void collectionAndPathPlaceholders() {
        assertEquals("/posts/movies/horror/2019-05-21-bride-of-chucky/",
                route(CHUCKY, "", "/:collection/:path/").url());
        assertEquals("/posts/es/2019-05-21-hola.html",
                route("_posts/es/2019-05-21-hola.md", "", "/:collection/:path:output_ext").url());
    }

    @Test
    void trailingUnderscoreLiteral() {
        assertEquals("/05_21/x.html", route("_posts/2019-05-21-x.md", "", "/:month_:day/:title:output_ext").url());
    }

    @Test
    void unknownPlaceholderIsAnErrorNamingTheFileAndLine() {
        QuireException e = fails("_posts/2019-05-21-x.md", "title: X\npermalink: /:year/:bogus/\n");

        assertEquals("_posts/2019-05-21-x.md", e.problem().location().file());
        assertEquals(3, e.problem().location().line());
        assertTrue(e.problem().message().contains("bogus"), e.problem().message());
        assertTrue(e.problem().message().contains("Check your permalink template!"), e.problem().message());
    }

    @Test
    void unknownPlaceholderInTheSiteStyleNamesThePost() {
        QuireException e = assertThrows(QuireException.class,
                () -> route("_posts/2019-05-21-x.md", "", "/:year/:nope/"));

        assertEquals("_posts/2019-05-21-x.md", e.problem().location().file());
    }

    @Test
    void postUrlEndingInSlashIsWrittenToIndexHtmlWhateverItsExtension() {
        Route route = route("_posts/2019-05-21-feed.xml", "permalink: /feeds/:title/\n");

        assertEquals("/feeds/feed/", route.url());
        assertEquals("feeds/feed/index.html", route.outputPath());
    }

    @Test
    void frontMatterPermalinkExtensionBecomesTheOutputExtension() {
        // Jekyll 4.3.1 (Renderer#permalink_ext), verified: written as other-ext.json, not other-ext.json.html.
        Document document = document("_posts/2019-05-22-other-ext.md", "permalink: /feeds/:title.json\n", null);

        assertEquals(new Route("/feeds/other-ext.json", "feeds/other-ext.json"), document.route());
        assertEquals(".json", document.outputExtension());
    }

    @Test
    void onlyTheLastSegmentOfAFrontMatterPermalinkGivesAnExtension() {
        assertEquals(new Route("/v1.2/other-ext", "v1.2/other-ext.html"),
                route("_posts/2019-05-22-other-ext.md", "permalink: /v1.2/:title\n"));
        assertEquals(new Route("/v1.2/other-ext.html", "v1.2/other-ext.html"),
                route("_posts/2019-05-22-other-ext.md", "permalink: /v1.2/:title:output_ext\n"));
    }

    @Test
    void permalinkExtensionIsRubysExtname() {
        assertEquals(".json", PermalinkTransformer.permalinkExtension("/feeds/:title.json"));
        assertEquals(".gz", PermalinkTransformer.permalinkExtension("/a/b.tar.gz"));
        assertEquals("", PermalinkTransformer.permalinkExtension("/a/b.json/"));
        assertEquals("", PermalinkTransformer.permalinkExtension("/a.b/c"));
        assertEquals("", PermalinkTransformer.permalinkExtension("/a/.hidden"));
        assertEquals("", PermalinkTransformer.permalinkExtension("pretty"));
    }

    // ---- pages ---------------------------------------------------------------------------------

    @Test
    void unknownPlaceholderInAPagePermalinkStaysLiteral() {
        assertEquals(new Route("/docs/:lang/guide.html", "docs/:lang/guide.html"),
                route("docs/guide.md", "permalink: /:path/:lang/:basename:output_ext\n"));
    }

    @Test
    void postPlaceholdersInAPagePermalinkAreKeptWithAWarningAtThePermalinkLine() {
        String path = "2023-10-02-weekly.md";
        TestSite site = TestSite.create(root).write(path,
                "---\ntitle: Weekly\npermalink: /:year/:month/:day/:title.html\n---\nbody\n");
        SiteConfig siteConfig = TestContexts.config(site.source(), Map.of());
        RecordingProblems problems = new RecordingProblems();

        Document page = new PermalinkTransformer().transform(TestDocuments.load(siteConfig, path),
                TestContexts.resolve(siteConfig, problems));

        assertEquals(new Route("/:year/:month/:day/:title.html", ":year/:month/:day/:title.html"), page.route(),
                "Jekyll 4.3.1 writes the same file");
        assertEquals(1, problems.warnings().size(), problems.all().toString());
        String warning = problems.warnings().get(0).format();
        assertTrue(warning.startsWith(path + ":3:1: the permalink of this page names :year, :month, :day, :title,"),
                warning);
        assertTrue(warning.contains("belongs in _posts"), warning);
    }

    @Test
    void pagePlaceholdersAndATrailingUnderscoreGiveNoWarning() {
        TestSite site = TestSite.create(root).write("docs/guide.md", "---\npermalink: /:path/:basename_:output_ext\n---\n");
        SiteConfig siteConfig = TestContexts.config(site.source(), Map.of());
        RecordingProblems problems = new RecordingProblems();

        new PermalinkTransformer().transform(TestDocuments.load(siteConfig, "docs/guide.md"),
                TestContexts.resolve(siteConfig, problems));

        assertEquals(List.of(), problems.all());
    }

    @Test
    void indexPagesAreTheirFolder() {
        assertEquals(new Route("/", "index.html"), route("index.md", ""));
        assertEquals(new Route("/docs/", "docs/index.html"), route("docs/index.html", ""));
    }

    @Test
    void pagesKeepTheirPath() {
        assertEquals(new Route("/about.html", "about.html"), route("about.md", ""));
        assertEquals(new Route("/docs/guide.html", "docs/guide.html"), route("docs/guide.md", ""));
        assertEquals(new Route("/docs/my%20guide.html", "docs/my guide.html"), route("docs/my guide.md", ""));
    }

    @Test
    void prettyStyleForPages() {
        assertEquals(new Route("/about/", "about/index.html"), route("about.md", "", "pretty"));
        assertEquals(new Route("/docs/guide/", "docs/guide/index.html"), route("docs/guide.md", "", "pretty"));
        assertEquals(new Route("/", "index.html"), route("index.md", "", "pretty"));
    }

    @Test
    void customStyleGivesPagesItsEnding() {
        assertEquals(new Route("/about", "about.html"), route("about.md", "", "/blog/:year/:month/:day/:title"));
        assertEquals(new Route("/about/", "about/index.html"), route("about.md", "", "/blog/:year/:title/"));
        assertEquals(new Route("/about", "about.html"), route("about.md", "", "weekdate"));
    }

    @Test
    void nonHtmlPagesKeepTheirName() {
        assertEquals(new Route("/feed.xml", "feed.xml"), route("feed.xml", "", "pretty"));
        assertEquals(new Route("/api/data.json", "api/data.json"), route("api/data.json", "", "pretty"));
        assertEquals(new Route("/robots.txt", "robots.txt"), route("robots.txt", ""));
    }

    @Test
    void pageFrontMatterPermalink() {
        assertEquals(new Route("/custom/", "custom/index.html"), route("about.md", "permalink: /custom/\n"));
        assertEquals(new Route("/docs/about.html", "docs/about.html"),
                route("docs/about.md", "permalink: /:path/:basename:output_ext\n"));
    }

    @Test
    void pageFrontMatterPermalinkExtensionBecomesTheOutputExtension() {
        assertEquals(new Route("/api/data.json", "api/data.json"), route("data.md", "permalink: /api/data.json\n"));
        assertEquals(new Route("/foo", "foo.html"), route("about.md", "permalink: /foo\n"));
    }

    // ---- safety --------------------------------------------------------------------------------

    @Test
    void permalinkWithDotDotIsAnErrorNamingTheFile() {
        QuireException e = fails("about.md", "title: About\npermalink: /../../etc/passwd\n");

        assertEquals("about.md", e.problem().location().file());
        assertEquals(3, e.problem().location().line());
    }

    @Test
    void postPermalinkWithDotDotIsAnError() {
        QuireException e = fails("_posts/2019-05-21-x.md", "permalink: /a/../../x/\n");

        assertEquals("_posts/2019-05-21-x.md", e.problem().location().file());
    }

    @Test
    void escapedDotDotThatLeavesTheOutputFolderIsAnError() {
        QuireException e = fails("about.md", "permalink: /%2e%2e/%2e%2e/etc/passwd\n");

        assertEquals("about.md", e.problem().location().file());
        assertTrue(e.problem().message().contains("leave the output folder"), e.problem().message());
    }

    @Test
    void backslashPermalinkIsAnError() {
        assertEquals("about.md", fails("about.md", "permalink: '\\..\\x'\n").problem().location().file());
    }

    @Test
    void dotDotInValuesIsSanitisedAsJekyllDoes() {
        Route route = route("_posts/2019-05-21-x.md", "categories: [\"..\", \"a..b\"]\n");

        assertEquals("/a/b/2019/05/21/x.html", route.url());
        assertEquals("a/b/2019/05/21/x.html", route.outputPath());
    }

    @Test
    void slugCannotEscapeEither() {
        Route route = route("_posts/2019-05-21-x.md", "slug: ../../etc/passwd\n");

        assertTrue(route.outputPath().startsWith("2019/05/21/"), route.outputPath());
    }
}
