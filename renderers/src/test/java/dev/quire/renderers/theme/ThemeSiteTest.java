package dev.quire.renderers.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sites built with the default theme laid under them (as the theme loader will lay it). */
class ThemeSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">\\s*(.*?)\\s*</script>", Pattern.DOTALL);

    @TempDir
    Path folder;

    private TestSite themed(Map<String, String> files) {
        // no _layouts of their own: the default theme is laid under them by the loader
        return TestSite.create(folder, files);
    }

    // SEO

    /** The tags of jekyll-seo-tag 2.8.0 on the same site, made by regenerate.sh with real Jekyll. */
    @Test
    void seoTagsAreJekyllSeoTags() throws Exception {
        Path resources = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("src/test/resources/theme/seo");
        TestSite site = TestSite.create(folder);
        copyTree(resources.resolve("site"), site.source());
        // {% seo %} in a Liquid layout there; the theme's include in a FreeMarker layout here
        Files.delete(site.file("_layouts/default.html"));
        site.write("_layouts/default.ftlh", "<html><head>\n<#include \"/_includes/seo.ftlh\">\n</head>"
                + "<body>${content}</body></html>\n");
        site.build(options -> options.withOverride("theme", "quire"));
        for (String page : List.of("index.html", "about.html", "news/2023/05/01/hello.html", "2023/06/01/second.html")) {
            String jekyll = Files.readString(resources.resolve("expected").resolve(page), StandardCharsets.UTF_8);
            assertEquals(tags(jekyll), tags(site.output(page)), page);
        }
    }

    /** The head's tags one per line: end-of-tag slashes, the generator and comments left out. */
    private static List<String> tags(String html) {
        String head = html.substring(html.indexOf("<head>") + 6, html.indexOf("</head>"));
        List<String> tags = new ArrayList<>();
        for (String line : head.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s*/>", ">")
                .replaceAll("(?s)>\\s*\\{", ">{").replaceAll("}\\s*</script>", "}</script>").split("\\R")) {
            if (!line.isBlank() && !line.contains("name=\"generator\"")) {
                tags.add(line.strip());
            }
        }
        return tags;
    }

    @Test
    void jsonLdIsValidJsonWhateverTheTitleHolds() throws Exception {
        TestSite site = themed(Map.of(
                "_config.yml", "title: 'Site \"quoted\" \\ back'\nurl: https://example.org\n",
                "_posts/2023-03-04-tricky.md", "---\nlayout: post\ntitle: 'A \"title\" with </script> and \\ and é'\n"
                        + "description: \"Line one\\nline\\ttwo <!-- x --> '\\\\'\"\nauthor:\n  name: O'Neil \"Bob\"\n"
                        + "  url: https://bob.example/?a=1&b=2\n---\nBody.\n"));
        site.build();
        String html = site.output("2023/03/04/tricky.html");
        Matcher script = JSON_LD.matcher(html);
        assertTrue(script.find(), html);
        assertFalse(script.group(1).contains("</"), "a </ would end the script element early: " + script.group(1));
        JsonNode ld = JSON.readTree(script.group(1));
        assertEquals("BlogPosting", ld.get("@type").asText());
        assertEquals("A “title” with and \\ and é".replace("“", "\"").replace("”", "\""),
                ld.get("headline").asText().replace("&quot;", "\""));
        assertEquals("O'Neil \"Bob\"", ld.get("author").get("name").asText());
        assertEquals("https://bob.example/?a=1&b=2", ld.get("author").get("url").asText());
        assertEquals("https://example.org/2023/03/04/tricky.html", ld.get("url").asText());
        assertEquals("https://example.org/2023/03/04/tricky.html", ld.get("mainEntityOfPage").get("@id").asText());
        assertEquals("2023-03-04T00:00:00+00:00", ld.get("datePublished").asText());
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/2023/03/04/tricky.html\">"), html);
        assertTrue(html.contains("<meta property=\"og:type\" content=\"article\">"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"), html);
    }

    // The shell: landmarks, language, links under baseurl

    @Test
    void everyPageHasLandmarksASkipLinkAndItsLanguage() throws Exception {
        TestSite site = themed(blogAndDocs());
        site.build();
        for (String page : htmlOutputs(site)) {
            String html = site.output(page);
            assertTrue(html.contains("<html lang=\"en-GB\">"), page);
            assertTrue(html.contains("<a class=\"skip-link\" href=\"#main\">"), page);
            assertTrue(html.contains("<header class=\"site-header\">"), page);
            assertTrue(html.contains("<nav class=\"site-nav\" aria-label=\"Site\">"), page);
            assertTrue(html.contains("<main id=\"main\""), page);
            assertTrue(html.contains("<footer class=\"site-footer\">"), page);
            assertEquals(1, count(html, "<h1"), page + " has one h1");
        }
    }

    @Test
    void everyLinkAndAssetOfTheThemeIsUnderTheBaseUrl() throws Exception {
        TestSite site = themed(blogAndDocs());
        site.build();
        Pattern local = Pattern.compile("(?:href|src|action|data-index)=\"(/[^\"]*)\"");
        for (String page : htmlOutputs(site)) {
            Matcher matcher = local.matcher(site.output(page));
            while (matcher.find()) {
                String target = matcher.group(1);
                assertTrue(target.startsWith("/handbook/"), page + " links to " + target);
                String file = target.substring("/handbook/".length());
                if (file.isEmpty() || file.endsWith("/")) {
                    file += "index.html";
                }
                assertTrue(site.hasOutput(file), page + " links to " + target + ", which was not written");
            }
        }
    }

    @Test
    void thePostLayoutShowsTheDateTermsAndNeighbours() throws Exception {
        TestSite site = themed(blogAndDocs());
        site.build();
        String html = site.output("2023/05/01/hello.html");
        assertTrue(html.contains("<h1 class=\"post-title p-name\">Hello &amp; welcome</h1>"), html);
        assertTrue(html.contains("<time datetime=\"2023-05-01T00:00:00+00:00\">May 1, 2023</time>"), html);
        assertTrue(html.contains("<span class=\"term term--tag\">#intro</span>"), html);
        assertTrue(html.contains("rel=\"next\" href=\"/handbook/2023/06/01/second.html\""), html);
        assertFalse(html.contains("rel=\"prev\""), "the oldest post has no older neighbour");
    }

    @Test
    void theHomeLayoutListsPostsNewestFirstWithExcerpts() throws Exception {
        TestSite site = themed(blogAndDocs());
        site.build();
        String html = site.output("index.html");
        int second = html.indexOf("<a href=\"/handbook/2023/06/01/second.html\">Second</a>");
        int first = html.indexOf("<a href=\"/handbook/2023/05/01/hello.html\">Hello &amp; welcome</a>");
        assertTrue(second > 0 && first > second, html);
        // as text, in a paragraph of its own
        assertTrue(html.contains("<p class=\"post-summary__excerpt\">The first paragraph.</p>"), html);
        assertFalse(html.contains("Not in the excerpt"), html);
    }

    @Test
    void theArchiveLayoutNamesItsKindAndListsItsPosts() throws Exception {
        TestSite site = themed(Map.of("tag/java.md", "---\nlayout: archive\ntype: tag\ntitle: java\nposts:\n"
                + "  - {title: Newer, url: /b.html}\n  - {title: Older, url: /a.html}\n---\n",
                "2023/05.md", "---\nlayout: archive\ntype: month\ntitle: 2023\ndate: 2023-05-01\nposts: []\n---\n"));
        site.build();
        assertTrue(site.output("2023/05.html").contains("<h1 class=\"page-title\">Posts from May 2023</h1>"),
                site.output("2023/05.html"));
        String html = site.output("tag/java.html");
        assertTrue(html.contains("<h1 class=\"page-title\">Tag java</h1>"), html);
        assertTrue(html.indexOf("<a href=\"/b.html\">Newer</a>") < html.indexOf("<a href=\"/a.html\">Older</a>"), html);
        assertTrue(html.indexOf("<a href=\"/a.html\">Older</a>") > 0, html);
    }

    // Docs

    @Test
    void docsNavigationFromTheFoldersWithTocPreviousNextAndEditLink() throws Exception {
        TestSite site = themed(blogAndDocs());
        site.build();
        String install = site.output("docs/install.html");
        List<String> sidebar = links(section(install, "<nav class=\"docs-nav\"", "</nav>"));
        // the folder's index, nav_order, then by title; a subfolder is a section led by its index
        assertEquals(List.of("/handbook/docs/", "/handbook/docs/install.html", "/handbook/docs/usage.html",
                "/handbook/docs/guide/", "/handbook/docs/guide/deploy.html"), sidebar);
        assertTrue(install.contains("<a href=\"/handbook/docs/install.html\" aria-current=\"page\">Install</a>"));
        assertTrue(install.contains("rel=\"prev\" href=\"/handbook/docs/\""), install);
        assertTrue(install.contains("rel=\"next\" href=\"/handbook/docs/usage.html\""), install);
        assertTrue(install.contains("<a href=\"https://github.com/ada/handbook/edit/trunk/site/docs/install.md\">"
                + "Edit this page</a>"), install);
        String index = site.output("docs/index.html");
        List<String> toc = links(section(index, "<nav class=\"toc\"", "</nav>"));
        assertEquals(List.of("#one", "#two", "#two--a"), toc);
        assertTrue(index.contains("<li class=\"toc__level-3\"><a href=\"#two--a\">Two &amp; a</a></li>"), index);
        String deploy = site.output("docs/guide/deploy.html");
        assertTrue(deploy.contains("rel=\"prev\" href=\"/handbook/docs/guide/\""), deploy);
        assertFalse(deploy.contains("rel=\"next\""), deploy);
    }

    @Test
    void docsNavigationFromADataFileWithSections() throws Exception {
        Map<String, String> files = new java.util.HashMap<>(blogAndDocs());
        files.put("_data/docs.yml", "- title: Start\n  url: /docs/usage.html\n- title: Setting up\n  children:\n"
                + "    - title: Install it\n      url: /docs/install.html\n    - title: Elsewhere\n"
                + "      url: https://example.com/x\n");
        files.put("_config.yml", "title: Handbook\nedit_url: https://git.example/edit/\n");
        TestSite site = themed(files);
        site.build();
        String install = site.output("docs/install.html");
        String sidebar = section(install, "<nav class=\"docs-nav\"", "</nav>");
        assertEquals(List.of("/docs/usage.html", "/docs/install.html", "https://example.com/x"), links(sidebar));
        assertTrue(sidebar.contains("<span class=\"docs-nav__section\">Setting up</span>"), sidebar);
        assertTrue(install.contains("rel=\"prev\" href=\"/docs/usage.html\""), install);
        assertTrue(install.contains("rel=\"next\" href=\"https://example.com/x\""), install);
        assertTrue(install.contains("<a href=\"https://git.example/edit/docs/install.md\">Edit this page</a>"), install);
    }

    // Search page and 404, and a site with nothing configured

    @Test
    void theSearchPageKeepsTheContract() throws Exception {
        TestSite site = themed(Map.of("_config.yml", "permalink: pretty\nbaseurl: /b\n",
                "_posts/2023-01-01-a.md", "---\nlayout: post\ntitle: A\n---\nx\n"));
        site.build();
        String html = site.output("search/index.html");
        assertTrue(html.contains("<input type=\"search\" id=\"search-input\" name=\"q\""), html);
        assertTrue(html.contains("<ol id=\"search-results\" class=\"search-results\" data-index=\"/b/search.json\">"),
                html);
        assertTrue(html.contains("<script src=\"/b/assets/js/search.js\" defer></script>"), html);
        assertFalse(html.contains("id=\"site-search-input\""), "one search box on the search page");
        assertTrue(site.output("2023/01/01/a/index.html").contains("action=\"/b/search/\""));
        JsonNode index = JSON.readTree(site.output("search.json"));
        assertEquals(1, index.size(), "the search and 404 pages are not indexed: " + index);
        assertTrue(site.output("404.html").contains("<a href=\"/b/search/\">search this site</a>"));
    }

    @Test
    void aSiteWithNoSettingsAtAllBuildsWithoutWarnings() throws Exception {
        TestSite site = themed(Map.of("index.md", "---\nlayout: home\n---\nHi\n", "about.md", "---\nlayout: page\n---\n",
                "docs/a.md", "---\nlayout: docs\n---\n# A\n", "_posts/2023-01-01-p.md", "---\nlayout: post\n---\np\n",
                "archive.md", "---\nlayout: archive\n---\n"));
        assertEquals(List.of(), site.build().warnings());
        assertTrue(site.output("index.html").contains("<title>"));
        assertTrue(site.output("docs/a.html").contains("<a href=\"/docs/a.html\" aria-current=\"page\">"));
    }

    private static Map<String, String> blogAndDocs() {
        return Map.ofEntries(
                Map.entry("_config.yml", "title: Handbook\nlang: en-GB\nbaseurl: /handbook\nurl: https://example.org\n"
                        + "repository: ada/handbook\nrepository_branch: trunk\nrepository_path: site\n"),
                Map.entry("index.md", "---\nlayout: home\n---\nWelcome.\n"),
                Map.entry("about.md", "---\nlayout: page\ntitle: About\n---\nAbout.\n"),
                Map.entry("_posts/2023-05-01-hello.md", "---\nlayout: post\ntitle: Hello & welcome\ntags: [intro]\n---\n"
                        + "The first paragraph.\n\nNot in the excerpt.\n"),
                Map.entry("_posts/2023-06-01-second.md", "---\nlayout: post\ntitle: Second\n---\nSecond post.\n"),
                Map.entry("docs/index.md", "---\nlayout: docs\ntitle: Docs\n---\n## One\n\ntext\n\n## Two\n\n### Two & a\n"),
                Map.entry("docs/usage.md", "---\nlayout: docs\ntitle: Usage\n---\nUse.\n"),
                Map.entry("docs/install.md", "---\nlayout: docs\ntitle: Install\nnav_order: 1\n---\nInstall.\n"),
                Map.entry("docs/guide/index.md", "---\nlayout: docs\ntitle: Guides\n---\nGuides.\n"),
                Map.entry("docs/guide/deploy.md", "---\nlayout: docs\ntitle: Deploy\n---\nDeploy.\n"));
    }

    private static List<String> htmlOutputs(TestSite site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.destination())) {
            return walk.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site.destination().relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + html);
        return html.substring(from, html.indexOf(end, from) + end.length());
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = Pattern.compile("<a href=\"([^\"]*)\"").matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
    }
}
