package dev.quire.renderers.archives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives beyond what the {@code archives} compatibility fixture checks against Jekyll: Quire's
 * default, per-type layouts, pagination of archives, slug modes and bad configuration.
 */
class ArchivesGeneratorTest {

    private static final String LAYOUT = "${page.type}:${page.title}:<#list page.posts as p>${p.title};</#list>";

    @TempDir
    Path folder;

    private TestSite blog() {
        return TestSite.create(folder)
                .write("_posts/2023-01-01-a.md", "---\ntitle: A\ncategories: [Java]\ntags: [C++, x]\n---\nx\n")
                .write("_posts/2023-02-01-b.md", "---\ntitle: B\ncategories: [Java]\ntags: [x]\n---\nx\n")
                .write("_posts/2023-03-01-c.md", "---\ntitle: C\ntags: [x]\n---\nx\n");
    }

    @Test
    void withoutConfigurationCategoryAndTagArchivesUseTheArchiveLayout() throws Exception {
        TestSite site = blog().write("_layouts/archive.ftlh", LAYOUT);

        site.build();

        assertEquals("category:Java:B;A;", site.output("category/java/index.html"));
        assertEquals("tag:x:C;B;A;", site.output("tag/x/index.html"));
        assertEquals("tag:C++:A;", site.output("tag/c/index.html"));
        assertFalse(site.hasOutput("2023/index.html"), "no date archives by default");
    }

    @Test
    void withoutConfigurationALayoutNamedAfterTheTypeIsUsed() throws Exception {
        TestSite site = blog().write("_layouts/archive.ftlh", "archive").write("_layouts/tag.ftlh", "tag");

        site.build();

        assertEquals("tag", site.output("tag/x/index.html"));
        assertEquals("archive", site.output("category/java/index.html"));
    }

    @Test
    void aSectionWithoutEnabledWritesNoArchivesAsJekyllArchives() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  layout: archive\n")
                .write("_layouts/archive.ftlh", "archive");

        site.build();

