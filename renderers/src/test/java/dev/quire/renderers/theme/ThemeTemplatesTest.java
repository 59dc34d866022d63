package dev.quire.renderers.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
}
