package dev.quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.testing.ContentRendererPlugin;
import dev.quire.testing.TestPlugins;
import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults, data files, limit_posts and excerpts through a whole build (content written without layouts). */
class ContentFeaturesBuildTest {

    @TempDir
    Path root;

    private static final Quire QUIRE = new Quire(TestPlugins.classLoader(ContentRendererPlugin.class));

    private static List<Problem> warnings(TestSite site) throws Exception {
        List<Problem> warnings = new ArrayList<>();
        QUIRE.build(site.options(), new BuildListener() {
            @Override
            public void phaseFinished(String phase, String summary, java.time.Duration time) {
            }

            @Override
            public void warning(Problem problem) {
                warnings.add(problem);
            }
        });
        return warnings;
    }

    @Test
    void everyFeatureReachesTheTemplates() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_config.yml", "limit_posts: 2\ndefaults:\n- scope: {type: posts}\n  values: {author: Ann}\n");
        files.put("_data/team/people.csv", "name,role\nAnn,editor\n");
        files.put("_posts/2019-01-01-old.md", "---\n---\nOld.\n");
        files.put("_posts/2019-01-02-mid.md", "---\n---\nMid *first*.\n\nMid second.\n");
        files.put("_posts/2019-01-03-new.md", "---\nauthor: Bob\n---\n{{ page.author }} {{ page.excerpt }}\n\nMore.\n");
        files.put("index.html", "---\n---\n{% for p in site.posts %}{{ p.title }}/{{ p.author }}/{{ p.excerpt | strip }};{% endfor %}"
                + "|{{ site.data.team.people[0].role }}");
        TestSite site = TestSite.create(root, files);

        QUIRE.build(site.options(), BuildListener.SILENT);

        assertEquals("New/Bob/<p>Bob</p>;Mid/Ann/<p>Mid <em>first</em>.</p>;|editor", site.output("index.html"),
                "defaults, data, limit_posts and excerpts; an excerpt's own page.excerpt is nil");
        assertFalse(site.hasOutput("2019/01/01/old.html"), "limit_posts: 2 leaves out the oldest post");
        assertTrue(site.output("2019/01/03/new.html").contains("Bob <p>Bob</p>"), site.output("2019/01/03/new.html"));
    }

    @Test
    void aWarningFromTheFirstParagraphIsReportedOnce() throws Exception {
        TestSite site = TestSite.create(root, Map.of(
                "_posts/2019-01-01-a.md", "---\n---\nSee {% post_url 2019-01-02-b %}.\n\nMore.\n",
                "_posts/folder/2019-01-02-b.md", "---\n---\nB\n"));

        List<Problem> warnings = warnings(site);

        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void badDataFailsTheBuildNamingFileAndLine() {
        TestSite site = TestSite.create(root, Map.of(
                "_data/ok.yml", "a: 1\n",
                "_data/broken.json", "{\n  \"a\": [1,\n}\n",
                "index.md", "---\n---\nx\n"));

        BuildFailedException e = site.buildFails();

        assertEquals(1, e.errors().size(), e.getMessage());
        assertEquals("_data/broken.json", e.errors().get(0).location().file());
        assertEquals(3, e.errors().get(0).location().line());
        assertFalse(Files.exists(site.destination()));
    }
}