        assertFalse(site.hasOutput("tag/x/index.html"));
        assertFalse(site.hasOutput("category/java/index.html"));
    }

    @Test
    void withoutConfigurationOrArchiveLayoutNothingIsWritten() throws Exception {
        // no theme either: the default theme has an archive layout
        TestSite site = blog().write("_config.yml", "theme: none\n");

        site.build();

        assertEquals(List.of(), Trees.files(site.destination()).stream()
                .filter(path -> path.startsWith("category/") || path.startsWith("tag/")).toList());
        assertTrue(site.hasOutput("java/2023/01/01/a.html"));
    }

    @Test
    void dateArchivesHaveADateAndATitle() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [year, month]\n")
                .write("_layouts/archive.ftlh", "${page.title} ${page.date?string('yyyy-MM-dd')} {{ x }}"
                        + "<#list page.posts as p>${p.title}</#list>");

        site.build();

        assertEquals("2023 2023-01-01 {{ x }}CBA", site.output("2023/index.html"));
        assertEquals("2023-02 2023-02-01 {{ x }}B", site.output("2023/02/index.html"));
        assertFalse(site.hasOutput("tag/x/index.html"));
    }

    @Test
    void aLayoutPerTypeWinsOverTheLayout() throws Exception {
        TestSite site = blog()
                .write("_config.yml", "jekyll-archives:\n  enabled: all\n  layouts:\n    tag: tagged\n")
                .write("_layouts/archive.ftlh", "archive").write("_layouts/tagged.ftlh", "tagged ${page.title}");

        site.build();

        assertEquals("tagged x", site.output("tag/x/index.html"));
        assertEquals("archive", site.output("category/java/index.html"));
        assertEquals("archive", site.output("2023/03/01/index.html"));
    }

    @Test
    void archivesCanBePaginated() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [tags]\n  paginate: 2\n")
                .write("_layouts/archive.ftlh", "${paginator.page}/${paginator.total_pages} "
                        + "<#list paginator.posts as p>${p.title}</#list> ${paginator.previous_page_path!'-'}"
                        + " ${paginator.next_page_path!'-'} ${page.url}");

        site.build();

        assertEquals("1/2 CB - /tag/x/page2/ /tag/x/", site.output("tag/x/index.html"));
        assertEquals("2/2 A /tag/x/ - /tag/x/page2/", site.output("tag/x/page2/index.html"));
        assertEquals("1/1 A - - /tag/c/", site.output("tag/c/index.html"));
    }

    @Test
    void theSlugModeShapesTheName() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [tags]\n  slug_mode: pretty\n")
                .write("_layouts/archive.ftlh", "${page.title}");

        site.build();

        assertEquals("C++", site.output("tag/c++/index.html"));
    }

    @Test
    void liquidInAnArchiveLayoutIsNotRunButLiquidPagesSeeTheArchives() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [categories]\n")
                .write("_layouts/archive.ftlh", "${page.url}")
                .write("list.html", "---\n---\n{% for p in site.pages %}{% if p.type %}{{ p.url }} {{ p.posts.size }}"
                        + "{% endif %}{% endfor %}");

        site.build();

        assertEquals("/category/java/ 2", site.output("list.html"));
    }

    @Test
    void twoArchivesAtOneUrlAreAnErrorNamingBoth() {
        TestSite site = blog().write("_posts/2023-04-01-d.md", "---\ntitle: D\ntags: [X]\n---\nx\n")
                .write("_config.yml", "jekyll-archives:\n  enabled: [tags]\n")
                .write("_layouts/archive.ftlh", "${page.title}");

        BuildFailedException e = site.buildFails();

        assertEquals(List.of("[archives]/tag/x: '[archives]/tag/x (made by generator 'archives')' and '[archives]/tag/X"
                + " (made by generator 'archives')' are both written to 'tag/x/index.html' (give one of them another"
                + " permalink (front matter 'permalink:'))"), e.errors().stream().map(Problem::format).toList());
    }

    @Test
    void anErrorInTheLayoutNamesTheLayoutAndTheArchive() {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [categories]\n")
                .write("_layouts/archive.ftlh", "line one\n${page.subtitle}");

        BuildFailedException e = site.buildFails();

        assertEquals(1, e.errors().size(), e.errors().toString());
        assertEquals("_layouts/archive.ftlh:2:3", e.errors().get(0).location().toString());
        assertTrue(e.errors().get(0).message().startsWith("FreeMarker error while rendering [archives]/category/Java: "),
                e.errors().toString());
    }

    @Test
    void anUnknownPlaceholderIsAnErrorAtTheSection() {
        TestSite site = blog().write("_config.yml", "title: t\njekyll-archives:\n  enabled: [tags]\n"
                + "  permalinks:\n    tag: /t/:year/\n").write("_layouts/archive.ftlh", "");

        BuildFailedException e = site.buildFails();

        assertEquals("_config.yml:2:1", e.errors().get(0).location().toString());
        assertTrue(e.errors().get(0).message().startsWith("jekyll-archives: the tag permalink is invalid"),
                e.errors().toString());
        assertTrue(e.errors().get(0).hint().contains(":name"), e.errors().toString());
    }

    @Test
    void aPermalinkLeavingTheOutputFolderIsKeptInside() throws Exception {
        // Jekyll's URL sanitising turns '..' into '/', so a permalink cannot climb out.
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [tags]\n"
                + "  permalinks:\n    tag: /../../:name/\n").write("_layouts/archive.ftlh", "${page.url}");

        site.build();

        assertEquals("/x/", site.output("x/index.html"));
    }

    @Test
    void enabledNamingNoArchiveTypeWarns() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [tag]\n");

        List<Problem> warnings = site.build().warnings();

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("_config.yml:1:1", warnings.get(0).location().toString());
        assertTrue(warnings.get(0).message().contains("'tag', which is no kind of archive"), warnings.toString());
    }

    @Test
    void warningsAndErrorsNameTheConfigFileThatSetsTheSection() throws Exception {
        TestSite site = blog().write("_config.yml", "jekyll-archives:\n  enabled: [tags]\n")
                .write("_config_local.yml", "title: local\njekyll-archives:\n  enabled: [tag]\n");

        List<Problem> warnings = site.build(options -> options.withConfigFiles(
                List.of(site.file("_config.yml"), site.file("_config_local.yml")))).warnings();

        assertEquals(List.of("_config_local.yml:2:1"), warnings.stream().map(p -> p.location().toString()).toList());
        assertTrue(warnings.get(0).message().contains("'tag', which is no kind of archive"), warnings.toString());

        site.write("_config_local.yml", "\n\njekyll-archives:\n  permalinks:\n    tag: /t/:year/\n")
                .write("_layouts/archive.ftlh", "");
        BuildFailedException e = site.buildFails(options -> options.withConfigFiles(
                List.of(site.file("_config.yml"), site.file("_config_local.yml"))));

        assertEquals("_config_local.yml:3:1", e.errors().get(0).location().toString());
        assertTrue(e.errors().get(0).message().startsWith("jekyll-archives: the tag permalink is invalid"),
                e.errors().toString());
    }
}
