package dev.quire.renderers.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every theme file on its own: templates parse, and nothing in the theme reaches another host. */
class ThemeTemplatesTest {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL);
    /** A URL with a host in an attribute or a CSS url(): what would make the browser fetch from elsewhere. */
    private static final Pattern REMOTE = Pattern.compile("(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//|url\\(\\s*[\"']?"
            + "(?:https?:)?//|@import|fonts\\.googleapis|cdn\\.", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTemplateParses() throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        List<String> failures = new ArrayList<>();
        for (String path : ThemeFiles.paths()) {
            if (!path.endsWith(".ftlh")) {
                continue;
            }
            String text = Files.readString(ThemeFiles.root().resolve(path), StandardCharsets.UTF_8);
            Matcher frontMatter = FRONT_MATTER.matcher(text);
            String body = frontMatter.lookingAt() ? "\n".repeat((int) frontMatter.group().lines().count())
                    + text.substring(frontMatter.end()) : text;
            try {
                new Template(path, new StringReader(body), configuration);
            } catch (Exception e) {
                failures.add(path + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theThemeHasTheLayoutsAndPagesItPromises() {
        List<String> paths = ThemeFiles.paths();
        for (String expected : List.of("_layouts/default.ftlh", "_layouts/home.ftlh", "_layouts/page.ftlh",
                "_layouts/post.ftlh", "_layouts/archive.ftlh", "_layouts/docs.ftlh", "_layouts/search.ftlh",
                "_includes/seo.ftlh", "assets/css/quire.css", "assets/js/search.js", "search.html", "404.html")) {
            assertTrue(paths.contains(expected), expected + " is missing from " + paths);
        }
    }

    @Test
    void noThemeFileLoadsAnythingFromAnotherHost() throws Exception {
        List<String> remote = new ArrayList<>();
        for (String path : ThemeFiles.paths()) {
            String text = Files.readString(ThemeFiles.root().resolve(path), StandardCharsets.UTF_8);
            Matcher matcher = REMOTE.matcher(text);
            while (matcher.find()) {
                remote.add(path + ": " + matcher.group());
            }
        }
        assertEquals(List.of(), remote);
    }

    /**
     * {@code q.url} (relative_url) gives, for every baseurl and path, what its general rule gives: a
     * URL with a scheme as it is, else the path from the root under baseurl, runs of slashes made one.
     * Its shortcut for the usual case (a root path, no doubled slash) must not change a result.
     */
    @Test
    void urlPutsEveryPathUnderBaseurlAsItsGeneralRuleDoes() throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateLoader(new FileTemplateLoader(ThemeFiles.root().toFile()));
        Template template = new Template("probe", new StringReader(
                "<#import \"/_includes/quire.ftlh\" as q>${q.url(path)}"), configuration);
        List<String> differences = new ArrayList<>();
        for (String baseurl : List.of("", "/", "/blog", "/blog/", "blog", "/a//b", "//")) {
            for (String path : List.of("/x.html", "x.html", "/", "", "/docs/", "//cdn/x.js", "/a//b", "https://e.org/a",
                    "mailto:me@e.org", "/page?q=a//b")) {
                StringWriter out = new StringWriter();
                template.process(Map.of("site", Map.of("baseurl", baseurl), "path", path), out);
                String expected = path.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*:.*") ? path
                        : (baseurl + (path.startsWith("/") ? path : "/" + path)).replaceAll("/{2,}", "/");
                if (!out.toString().equals(expected)) {
                    differences.add("baseurl '" + baseurl + "', path '" + path + "': " + out + " instead of " + expected);
                }
            }
        }
        assertEquals(List.of(), differences);
    }
}
