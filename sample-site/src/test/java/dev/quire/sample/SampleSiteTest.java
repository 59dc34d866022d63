package dev.quire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.check.LinkWalker;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the sample site through the pipeline, with the built-in renderers, and checks the result. */
class SampleSiteTest {

    private static final Path SOURCE = Path.of("src/site");
    private static final String SEED_OUTPUT = "coursera reviews/2019/02/12/deep-learning-and-neural-networks.html";

    @TempDir
    static Path work;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        site = work.resolve("site");
        result = new Quire().build(BuildOptions.of(SOURCE, site, work.resolve("state")), BuildListener.SILENT);
    }

    @Test
    void buildsWithoutWarnings() {
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void seedPostIsAtItsJekyllUrlWithKramdownHeaderIdInsideTheDefaultLayout() throws IOException {
        String html = Files.readString(site.resolve(SEED_OUTPUT));
        assertTrue(html.contains("<h1 id=\"deep-learning-and-neural-networks---coursera-reviews\">"
                + "Deep Learning and Neural Networks - Coursera Reviews</h1>"), html);
        assertTrue(html.contains("<title>Deep Learning and Neural Networks | Coursera Reviews</title>"), html);
        assertTrue(html.startsWith("<!DOCTYPE html>"), "wrapped in the default layout");
        assertTrue(html.contains("I had heard of Ian Goodfellow"), html);
    }

    @Test
    void postWithPostLayoutIsWrappedInTheThemesPostThenDefaultLayouts() throws IOException {
        String html = Files.readString(site.resolve(
                "coursera reviews/2019/03/20/structuring-machine-learning-projects.html"));
        int shell = html.indexOf("<main id=\"main\"");
        int article = html.indexOf("<article class=\"post h-entry\">");
        int heading = html.indexOf("<h1 class=\"post-title p-name\">Structuring Machine Learning Projects</h1>");
        assertTrue(shell >= 0 && shell < article && article < heading, html);
        assertTrue(html.contains("<time datetime=\"2019-03-20"), html);
    }

    @Test
    void theHomePageListsTwoPostsNewestFirstAndTheSecondPageTheSeed() throws IOException {
        String index = Files.readString(site.resolve("index.html"));
        int newest = index.indexOf("href=\"/coursera%20reviews/2019/04/15/improving-deep-neural-networks.html\"");
        int newer = index.indexOf("href=\"/coursera%20reviews/2019/03/20/structuring-machine-learning-projects.html\"");
        assertTrue(newest > 0 && newer > newest, index);
        assertTrue(index.contains("href=\"/page2/\""), "links to the second page: " + index);
        String second = Files.readString(site.resolve("page2/index.html"));
        assertTrue(second.contains("href=\"/coursera%20reviews/2019/02/12/deep-learning-and-neural-networks.html\""),
                second);
    }

    @Test
    void theHomePageLinksTheSeedPostWithAUrlThatResolvesToItsFile() throws IOException {
        String index = Files.readString(site.resolve("index.html"));
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("href=\"(/[^\"]*deep-learning-and-neural-networks[^\"]*)\"").matcher(index);
        assertTrue(link.find(), index);
        String path = java.net.URI.create(link.group(1)).getPath(); // percent-decoded, as a server reads it
        assertEquals(site.resolve(SEED_OUTPUT), site.resolve(path.substring(1)), path);
        assertTrue(Files.isRegularFile(site.resolve(path.substring(1))), path);
    }

    @Test
    void categoryTagAndYearArchivesListTheirPosts() throws IOException {
        String category = Files.readString(site.resolve("category/coursera-reviews/index.html"));
        String tag = Files.readString(site.resolve("tag/ml-strategy/index.html"));
        String year = Files.readString(site.resolve("2019/index.html"));
        assertTrue(category.contains("deep-learning-and-neural-networks.html")
                && category.contains("structuring-machine-learning-projects.html"), category);
        assertTrue(tag.contains("structuring-machine-learning-projects.html")
                && !tag.contains("deep-learning-and-neural-networks.html"), tag);
        assertTrue(year.contains("improving-deep-neural-networks.html"), year);
    }

    @Test
    void everyInternalLinkResolvesToAFileAndEveryAnchorToAnElement() throws IOException {
        // url and baseurl as in src/site/_config.yml
        assertEquals(List.of(), LinkWalker.of(site).withSiteUrl("https://quire.example").walk());
    }

    @Test
    void everyPageHasOneH1AndHeadingsThatDoNotSkipALevel() throws IOException {
        List<String> problems = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
                if (page.select("meta[http-equiv=refresh]").size() > 0) {
                    continue; // a redirect page has no content
                }
                org.jsoup.select.Elements headings = page.select("h1, h2, h3, h4, h5, h6");
                if (page.select("h1").size() != 1) {
                    problems.add(site.relativize(file) + ": " + page.select("h1").size() + " h1 elements");
                }
                int previous = 0;
                for (org.jsoup.nodes.Element heading : headings) {
                    int level = heading.tagName().charAt(1) - '0';
                    if (level > previous + 1) {
                        problems.add(site.relativize(file) + ": " + heading.tagName() + " after h" + previous
                                + " (" + heading.text() + ")");
                    }
                    previous = level;
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void twoBuildsWithDifferentThreadCountsAreByteIdentical() throws Exception {
        Path one = work.resolve("one");
        Path two = work.resolve("two");
        new Quire().build(BuildOptions.of(SOURCE, one, work.resolve("s1")).withThreads(1), BuildListener.SILENT);
        new Quire().build(BuildOptions.of(SOURCE, two, work.resolve("s2")).withThreads(4), BuildListener.SILENT);
        SortedMap<String, byte[]> first = Trees.snapshot(one);
        Trees.assertSameTree(first, two);
        Trees.assertSameTree(first, site);
    }
}
