package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropsTest {

    @TempDir
    Path root;

    @Test
    void pageAndSiteViewsUseJekyllsNames() {
        TestSite files = TestSite.create(root, Map.of(
                "_config.yml", "title: T\n",
                "_posts/2019-05-21-hello.md", "---\ncategories: [a]\n---\nHello\n",
                "about.md", "---\ntitle: About\n---\nAbout\n",
                "feed.xml", "---\n---\n<feed/>"));
        SiteConfig config = TestContexts.config(files.source(), Map.of("title", "T"));
        Document post = TestDocuments.resolve(config, "_posts/2019-05-21-hello.md");
        Document about = TestDocuments.resolve(config, "about.md");
        Document feed = TestDocuments.resolve(config, "feed.xml");
        Site site = new Site(config, List.of(post), List.of(about, feed), Map.of(),
                List.of(new StaticFile(new SourceFile(files.source(), "css/site.css"), 10, 0)));

        Map<String, Object> page = Drops.page(post);
        assertEquals("/a/2019/05/21/hello.html", page.get("url"));
        assertEquals("/a/2019/05/21/hello", page.get("id"));
        assertEquals("_posts/2019-05-21-hello.md", page.get("path"));
        assertEquals("2019-05-21-hello.md", page.get("name"));
        assertEquals("Hello\n", page.get("content"));
        assertEquals("posts", page.get("collection"));
        assertEquals("Hello", page.get("title"));
        assertEquals(List.of("a"), page.get("categories"));
        assertFalse(Drops.page(about).containsKey("id"));

        Map<String, Object> view = Drops.site(site);
        assertEquals("T", view.get("title"));
        assertEquals(1, ((List<?>) view.get("posts")).size());
        assertEquals(2, ((List<?>) view.get("pages")).size());
        assertEquals(1, ((List<?>) view.get("html_pages")).size());
        assertEquals(List.of("a"), List.copyOf(((Map<?, ?>) view.get("categories")).keySet()));
        assertEquals(config.time(), view.get("time"));
        assertEquals(Map.of(), view.get("data"));
        Map<?, ?> css = (Map<?, ?>) ((List<?>) view.get("static_files")).get(0);
        assertEquals("/css/site.css", css.get("path"));
        assertEquals(".css", css.get("extname"));
    }

    private Site twoPostsAndAPage() {
        TestSite files = TestSite.create(root, Map.of(
                "_config.yml", "title: T\n",
                "_posts/2019-05-21-older.md", "---\ntags: [x]\n---\nOlder\n",
                "_posts/2019-05-22-newer.md", "---\ntags: [x]\n---\nNewer\n",
                "index.html", "---\n---\nHome\n"));
        SiteConfig config = TestContexts.config(files.source(), Map.of("title", "T"));
        return new Site(config, List.of(TestDocuments.resolve(config, "_posts/2019-05-21-older.md"),
                TestDocuments.resolve(config, "_posts/2019-05-22-newer.md")),
                List.of(TestDocuments.resolve(config, "index.html")), Map.of(), List.of());
    }

    private static String ownerOf(Object view) {
        return assertInstanceOf(ResolvingMap.class, view).owner();
    }

    @Test
    void pageAndSiteViewsAreOwnedByTheirDocumentAndTheSite() {
        Site site = twoPostsAndAPage();
        Document older = site.posts().get(0);
        Document home = site.pages().get(0);

        assertEquals("doc:_posts/2019-05-21-older.md", Drops.ownerOf(older));
        assertEquals("doc:_posts/2019-05-21-older.md", ownerOf(Drops.page(older)));
        assertEquals("doc:_posts/2019-05-21-older.md", ownerOf(Drops.page(older, site)));
        assertEquals("doc:index.html", ownerOf(Drops.page(home, site)));
        Map<String, Object> view = Drops.site(site);
        assertEquals(Drops.SITE_OWNER, ownerOf(view));
        Map<?, ?> entries = ((ResolvingMap) view).entries();
        assertEquals(List.of("doc:_posts/2019-05-22-newer.md", "doc:_posts/2019-05-21-older.md"),
                ((List<?>) entries.get("posts")).stream().map(DropsTest::ownerOf).toList());
        assertEquals(List.of("doc:index.html"),
                ((List<?>) entries.get("pages")).stream().map(DropsTest::ownerOf).toList());
        assertEquals(List.of("doc:_posts/2019-05-22-newer.md", "doc:_posts/2019-05-21-older.md"),
                ((List<?>) ((Map<?, ?>) entries.get("tags")).get("x")).stream().map(DropsTest::ownerOf).toList());
    }

    @Test
    void aThemesDocumentIsOwnedByItsPathAsShown() {
        Document themed = Document.loaded(new SourceFile(root, "about.md", "minima"), DocumentKind.PAGE, Map.of(), 1,
                "x", ".html");

        assertEquals("doc:[theme minima]/about.md", Drops.ownerOf(themed));
    }

    @Test
    void neighbourViewsAreOwnedByTheNeighbour() {
        Site site = twoPostsAndAPage();
        Document older = site.posts().get(0);
        Document newer = site.posts().get(1);

        Map<String, Object> page = Drops.page(newer, site);
        Object previous = page.get("previous");
        assertEquals(Drops.ownerOf(older), ownerOf(previous));
        assertNull(page.get("next"));
        Object backAgain = ((Map<?, ?>) previous).get("next");
        assertEquals(Drops.ownerOf(newer), ownerOf(backAgain), "followed further, each view is its post's");
        Object fromSite = ((Map<?, ?>) ((List<?>) Drops.site(site).get("posts")).get(1)).get("next");
        assertEquals(Drops.ownerOf(newer), ownerOf(fromSite));
    }

    @Test
    void aPaginatedCopyIsOwnedByItsSourceAndOutputPathAndItsPaginatorListsOwnedViews() {
        Site site = twoPostsAndAPage();
        Document home = site.pages().get(0);
        Document older = site.posts().get(0);
        Map<String, Object> paginator = Map.of("page", 2, "posts", List.of(older));
        Document second = home.withGlobal("paginator", paginator).withRoute(new Route("/page2/", "page2/index.html"));

        assertEquals("doc:index.html@page2/index.html", Drops.ownerOf(second));
        assertEquals("doc:index.html@page2/index.html", ownerOf(Drops.page(second, site)));
        assertEquals("doc:index.html", Drops.ownerOf(home), "the first page is the document itself");
        Map<?, ?> globals = (Map<?, ?>) Drops.globals(second, site).get("paginator");
        assertEquals(2, globals.get("page"));
        List<?> posts = (List<?>) globals.get("posts");
        assertEquals(List.of(Drops.ownerOf(older)), posts.stream().map(DropsTest::ownerOf).toList());
    }

    @Test
    void buildingViewsRecordsNoRead() throws Exception {
        Site site = twoPostsAndAPage();
        Document newer = site.posts().get(1);
        Document second = site.pages().get(0).withGlobal("paginator", Map.of("posts", List.of(newer)))
                .withRoute(new Route("/page2/", "page2/index.html"));

        Set<Reads.Read> reads = Reads.during(() -> List.of(Drops.site(site), Drops.page(newer, site),
                Drops.page(newer), Drops.globals(second, site))).reads();

        assertEquals(Set.of(), reads);
    }
}
