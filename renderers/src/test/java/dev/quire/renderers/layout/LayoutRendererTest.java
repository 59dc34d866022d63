package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildResult;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout renderer, through whole builds of tiny sites. */
class LayoutRendererTest {

    /** The build time: later than every post below, so that none of them is in the future. */
    private static final Instant TIME = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void wrapsAPostInItsLayoutThenInThatLayoutsLayout() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "<html><body>${content}</body></html>\n")
                .write("_layouts/post.ftlh", "---\nlayout: default\n---\n<article>${content}</article>")
                .write("_posts/2024-01-05-hello.md", "---\nlayout: post\n---\nHi *there*\n");

        site.build();

        assertEquals("<html><body><article><p>Hi <em>there</em></p>\n</article></body></html>\n",
                site.output("2024/01/05/hello.html"));
    }

    @Test
    void aPostLayoutLinksThePreviousAndNextPosts() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/post.ftlh", "<#if page.previous??>&lt; ${page.previous.title}"
                        + "<#if page.previous.previous??> &lt;&lt; ${page.previous.previous.title}</#if></#if>"
                        + "|<#if page.next??>${page.next.title} (${page.next.url}) &gt;</#if>")
                .write("_posts/2024-01-01-one.md", "---\nlayout: post\ntitle: One\n---\n1\n")
                .write("_posts/2024-01-02-two.md", "---\nlayout: post\ntitle: Two\n---\n2\n")
                .write("_posts/2024-01-03-three.md", "---\nlayout: post\ntitle: Three\n---\n3\n");

        site.build();

        assertEquals("|Two (/2024/01/02/two.html) &gt;", site.output("2024/01/01/one.html"));
        assertEquals("&lt; One|Three (/2024/01/03/three.html) &gt;", site.output("2024/01/02/two.html"));
        assertEquals("&lt; Two &lt;&lt; One|", site.output("2024/01/03/three.html"));
    }

    @Test
    void layoutsSeeTheirOwnFrontMatterAsLayoutAndTheSiteAsSite() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_config.yml", "title: My Site\n")
                .write("_layouts/default.ftlh", "---\nshade: dark\n---\n${layout.shade}|${site.title}|${page.url}|${content}")
                .write("about.md", "---\nlayout: default\n---\nabout\n");

        site.build();

        assertEquals("dark|My Site|/about.html|<p>about</p>\n", site.output("about.html"));
    }

    @Test
    void aLayoutFromFrontMatterDefaultsWrapsAndSeesExcerptsAndData() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_config.yml", "defaults:\n- scope: {type: posts}\n  values: {layout: post}\n")
                .write("_data/site_info.yml", "owner: Ann\n")
                .write("_layouts/post.ftlh", "${page.excerpt?no_esc}|${site.data.site_info.owner}|${content}")
                .write("_posts/2024-01-05-hello.md", "---\n---\nHi *there*\n\nMore.\n");

        site.build();

        assertEquals("<p>Hi <em>there</em></p>\n|Ann|<p>Hi <em>there</em></p>\n<p>More.</p>\n",
                site.output("2024/01/05/hello.html"));
    }

    @Test
    void contentIsInsertedAsHtmlWhilePageValuesAreEscaped() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "<title>${page.title}</title>\n${content}")
                .write("page.html", "---\nlayout: default\ntitle: Tom & \"Jerry\" <3\n---\n<b>bold</b> & <i>co</i>\n");

        site.build();

        assertEquals("<title>Tom &amp; &quot;Jerry&quot; &lt;3</title>\n<b>bold</b> & <i>co</i>\n",
                site.output("page.html"));
    }

    @Test
    void aMissingLayoutIsAWarningNamingDocumentAndLayoutAndThePageIsWrittenWithoutIt() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("about.md", "---\nlayout: nope\ntitle: About\n---\nJust text.\n");

        BuildResult result = site.build();

        assertEquals("<p>Just text.</p>\n", site.output("about.html"));
        Problem warning = single(result.warnings());
        assertFalse(warning.isError());
        assertEquals("Build Warning: Layout 'nope' requested in about.md does not exist.", warning.message());
        assertEquals("about.md", warning.location().file());
    }

    @Test
    void aMissingOuterLayoutKeepsWhatTheInnerLayoutsProduced() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/post.ftlh", "---\nlayout: gone\n---\n<article>${content}</article>")
                .write("_posts/2024-01-05-hello.md", "---\nlayout: post\n---\nHi\n");

        BuildResult result = site.build();

        assertEquals("<article><p>Hi</p>\n</article>", site.output("2024/01/05/hello.html"));
        Problem warning = single(result.warnings());
        assertEquals("Build Warning: Layout 'gone' requested in _layouts/post.ftlh does not exist.",
                warning.message(), "Jekyll names the layout that asked for the missing one");
        assertEquals("_posts/2024-01-05-hello.md", warning.location().file());
    }

    @Test
    void ftlLayoutsAndIncludesEscapeHtmlToo() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_includes/head.ftl", "<title>${page.title}</title>")
                .write("_layouts/default.ftl", "<#include \"/_includes/head.ftl\">|${page.title}|${content}")
                .write("page.html", "---\nlayout: default\ntitle: <script>x</script>\n---\n<b>b</b>\n");

        site.build();

        assertEquals("<title>&lt;script&gt;x&lt;/script&gt;</title>|&lt;script&gt;x&lt;/script&gt;|<b>b</b>\n",
                site.output("page.html"));
    }

    @Test
    void layoutsCannotInstantiateClassesOrReachTheJavaApi() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}")
                .write("page.html", "---\nlayout: default\n---\nx\n");

        BuildFailedException failure = site.buildFails();

        Problem error = single(failure.errors());
        assertEquals("_layouts/default.ftlh", error.location().file());
        assertFalse(site.hasOutput("page.html"));
    }

    @Test
    void anHtmlLayoutIsAWarningAndThePageIsWrittenWithoutIt() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/plain.html", "<html>{{ content }}</html>\n")
                .write("index.md", "---\nlayout: plain\n---\nHello\n");

        BuildResult result = site.build();

        assertEquals("<p>Hello</p>\n", site.output("index.html"));
        Problem warning = single(result.warnings());
        assertFalse(warning.isError());
        assertEquals("index.md", warning.location().file());
        assertTrue(warning.message().contains("'plain'") && warning.message().contains("_layouts/plain.html"),
                warning.message());
        assertTrue(warning.hint().contains("_layouts/plain.ftlh"), warning.hint());
    }

    @Test
    void layoutsThatWrapEachOtherInALoopAreAnError() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/a.ftlh", "---\nlayout: b\n---\na${content}")
                .write("_layouts/b.ftlh", "---\nlayout: a\n---\nb${content}")
                .write("page.md", "---\nlayout: a\n---\ntext\n");

        BuildFailedException failure = site.buildFails();

        Problem error = single(failure.errors());
        assertEquals("_layouts/a.ftlh", error.location().file());
        assertTrue(error.message().contains("a -> b -> a"), error.message());
        assertFalse(site.hasOutput("page.html"), "a failed build writes nothing");
    }

    @Test
    void aLayoutNamingItselfIsALoop() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/self.ftlh", "---\nlayout: self\n---\n${content}")
                .write("page.md", "---\nlayout: self\n---\ntext\n");

        Problem error = single(site.buildFails().errors());
        assertEquals("_layouts/self.ftlh", error.location().file());
        assertTrue(error.message().contains("self -> self"), error.message());
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndTheLineAndColumnInTheFileWithItsFrontMatter() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/broken.ftlh", """
                        ---
                        title: Broken
                        # a comment line
                        ---
                        <html>
                          <p>${page.title +}</p>
                        </html>
                        """)
                .write("page.md", "---\nlayout: broken\n---\ntext\n");

        Problem error = single(site.buildFails().errors());

        assertEquals("_layouts/broken.ftlh", error.location().file());
        // Line 6 of the file (4 front-matter lines count); column 20 is the unexpected "}".
        assertEquals(6, error.location().line(), error.format());
        assertEquals(20, error.location().column(), error.format());
        assertTrue(error.message().startsWith("FreeMarker syntax error"), error.message());
        assertTrue(error.hint().contains("page.md"), "the hint names the document: " + error.hint());
    }

    @Test
    void anUndefinedVariableNamesTheTemplateAndTheLineAndColumnInTheFileWithItsFrontMatter() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", """
                        ---
                        title: Default
                        ---
                        <html>
                        <body>
                          <h1>${page.subtitle}</h1>
                        </body>
                        </html>
                        """)
                .write("page.md", "---\nlayout: default\n---\ntext\n");

        Problem error = single(site.buildFails().errors());

        // Line 6 of the file (3 front-matter lines count); column 9 is where "page.subtitle" starts.
        assertEquals(new SourceLocation("_layouts/default.ftlh", 6, 9), error.location(), error.format());
        assertTrue(error.message().contains("page.md"), "the message names the document: " + error.message());
        assertTrue(error.message().endsWith("evaluated to null or missing: page.subtitle"),
                "the message names the expression: " + error.message());
        assertFalse(site.hasOutput("page.html"));
    }

    @Test
    void anErrorInAnIncludeNamesTheIncludeFile() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_includes/footer.ftlh", "<footer>\n  ${site.missing}\n</footer>\n")
                .write("_layouts/default.ftlh", "---\n---\n${content}\n<#include \"/_includes/footer.ftlh\">\n")
                .write("page.md", "---\nlayout: default\n---\ntext\n");

        Problem error = single(site.buildFails().errors());

        assertEquals(new SourceLocation("_includes/footer.ftlh", 2, 5), error.location(), error.format());
    }

    @Test
    void aTemplateErrorIsReportedOnceWithTheDocumentsItFailedOnAndEveryOtherErrorApart() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "${page.nothing}")
                .write("_layouts/other.ftlh", "---\n---\n<p>\n${page.missing}</p>")
                .write("_layouts/broken.ftlh", "${page.title +}")
                .write("two.md", "---\nlayout: default\n---\n2\n")
                .write("one.md", "---\nlayout: default\n---\n1\n")
                .write("three.md", "---\nlayout: default\n---\n3\n")
                .write("four.md", "---\nlayout: other\n---\n4\n")
                .write("five.md", "---\nlayout: broken\n---\n5\n")
                .write("six.md", "---\nlayout: broken\n---\n6\n");

        List<String> errors = site.buildFails().errors().stream().map(Problem::format).toList();

        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("_layouts/broken.ftlh:1:15: FreeMarker syntax error: "), errors.get(0));
        assertTrue(errors.get(0).endsWith("(fix the template; it was being used for five.md and 1 other document)"),
                "the first document by path, and how many others: " + errors.get(0));
        assertTrue(errors.get(1).startsWith("_layouts/default.ftlh:1:3: FreeMarker error while rendering one.md and 2 other"
                + " documents: "), "one error for the template line, not one per page: " + errors.get(1));
        assertTrue(errors.get(2).startsWith("_layouts/other.ftlh:4:3: FreeMarker error while rendering four.md: "),
                errors.get(2));
    }

    @Test
    void aBrokenExcerptALayoutReadsIsReportedInItsPostAloneNotAsATemplateError() {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "<#list site.posts as p>${p.excerpt}</#list>${content}")
                .write("_posts/2019-01-01-cut.md", "---\ntitle: Cut\n---\n{{ page.title\n\n}}\n")
                .write("index.md", "---\nlayout: default\n---\nHome\n");

        List<Problem> errors = site.buildFails().errors();

        assertEquals(List.of("_posts/2019-01-01-cut.md"), errors.stream().map(e -> e.location().file()).distinct().toList(),
                errors.toString());
    }

    @Test
    void anOuterLayoutSeesTheInnerLayoutsValuesOverItsOwnAsInJekyll() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/inner.ftlh", "---\nlayout: outer\nx: inner\nnested: {a: inner}\n---\n"
                        + "[${layout.x}|${layout.y!\"-\"}]${content}")
                .write("_layouts/outer.ftlh", "---\nx: outer\ny: outer\nnested: {a: outer, b: outer}\n---\n"
                        + "(${layout.x} ${layout.y} ${layout.nested.a} ${layout.nested.b} ${layout.layout})${content}")
                .write("page.md", "---\nlayout: inner\n---\ntext\n");

        site.build();

        assertEquals("(inner outer inner outer outer)[inner|-]<p>text</p>\n", site.output("page.html"));
    }

    @Test
    void documentsWithoutLayoutOrWithLayoutNoneAreWrittenAsTheyAre() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "<html>${content}</html>")
                .write("plain.md", "---\ntitle: Plain\n---\n# Plain\n")
                .write("none.md", "---\nlayout: none\n---\nNo *layout*\n")
                .write("empty.html", "---\nlayout:\n---\n<p>as is</p>\n");

        BuildResult result = site.build();

        assertEquals("<h1 id=\"plain\">Plain</h1>\n", site.output("plain.html"));
        assertEquals("<p>No <em>layout</em></p>\n", site.output("none.html"));
        assertEquals("<p>as is</p>\n", site.output("empty.html"));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void theFrontMatterCommentAddsNoBlankLinesAtTheTopOfTheOutput() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "---\ntitle: x\ndescription: y\n---\n<!DOCTYPE html>\n${content}")
                .write("_layouts/one.ftlh", "---\nlayout: default\n---\n<main>${content}</main>\n")
                .write("page.html", "---\nlayout: one\n---\nbody\n");

        site.build();

        assertEquals("<!DOCTYPE html>\n<main>body\n</main>\n", site.output("page.html"));
    }

    @Test
    void aLayoutWithEmptyFrontMatterStartsWithItsFirstBodyLine() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_layouts/default.ftlh", "---\n---\n<html>${content}</html>\n")
                .write("page.html", "---\nlayout: default\n---\nbody");

        site.build();

        assertEquals("<html>body</html>\n", site.output("page.html"));
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }
}
