package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.Quire;
import dev.quire.model.Reads;
import dev.quire.model.ResolvingMap;
import dev.quire.testing.DebugLines;
import dev.quire.testing.TestSite;
import dev.quire.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs navigation made from folders ({@code quire.folder_nav}), and its memo's reads. */
class FolderNavigationTest {

    @TempDir
    Path work;

    private static Map<String, Object> doc(String path, Object title, Object navOrder) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("layout", "docs");
        doc.put("path", path);
        doc.put("url", "/" + path.replace(".md", ".html"));
        if (title != null) {
            doc.put("title", title);
        }
        if (navOrder != null) {
            doc.put("nav_order", navOrder);
        }
        return new ResolvingMap(doc, "doc:" + path);
    }

    private static Map<String, Object> siteOf(List<Map<String, Object>> htmlPages) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("html_pages", htmlPages);
        return new ResolvingMap(site, "site");
    }

    private static List<String> titles(List<Map<String, Object>> entries) {
        List<String> titles = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            titles.add((String) entry.get("title"));
            if (entry.get("children") instanceof List<?> children) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) children;
                titles.add(titles(list).toString());
            }
        }
        return titles;
    }

    @Test
    void ordersEachFolderIndexFirstThenByNavOrderThenByTitleWithSubfoldersAsSections() {
        Map<String, Object> other = new LinkedHashMap<>(Map.of("layout", "page", "path", "docs/zz.md", "url", "/zz"));
        FolderNavigation navigation = new FolderNavigation(siteOf(List.of(
                doc("docs/zeta.md", "Zeta", null),
                doc("docs/alpha.md", "Alpha", null),
                doc("docs/install.md", "Install", 2),
                doc("docs/index.md", "Overview", 9),
                doc("docs/start.md", "Start", 1),
                doc("docs/getting_started/b.md", "B", null),
                doc("docs/getting_started/a.md", "A", null),
                doc("docs/guides/index.md", "Guides", null),
                doc("docs/guides/deploy.md", "Deploy", null),
                doc("docs/guides/untitled.md", null, null),
                doc("blog/elsewhere.md", "Elsewhere", null),
                new ResolvingMap(other, "doc:docs/zz.md"))), Locale.ENGLISH);

        List<Map<String, Object>> nav = navigation.navigation("docs/install.md", "");

        assertEquals(List.of("Overview", "Start", "Install", "Alpha", "Zeta",
                "Getting started", "[A, B]", "Guides", "[Deploy, untitled.md]"), titles(nav),
                "the folder's index, nav_order, then titles; a subfolder is a section led by its index or named"
                        + " by its folder; documents without layout docs and of other folders are left out");
        assertEquals("", nav.get(5).get("url"), "a section without an index page has no link");
        assertEquals("/docs/guides/index.html", nav.get(6).get("url"));
        assertEquals("/docs/install.html", nav.get(2).get("url"));
    }

    @Test
    void titlesThatAreNotTextAreShownAsWrittenAndNavOrderIsComparedExactly() {
        FolderNavigation navigation = new FolderNavigation(siteOf(List.of(
                doc("docs/year.md", 2024L, 9007199254740993L),
                doc("docs/day.md", java.time.LocalDate.of(2024, 1, 5), 9007199254740992L),
                doc("docs/flag.md", true, 1.5))), Locale.ENGLISH);

        assertEquals(List.of("true", "2024-01-05", "2024"), titles(navigation.navigation("docs/day.md", "")),
                "YAML's number, date and boolean as written; 2^53 and 2^53+1 in their order");
    }

    @Test
    void aCollectionsDocumentsAreNavigatedFromTheirCollection() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("html_pages", List.of(doc("docs/page.md", "Page", null)));
        site.put("guides", List.of(doc("_guides/one.md", "One", 2), doc("_guides/two.md", "Two", 1)));
        FolderNavigation navigation = new FolderNavigation(new ResolvingMap(site, "site"), Locale.ENGLISH);

        assertEquals(List.of("Two", "One"), titles(navigation.navigation("_guides/one.md", "guides")));
        assertEquals(List.of("Page"), titles(navigation.navigation("docs/page.md", "posts")),
                "posts are navigated as pages: only a collection other than posts is its own navigation");
    }

    @Test
    void everyPageUsingTheNavigationIsCreditedWithTheReadsItWasMadeFrom() throws Exception {
        FolderNavigation navigation = new FolderNavigation(siteOf(List.of(
                doc("docs/a.md", "A", null), doc("docs/b.md", "B", null))), Locale.ENGLISH);

        Reads.Recorded<List<Map<String, Object>>> first = Reads.during(() -> navigation.navigation("docs/a.md", ""));
        Reads.Recorded<List<Map<String, Object>>> second = Reads.during(() -> navigation.navigation("docs/b.md", ""));

        assertSame(first.value(), second.value(), "made once for the folder");
        assertTrue(first.reads().contains(new Reads.Read("doc:docs/b.md", "title")), first.reads().toString());
        assertTrue(first.reads().contains(new Reads.Read("site", "html_pages")), first.reads().toString());
        assertEquals(first.reads(), second.reads(), "the page that found it made is credited with the same reads");
    }

    @Test
    void aPartialBuildRemakesTheSidebarOfEveryDocsPageWhenATitleChangesAndOnlyThePageWhenItsTextDoes()
            throws Exception {
        TestSite site = TestSite.create(work, Map.of("_config.yml", "title: T\nsearch: false\n",
                "index.md", "---\nlayout: page\ntitle: Home\n---\nHome\n",
                "docs/index.md", "---\nlayout: docs\ntitle: Docs\n---\nStart here.\n",
                "docs/install.md", "---\nlayout: docs\ntitle: Install\nnav_order: 1\n---\nRun it.\n",
                "docs/guides/deploy.md", "---\nlayout: docs\ntitle: Deploy\n---\nShip it.\n"));
        site.build();

        site.write("docs/install.md", "---\nlayout: docs\ntitle: Install\nnav_order: 1\n---\nRun it twice.\n");
        assertEquals(List.of("convert doc:docs/install.md", "render layouts doc:docs/install.md docs/install.html"),
                doneAgain(site.options()), "a body edit leaves the other docs pages' sidebars as they are");
        assertSameAsCleanBuild(site, "body");

        site.write("docs/install.md", "---\nlayout: docs\ntitle: Installing\nnav_order: 1\n---\nRun it twice.\n");
        assertEquals(List.of("convert doc:docs/install.md", "render layouts doc:docs/guides/deploy.md docs/guides/deploy.html",
                "render layouts doc:docs/index.md docs/index.html", "render layouts doc:docs/install.md docs/install.html"),
                doneAgain(site.options()), "a title edit remakes every docs page showing it in the sidebar, not the home page");
        assertTrue(site.output("docs/guides/deploy.html").contains(">Installing</a>"));
        assertSameAsCleanBuild(site, "title");
    }

    private static List<String> doneAgain(BuildOptions options) throws Exception {
        DebugLines debug = new DebugLines();
        assertFalse(new Quire().build(options, debug).upToDate());
        return debug.doneAgain();
    }

    private void assertSameAsCleanBuild(TestSite site, String name) throws Exception {
        Path clean = work.resolve("clean-" + name);
        new Quire().build(BuildOptions.of(site.source(), clean, work.resolve("state-" + name)).withTime(TestSite.TIME)
                .withThreads(2), BuildListener.SILENT);
        Trees.assertSameTree(Trees.snapshot(clean), site.destination());
    }
}
