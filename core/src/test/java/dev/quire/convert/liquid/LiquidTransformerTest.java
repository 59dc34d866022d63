package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquidTransformerTest {

    private static final String SEED = "_posts/2019-02-12-deep-learning-and-neural-networks.md";

    @TempDir
    Path root;

    /** Writes the files, resolves every one of them into a site, and runs Liquid on {@code path}. */
    private Document render(Map<String, ?> config, Map<String, String> files, String path) {
        TestSite site = TestSite.create(root, files);
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        List<Document> documents = files.keySet().stream().filter(p -> !p.startsWith("_includes/"))
                .map(p -> TestDocuments.resolve(siteConfig, p)).toList();
        Site indexed = new Site(siteConfig, documents.stream().filter(Document::isPost).toList(),
                documents.stream().filter(d -> !d.isPost()).toList(), Map.of(), List.of());
        Document document = documents.stream().filter(d -> d.source().path().equals(path)).findFirst().orElseThrow();
        return new LiquidTransformer(new LiquidEngine(siteConfig)).transform(document, TestContexts.convert(indexed));
    }

    private Document render(String path, String content) {
        return render(Map.of(), Map.of(path, content), path);
    }

    @Test
    void seedPostHeaderPrintsTitleAndCategories() {
        Document post = render(SEED, """
                ---
                layout: default
                title:  "Deep Learning and Neural Networks"
                date:   2019-02-12
                categories: [Coursera Reviews]
                ---

                # {{page.title}} - {{page.categories}}

                Text.
                """);

        assertEquals("\n# Deep Learning and Neural Networks - Coursera Reviews\n\nText.\n", post.content());
    }

    @Test
    void arraysPrintConcatenatedWithoutSeparator() {
        Document post = render("movies/horror/_posts/2019-05-21-bride-of-chucky.md",
                "---\ncategories: classic hollywood\ntags: one two\n---\n{{ page.categories }}|{{ page.tags }}");

        assertEquals("movieshorrorclassichollywood|onetwo", post.content());
    }

    @Test
    void joinGivesReadableCategories() {
        assertEquals("movies, horror", render("movies/horror/_posts/2019-05-21-x.md",
                "---\n---\n{{ page.categories | join: \", \" }}").content());
    }

    @Test
    void pageVariables() {
        Document post = render("_posts/2019-05-21-welcome-to-jekyll.md",
                "---\n---\n{{ page.title }}|{{ page.url }}|{{ page.slug }}|{{ page.path }}|{{ page.id }}|"
                        + "{{ page.date | date: \"%Y-%m-%d\" }}");

        assertEquals("Welcome To Jekyll|/2019/05/21/welcome-to-jekyll.html|welcome-to-jekyll|"
                + "_posts/2019-05-21-welcome-to-jekyll.md|/2019/05/21/welcome-to-jekyll|2019-05-21", post.content());
    }

    @Test
    void siteVariablesListPostsNewestFirst() {
        Document page = render(Map.of("title", "My Site"), Map.of(
                "_posts/2019-01-01-old.md", "---\n---\n",
                "_posts/2019-06-01-new.md", "---\n---\n",
                "index.html", "---\n---\n{{ site.title }}:{% for p in site.posts %}{{ p.title }};{% endfor %}"),
                "index.html");

        assertEquals("My Site:New;Old;", page.content());
    }

    @Test
    void relativeAndAbsoluteUrlUseTheBaseUrl() {
        Document page = render(Map.of("baseurl", "/blog", "url", "https://example.com"), Map.of(
                "about.md", "---\n---\n{{ \"/css/main.css\" | relative_url }} {{ page.url | absolute_url }} "
                        + "{{ \"about/\" | relative_url }}"), "about.md");

        assertEquals("/blog/css/main.css https://example.com/blog/about.html /blog/about/", page.content());
    }

    @Test
    void urlFiltersOfNothingPrintNothing() {
        Document page = render(Map.of("baseurl", "/blog", "url", "https://example.com"), Map.of(
                "about.md", "---\n---\n[{{ page.missing | relative_url }}][{{ page.missing | absolute_url }}]"),
                "about.md");

        assertEquals("[][]", page.content());
    }

    @Test
    void includesComeFromTheIncludesFolder() {
        Document page = render(Map.of(), Map.of(
                "_includes/note.html", "<aside>{{ include.text }}</aside>",
                "about.md", "---\n---\n{% include note.html text=\"hi\" %}"), "about.md");

        assertEquals("<aside>hi</aside>", page.content());
    }

    @Test
    void textWithoutLiquidIsLeftAlone() {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\n---\nplain { braces }\n"));
        SiteConfig config = TestContexts.config(site.source());
        Document page = TestDocuments.resolve(config, "about.md");

        Document same = new LiquidTransformer(new LiquidEngine(config)).transform(page,
                TestContexts.convert(TestContexts.emptySite(config)));

        assertSame(page, same);
    }

    @Test
    void renderWithLiquidFalseTurnsItOff() {
        Document page = render("about.md", "---\nrender_with_liquid: false\n---\n{{ page.title }}");

        assertEquals("{{ page.title }}", page.content());
    }

    @Test
    void frontMatterValuesAreNotLiquidProcessed() {
        assertEquals("{{ 1 | plus: 1 }}", render("about.md", "---\ntitle: \"{{ 1 | plus: 1 }}\"\n---\n{{ page.title }}")
                .content());
    }

    @Test
    void syntaxErrorReportsTheLineInTheFile() {
        // lines 1-3 front matter, body from line 4; the error is on body line 3 = file line 6
        QuireException e = assertThrows(QuireException.class, () -> render("_posts/2019-05-21-broken.md",
                "---\ntitle: Broken\n---\nIntro\n\nText {% if %} more {% endif %}\n"));

        assertEquals("_posts/2019-05-21-broken.md", e.problem().location().file());
        assertEquals(6, e.problem().location().line(), e.getMessage());
        assertTrue(e.problem().message().startsWith("Liquid error"), e.problem().message());
    }

    @Test
    void syntaxErrorColumnIsTheColumnInTheFile() {
        QuireException e = assertThrows(QuireException.class, () -> render("about.md",
                "---\ntitle: A\n---\n\n\n123456{% if %}{% endif %}\n"));

        assertEquals(6, e.problem().location().line(), e.getMessage());
        assertEquals(13, e.problem().location().column(), "the unexpected '%}' of '123456{% if %}': " + e.getMessage());
    }

    @Test
    void unclosedBlockIsAnErrorInTheFile() {
        QuireException e = assertThrows(QuireException.class, () -> render("about.md",
                "---\n---\nline 3\n{% for x in site.posts %}\nnever closed\n"));

        assertEquals("about.md", e.problem().location().file());
        assertTrue(e.problem().location().line() >= 3, e.getMessage());
    }

    @Test
    void errorInAFileWithoutFrontMatterCountsFromLineOne() {
        TestSite site = TestSite.create(root, Map.of("x.md", "ok\n{% if %}\n"));
        SiteConfig config = TestContexts.config(site.source());
        dev.quire.model.SourceFile file = new dev.quire.model.SourceFile(site.source(), "x.md");
        Document document = Document.loaded(file, dev.quire.model.DocumentKind.PAGE, Map.of(), 1, "ok\n{% if %}\n",
                ".html");

        QuireException e = assertThrows(QuireException.class, () -> new LiquidTransformer(new LiquidEngine(config))
                .transform(document, TestContexts.convert(TestContexts.emptySite(config))));

        assertEquals(2, e.problem().location().line(), e.getMessage());
    }

    @Test
    void missingIncludeIsNamedAtItsTag() {
        // front matter lines 1-2, body from line 3: the tag is on line 5, column 3
        QuireException e = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "_includes/ok.html", "ok",
                "about.md", "---\n---\nline one\n{% include ok.html %}\n  {% include missing.html %}\n"), "about.md"));

        assertEquals("about.md", e.problem().location().file());
        assertEquals(5, e.problem().location().line(), e.getMessage());
        assertEquals(3, e.problem().location().column(), e.getMessage());
        assertEquals("Liquid error: include 'missing.html': _includes/missing.html not found", e.problem().message());
    }

    @Test
    void includeLeadingOutOfTheSourceSaysSo() throws IOException {
        TestSite site = TestSite.create(root, Map.of("_includes/ok.html", "ok"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "SECRET");
        try {
            Files.createSymbolicLink(site.file("_includes/leak.html"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }

        QuireException e = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "about.md", "---\n---\n\n{% include leak.html %}"), "about.md"));

        assertEquals(4, e.problem().location().line(), e.getMessage());
        assertEquals("Liquid error: include 'leak.html': _includes/leak.html leads outside the source folder",
                e.problem().message());
        assertFalse(e.getMessage().contains("SECRET"));
    }

    @Test
    void errorInsideAnIncludeIsReportedAtTheIncludeTagWithItsCause() {
        QuireException e = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "_includes/box.html", "<div>\n{{ 1 | no_such_filter }}\n</div>",
                "about.md", "---\ntitle: A\n---\nText\n\nMore {% include box.html %}\n"), "about.md"));

        assertEquals(6, e.problem().location().line(), e.getMessage());
        assertEquals(6, e.problem().location().column(), e.getMessage());
        String message = e.problem().message();
        assertTrue(message.startsWith("Liquid error: include 'box.html': "), message);
        assertTrue(message.contains("no_such_filter"), message);
        assertTrue(message.contains("line 2"), "the line in the include: " + message);
    }

    @Test
    void nestedIncludeErrorNamesEveryInclude() {
        QuireException e = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "_includes/outer.html", "[{% include inner.html %}]",
                "about.md", "---\n---\n{% include outer.html %}"), "about.md"));

        assertEquals(3, e.problem().location().line(), e.getMessage());
        assertEquals("Liquid error: include 'outer.html': include 'inner.html': _includes/inner.html not found",
                e.problem().message());
    }

    @Test
    void computedIncludeNameIsReported() {
        QuireException e = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "_includes/ok.html", "ok",
                "about.md", "---\nbox: gone.html\n---\n{% include ok.html %}\n{% if true %}\n"
                        + "{% include {{ page.box }} %}{% endif %}"), "about.md"));

        assertEquals(6, e.problem().location().line(), e.getMessage());
        assertEquals("Liquid error: include 'gone.html': _includes/gone.html not found", e.problem().message());
    }

    @Test
    void includeRelativeReadsNextToTheDocument() {
        Document page = render(Map.of(), Map.of(
                "docs/part.md", "part {{ 1 | plus: 1 }}",
                "docs/guide.md", "---\n---\n[{% include_relative part.md %}]"), "docs/guide.md");

        assertEquals("[part 2]", page.content());
    }

    @Test
    void includeRelativeCannotLeaveTheSource() throws IOException {
        Path secret = Files.writeString(Files.createDirectories(root).resolve("secret.txt"), "SECRET");

        QuireException absolute = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "about.md", "---\n---\n{% include_relative " + secret.toAbsolutePath() + " %}"), "about.md"));
        QuireException climbing = assertThrows(QuireException.class, () -> render(Map.of(), Map.of(
                "about.md", "---\n---\n{% include_relative ../secret.txt %}"), "about.md"));

        assertFalse(absolute.getMessage().contains("SECRET"), absolute.getMessage());
        assertTrue(absolute.problem().message().startsWith("Liquid error: include_relative '"), absolute.getMessage());
        assertTrue(climbing.problem().message().contains("'..' is not allowed"), climbing.getMessage());
        assertEquals(3, climbing.problem().location().line(), climbing.getMessage());
    }

    @Test
    void datesPrintAsRubyTimesInTheSiteZone() {
        // Jekyll 4.3.1, timezone America/New_York:
        // [2019-02-12 00:00:00 -0500|2019-05-25 06:00:00 -0400|2019-02-12 00:00:00 -0500;2019-05-25T06:00:00-04:00]
        String path = "_posts/2019-02-12-a.html";
        Document post = render(Map.of("timezone", "America/New_York"), Map.of(path, """
                ---
                updated: 2019-05-25 10:00:00
                ---
                [{{ page.date }}|{{ page.updated }}|{% for p in site.posts %}{{ p.date }};{{ p.updated | date_to_xmlschema }}{% endfor %}]"""),
                path);

        assertEquals("[2019-02-12 00:00:00 -0500|2019-05-25 06:00:00 -0400|2019-02-12 00:00:00 -0500;"
                + "2019-05-25T06:00:00-04:00]", post.content().strip());
    }

    @Test
    void invalidDateInADateFilterIsJekyllsErrorInTheFile() {
        QuireException e = assertThrows(QuireException.class,
                () -> render("index.html", "---\n---\n\n{{ \"not a date\" | date_to_string }}"));

        assertTrue(e.problem().message().contains("Invalid Date: '\"not a date\"' is not a valid datetime."),
                e.getMessage());
        assertTrue(e.problem().location().file().endsWith("index.html"), e.getMessage());
        assertEquals(4, e.problem().location().line(), e.getMessage());
    }
}
