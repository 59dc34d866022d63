package dev.quire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
}
