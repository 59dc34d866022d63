package dev.quire.renderers.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildOptions;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pagination beyond what the {@code pagination} compatibility fixture checks against Jekyll:
 * {@code paginator} in FreeMarker layouts, bad configuration, and collisions.
 */
class PaginationGeneratorTest {

    @TempDir
    Path folder;

    private TestSite blog(String config) {
        TestSite site = TestSite.create(folder).write("_config.yml", config)
                .write("_layouts/home.ftlh", "${paginator.page}/${paginator.total_pages}:"
                        + "<#list paginator.posts as post>${post.title};</#list>"
                        + "${paginator.next_page_path!\"-\"}|${page.url}|${content}")
                .write("index.html", "---\nlayout: home\n---\n{{ paginator.per_page }}");
        for (int day = 1; day <= 3; day++) {
            site.write("_posts/2023-01-0" + day + "-p" + day + ".md", "---\ntitle: P" + day + "\n---\nx\n");
        }
        return site;
    }

    @Test
    void freeMarkerLayoutsSeeThePaginator() throws Exception {
        TestSite site = blog("paginate: 2\npaginate_path: /blog/page:num/\n");

        site.build();

        assertEquals("1/2:P3;P2;/blog/page2/|/|2", site.output("index.html"));
        assertEquals("2/2:P1;-|/blog/page2/|2", site.output("blog/page2/index.html"));
    }

    @Test
    void withoutPaginateNothingIsPaginated() throws Exception {
        TestSite site = TestSite.create(folder).write("index.html", "---\n---\n[{{ paginator.page }}]")
                .write("_posts/2023-01-01-a.md", "---\n---\nx\n");

        site.build();

        assertEquals("[]", site.output("index.html"));
        assertTrue(!site.hasOutput("page2/index.html"));
    }

    @Test
    void paginateThatIsNotAPositiveWholeNumberIsAnErrorAtItsLine() {
        for (String value : List.of("0", "-1", "two", "1.5", "false")) {
            TestSite site = blog("title: t\npaginate: " + value + "\n");

            BuildFailedException e = site.buildFails();

            assertEquals(List.of("_config.yml:2:1: paginate must be a positive whole number, found '" + value
                    + "' (set 'paginate:' to how many posts each page lists, such as 'paginate: 5', or remove it to"
                    + " list every post on one page)"), e.errors().stream().map(Problem::format).toList(), value);
        }
    }

    @Test
    void aPaginatePathWithoutNumIsAnErrorAtItsLine() {
        TestSite site = blog("paginate: 1\npaginate_path: /blog/\n");

        BuildFailedException e = site.buildFails();

        assertEquals("_config.yml:2:1", e.errors().get(0).location().toString());
        assertTrue(e.errors().get(0).message().startsWith("paginate_path must contain ':num'"), e.errors().toString());
    }

    @Test
    void aPageAtAPaginatedPathIsAnErrorNamingBoth() {
        TestSite site = blog("paginate: 2\n").write("page2.html", "---\npermalink: /page2/\n---\nmine");

        BuildFailedException e = site.buildFails();

        assertEquals(List.of("page2.html: 'page2.html' and 'index.html (made by generator 'pagination')' are both"
                + " written to 'page2/index.html' (give one of them another permalink (front matter 'permalink:'))"),
                e.errors().stream().map(Problem::format).toList());
    }

    @Test
    void warnsWhenNoIndexHtmlCanBeTheTemplate() throws Exception {
        TestSite site = TestSite.create(folder).write("_config.yml", "paginate: 2\n")
                .write("index.md", "---\n---\nhome").write("_posts/2023-01-01-a.md", "---\n---\nx\n");

        List<Problem> warnings = site.build().warnings();

        assertEquals(1, warnings.size());
        assertEquals("_config.yml:1:1", warnings.get(0).location().toString());
        assertTrue(warnings.get(0).message().contains("couldn't find an index.html page"), warnings.toString());
    }

    @Test
    void errorsAndWarningsNameTheConfigFileThatSetsTheKey() throws Exception {
        TestSite site = blog("paginate: 2\npaginate_path: /blog/page:num/\n")
                .write("_config.yaml", "title: t\n\npaginate: two\n");
        UnaryOperator<BuildOptions> bothFiles = options -> options.withConfigFiles(
                List.of(site.file("_config.yml"), site.file("_config.yaml")));

        BuildFailedException e = site.buildFails(bothFiles);

        assertEquals(List.of("_config.yaml:3:1"), e.errors().stream().map(p -> p.location().toString()).toList());
        assertTrue(e.errors().get(0).message().startsWith("paginate must be a positive whole number, found 'two'"),
                e.errors().toString());

        site.write("_config.yaml", "paginate_path: /blog/\n");
        assertEquals("_config.yaml:1:1", site.buildFails(bothFiles).errors().get(0).location().toString());

        site.write("_config.yaml", "title: t\n").delete("index.html").write("index.md", "---\n---\nhome");
        List<Problem> warnings = site.build(bothFiles).warnings();
        assertEquals(List.of("_config.yml:1:1"), warnings.stream().map(p -> p.location().toString()).toList(),
                "paginate is set by the first file only");
    }
}
