package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {% post_url %}} and {@code {% link %}}. Every expected string is what Jekyll 4.3.1 built
 * from the same site ({@code baseurl: /blog}, {@code permalink: /:categories/:year/:month/:day/:title:output_ext}).
 */
class LinkTagsTest {

    private static final Map<String, Object> CONFIG = Map.of("baseurl", "/blog",
            "permalink", "/:categories/:year/:month/:day/:title:output_ext");

    @TempDir
    Path root;

    private final RecordingProblems problems = new RecordingProblems();

    /** The site Jekyll built, plus {@code path} with {@code content}; renders {@code path}. */
    private Document render(Map<String, ?> config, String path, String content) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_posts/2010-07-21-name.md", "---\n---\nA\n");
        files.put("_posts/folder/2011-01-02-inner.md", "---\n---\nB\n");
        files.put("cat/_posts/2012-03-04-catpost.md", "---\n---\nC\n");
        files.put("_posts/2013-05-06-fm-slug.md", "---\nslug: other-slug\n---\nD\n");
        files.put("_posts/2014-01-01-café ü.md", "---\n---\nE\n");
        files.put("about.md", "---\ntitle: About\n---\nabout\n");
        files.put("docs/index.md", "---\n---\ndocidx\n");
        files.put("assets/logo.png", "x");
        files.put(path, content);
        TestSite site = TestSite.create(root, files);
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        List<Document> documents = files.keySet().stream().filter(p -> !p.endsWith(".png"))
                .map(p -> TestDocuments.resolve(siteConfig, p)).toList();
        List<StaticFile> statics = List.of(new StaticFile(new SourceFile(site.source(), "assets/logo.png"), 1, 0));
        Site indexed = new Site(siteConfig, documents.stream().filter(Document::isPost).toList(),
                documents.stream().filter(d -> !d.isPost()).toList(), Map.of(), statics);
        Document document = documents.stream().filter(d -> d.source().path().equals(path)).findFirst().orElseThrow();
        return new LiquidTransformer(new LiquidEngine(siteConfig)).transform(document,
                TestContexts.convert(indexed, problems));
    }

    private String render(String body) {
        return render(CONFIG, "tags.html", "---\nmy_variable: about.md\n---\n" + body).content();
    }

    private QuireException failure(String body) {
        return assertThrows(QuireException.class,
                () -> render(CONFIG, "err.md", "---\n---\nline2\n" + body + "\n"));
    }

    @Test
    void postUrlByNameGivesTheUrlWithTheBaseUrl() {
        assertEquals("/blog/2010/07/21/name.html", render("{% post_url 2010-07-21-name %}"));
        assertEquals("/blog/2010/07/21/name.html", render("{% post_url /2010-07-21-name %}"));
        assertEquals("/blog/2010/07/21/name.html", render("{%post_url 2010-07-21-name%}"));
        assertEquals("/blog/2010/07/21/name.html", render("{%- post_url   2010-07-21-name   -%}"));
        assertTrue(problems.all().isEmpty(), problems.all().toString());
    }

    @Test
    void postUrlInSubFoldersAndCategoryFolders() {
        assertEquals("/blog/2011/01/02/inner.html", render("{% post_url folder/2011-01-02-inner %}"));
        assertEquals("/blog/cat/2012/03/04/catpost.html", render("{% post_url cat/2012-03-04-catpost %}"));
        assertEquals("/blog/2013/05/06/other-slug.html", render("{% post_url 2013-05-06-fm-slug %}"));
        assertEquals("/blog/2014/01/01/caf%C3%A9-%C3%BC.html", render("{% post_url 2014-01-01-café ü %}"));
        assertTrue(problems.all().isEmpty(), problems.all().toString());
    }

    @Test
    void postUrlFallsBackToDateAndSlugWithADeprecation() {
        assertEquals("/blog/2011/01/02/inner.html", render("{% post_url 2011-01-02-inner %}"));
        assertEquals("/blog/2010/07/21/name.html", render("{% post_url otherfolder/2010-07-21-name %}"));
        assertEquals("/blog/cat/2012/03/04/catpost.html", render("{% post_url 2012-03-04-catpost %}"));
        // front-matter slug, and a date Ruby's Time.parse reads the same
        assertEquals("/blog/2013/05/06/other-slug.html", render("{% post_url 2013-05-06-other-slug %}"));
        assertEquals("/blog/2010/07/21/name.html", render("{% post_url 2010-7-21-name %}"));
        List<Problem> warnings = problems.warnings();
        assertEquals(5, warnings.size(), warnings.toString());
        assertEquals("A call to '{% post_url 2011-01-02-inner %}' did not match a post using the new matching "
                + "method of checking name (path-date-slug) equality. Please make sure that you change this tag "
                + "to match the post's name exactly.", warnings.get(0).message());
        assertEquals("tags.html", warnings.get(0).location().file());
        assertEquals(4, warnings.get(0).location().line());
        assertTrue(warnings.get(1).message().startsWith("A call to '{% post_url otherfolder/2010-07-21-name %}'"));
    }

    @Test
    void deprecationNamesTheLineOfTheTag() {
        render("a\nb {{ 1 }}\n  {% post_url 2010-07-21-name %} {% post_url 2011-01-02-inner %}");
        Problem warning = problems.warnings().get(0);
        assertEquals(6, warning.location().line());
        assertEquals(34, warning.location().column());
    }

    @Test
    void postUrlErrorsAreJekylls() {
        QuireException missing = failure("{% post_url 2010-07-21-nope %}");
        assertEquals("Liquid error: Could not find post \"2010-07-21-nope\" in tag 'post_url'. Make sure the post "
                + "exists and the name is correct.", missing.problem().message());
        assertEquals("err.md", missing.problem().location().file());
        assertEquals(4, missing.problem().location().line());
        assertEquals(1, missing.problem().location().column());

        assertEquals("Liquid error: Could not parse name of post \"nodate\" in tag 'post_url'. Make sure the post "
                + "exists and the name is correct. Jekyll::Errors::InvalidPostNameError: 'nodate' does not contain "
                + "valid date and/or title.", failure("{% post_url nodate %}").problem().message());
        assertEquals("Liquid error: Could not parse name of post \"\" in tag 'post_url'. Make sure the post "
                + "exists and the name is correct. Jekyll::Errors::InvalidPostNameError: '' does not contain "
                + "valid date and/or title.", failure("{% post_url %}").problem().message());
        assertEquals("Liquid error: Invalid date '2010-13-45': '2010-13-45' does not contain valid date and/or title.",
                failure("{% post_url 2010-13-45-name %}").problem().message());
        // as Jekyll, when the template is parsed: also in a branch not taken and in a comment
        for (String body : List.of("{% if false %}{% post_url nodate %}{% endif %}",
                "{% comment %}{% post_url nodate %}{% endcomment %}")) {
            QuireException e = failure(body);
            assertTrue(e.problem().message().startsWith("Liquid error: Could not parse name of post \"nodate\""),
                    body + ": " + e.problem().message());
            assertEquals(4, e.problem().location().line(), body);
        }
    }

    @Test
    void linkGivesTheUrlOfPagesPostsAndStaticFiles() {
        assertEquals("/blog/2010/07/21/name.html", render("{% link _posts/2010-07-21-name.md %}"));
        assertEquals("/blog/about.html", render("{% link about.md %}"));
        assertEquals("/blog/about.html", render("{% link   about.md   %}"));
        assertEquals("/blog/about.html", render("{% link {{ page.my_variable }} %}"));
        assertEquals("/blog/assets/logo.png", render("{% link assets/logo.png %}"));
        assertEquals("/blog/assets/logo.png", render("{% link /assets/logo.png %}"));
        assertEquals("/blog/docs/", render("{% link docs/index.md %}"));
        assertEquals("/blog/2011/01/02/inner.html", render("{% link _posts/folder/2011-01-02-inner.md %}"));
        assertEquals("/blog/cat/2012/03/04/catpost.html", render("{% link cat/_posts/2012-03-04-catpost.md %}"));
        assertEquals("/blog/2014/01/01/caf%C3%A9-%C3%BC.html", render("{% link _posts/2014-01-01-café ü.md %}"));
        assertEquals("/blog/tags.html", render("{% link tags.html %}"));
    }

    @Test
    void linkErrorsAreJekylls() {
        QuireException leadingSlash = failure("{% link /about.md %}");
        assertEquals("Liquid error: Could not find document '/about.md' in tag 'link'. Make sure the document "
                + "exists and the path is correct.", leadingSlash.problem().message());
        assertEquals("err.md", leadingSlash.problem().location().file());
        assertEquals(4, leadingSlash.problem().location().line());
        assertEquals("Liquid error: Could not find document '' in tag 'link'. Make sure the document "
                + "exists and the path is correct.", failure("{% link %}").problem().message());
        assertEquals("Liquid error: Could not find document '' in tag 'link'. Make sure the document "
                + "exists and the path is correct.", failure("{% link {{ page.nothing }} %}").problem().message());
    }

    @Test
    void noBaseUrl() {
        assertEquals("/2010/07/21/name.html /about.html", render(Map.of(), "x.md",
                "---\n---\n{% post_url 2010-07-21-name %} {% link about.md %}").content());
    }

    @Test
    void rawTextIsLeftAlone() {
        assertEquals("{% link about.md %} /blog/about.html",
                render("{% raw %}{% link about.md %}{% endraw %} {% link about.md %}"));
    }

    @Test
    void tagsWorkInIncludesAndAFailureNamesTheInclude() {
        Map<String, Object> config = CONFIG;
        assertEquals("<a href=\"/blog/about.html\">/blog/2010/07/21/name.html</a>\n",
                renderWithInclude("links.html", "<a href=\"{% link {{ include.path }} %}\">{% post_url 2010-07-21-name %}</a>\n",
                        "{% include links.html path=\"about.md\" %}", config).content());
        QuireException e = assertThrows(QuireException.class, () -> renderWithInclude("bad.html",
                "x\n{% post_url 2010-07-21-nope %}", "a\n{% include bad.html %}", config));
        assertEquals("err.md", e.problem().location().file());
        assertEquals(4, e.problem().location().line());
        assertTrue(e.problem().message().contains("include 'bad.html'"), e.problem().message());
        assertTrue(e.problem().message().contains("Could not find post \"2010-07-21-nope\" in tag 'post_url'."),
                e.problem().message());
    }

    private Document renderWithInclude(String include, String includeText, String body, Map<String, Object> config) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_posts/2010-07-21-name.md", "---\n---\nA\n");
        files.put("about.md", "---\n---\nabout\n");
        files.put("_includes/" + include, includeText);
        files.put("err.md", "---\n---\n" + body);
        TestSite site = TestSite.create(root, files);
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        List<Document> documents = files.keySet().stream().filter(p -> !p.startsWith("_includes/"))
                .map(p -> TestDocuments.resolve(siteConfig, p)).toList();
        Site indexed = new Site(siteConfig, documents.stream().filter(Document::isPost).toList(),
                documents.stream().filter(d -> !d.isPost()).toList(), Map.of(), List.of());
        return new LiquidTransformer(new LiquidEngine(siteConfig)).transform(documents.get(2),
                TestContexts.convert(indexed, problems));
    }

    @Test
    void deprecatedMatchComparesTheDayInTheSiteTimeZone() {
        Map<String, Object> config = Map.of("timezone", "America/New_York");
        String post = "_posts/2010-07-21-tz.md";
        String text = "---\ndate: 2010-07-22 01:00:00 +0000\n---\n";
        assertEquals("/2010/07/21/tz.html", render(config, post, text + "{% post_url x/2010-07-21-tz %}").content());
        QuireException e = assertThrows(QuireException.class,
                () -> render(config, post, text + "{% post_url x/2010-07-22-tz %}"));
        assertEquals("Liquid error: Could not find post \"x/2010-07-22-tz\" in tag 'post_url'. Make sure the post "
                + "exists and the name is correct.", e.problem().message());
    }

    @Test
    void syntaxErrorColumnsAfterATagAreThoseOfTheFile() {
        QuireException e = failure("{% link about.md %} {% if %}");
        assertEquals(4, e.problem().location().line());
        assertEquals(failure("{% link about.md %} {% if %}").problem().location().column(),
                failure("{% link xxxxxxxx %} {% if %}").problem().location().column());
        assertEquals(failure("1234567890123456789 {% if %}").problem().location().column(),
                e.problem().location().column(), e.getMessage());
    }

    @Test
    void documentsRenderInParallel() {
        TestSite files = TestSite.create(root, Map.of("_posts/2010-07-21-name.md", "---\n---\nA\n",
                "_posts/folder/2011-01-02-inner.md", "---\n---\nB\n", "about.md", "---\n---\nabout\n",
                "tags.html", "---\n---\n{% post_url 2010-07-21-name %} {% link about.md %}"));
        SiteConfig siteConfig = TestContexts.config(files.source(), CONFIG);
        List<Document> documents = List.of("_posts/2010-07-21-name.md", "_posts/folder/2011-01-02-inner.md",
                "about.md", "tags.html").stream().map(p -> TestDocuments.resolve(siteConfig, p)).toList();
        Site site = new Site(siteConfig, documents.stream().filter(Document::isPost).toList(),
                documents.stream().filter(d -> !d.isPost()).toList(), Map.of(), List.of());
        LiquidTransformer transformer = new LiquidTransformer(new LiquidEngine(siteConfig));
        Document tags = documents.get(3);
        IntStream.range(0, 500).parallel().forEach(i -> assertEquals("/blog/2010/07/21/name.html /blog/about.html",
                transformer.transform(tags, TestContexts.convert(site, problems)).content()));
    }
}
