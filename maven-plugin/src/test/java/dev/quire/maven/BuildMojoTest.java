package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private BuildMojo mojo() {
        BuildMojo mojo = new BuildMojo();
        mojo.sourceDirectory = project.resolve("src/site").toFile();
        mojo.outputDirectory = project.resolve("target/site").toFile();
        mojo.stateDirectory = project.resolve("target/quire-state").toFile();
        mojo.setLog(log);
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void defaultsPassTheFoldersAndNoOverrides() {
        BuildOptions options = mojo().buildOptions();

        assertEquals(project.resolve("src/site").toAbsolutePath(), options.source());
        assertEquals(project.resolve("target/site").toAbsolutePath(), options.destination());
        assertEquals(project.resolve("target/quire-state").toAbsolutePath(), options.stateDirectory());
        assertEquals(Map.of(), options.overrides());
    }

    @Test
    void baseUrlOverridesBaseurlAndDraftsSetsShowDrafts() {
        BuildMojo mojo = mojo();
        mojo.baseUrl = "/docs";
        mojo.drafts = true;

        assertEquals(Map.of("baseurl", "/docs", "show_drafts", true), mojo.buildOptions().overrides());
    }

    @Test
    void anEmptyBaseUrlStillOverridesTheConfiguredOne() {
        BuildMojo mojo = mojo();
        mojo.baseUrl = "";

        assertEquals(Map.of("baseurl", ""), mojo.buildOptions().overrides());
    }

    @Test
    void skipDoesNothing() throws Exception {
        BuildMojo mojo = mojo();
        mojo.skip = true;

        mojo.execute();

        assertEquals(List.of("INFO [quire] Skipping the site build (quire.skip is true)"), log.lines);
        assertFalse(Files.exists(project.resolve("target")));
    }

    @Test
    void buildLogsEveryPhaseAndWhereTheSiteIs() throws Exception {
        // no theme, so that the counts are the site's own
        write("src/site/_config.yml", "title: Test\ntheme: none\n");
        write("src/site/_posts/2024-03-05-hello.md", "---\ntitle: Hello\n---\n# Hi\n");
        write("src/site/robots.txt", "User-agent: *\n");

        mojo().execute();

        List<String> info = log.at("INFO");
        for (String phase : List.of("load", "resolve", "index", "convert", "render", "commit")) {
            assertTrue(info.stream().anyMatch(line -> line.matches("\\[quire\\] " + phase + ": .* \\(\\d+ ms\\)")),
                    () -> phase + " not logged in " + info);
        }
        assertTrue(info.stream().anyMatch(line -> line.startsWith("[quire] load: 1 documents, 0 layouts, 1 static files (")),
                info::toString);
        String last = info.get(info.size() - 1);
        assertTrue(last.matches("Site written to " + java.util.regex.Pattern.quote(
                project.resolve("target/site").toAbsolutePath().toString()) + " \\(\\d+ written, 0 unchanged, 0 removed\\)"),
                last);
        assertEquals(List.of(), log.at("ERROR"));
    }

    @Test
    void invalidFrontMatterFailsWithTheFileAndLineAndLeavesTheOutputAlone() throws Exception {
        write("src/site/_config.yml", "title: Test\n");
        write("src/site/_posts/2024-03-05-bad.md", "---\ntitle: [unclosed\n---\nBody\n");
        write("target/site/keep.html", "keep");

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

        String file = project.resolve("src/site/_posts/2024-03-05-bad.md").toAbsolutePath().toString();
        assertTrue(failure.getMessage().matches("(?s)Quire build failed with 1 error.*\\Q" + file + "\\E:\\d+:\\d+: .*"),
                failure.getMessage());
        List<String> errors = log.at("ERROR");
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).matches("_posts/2024-03-05-bad\\.md:\\d+:\\d+: .*"), errors.get(0));
        try (Stream<Path> files = Files.walk(project.resolve("target/site"))) {
            assertEquals(List.of(project.resolve("target/site/keep.html")),
                    files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void theDebugLogListsFilesInPostsWithoutADate() throws Exception {
        write("src/site/_config.yml", "title: Test\n");
        write("src/site/_posts/notes.md", "---\n---\nno date\n");
        write("src/site/index.md", "# Home\n");

        mojo().execute();

        assertEquals(List.of("[quire] full build: no state from an earlier build in "
                + project.resolve("target/quire-state"),
                "[quire] _posts/notes.md: skipped: a file in _posts needs a date in its name to be a post"
                + " (name it YYYY-MM-DD-title.md to publish it)"),
                log.at("DEBUG").stream().filter(line -> !line.startsWith("[quire] source ")).toList());
        assertEquals(List.of(), log.at("WARN"));
    }

    @Test
    void aSecondBuildWithNothingChangedIsSkippedAndSaysSo() throws Exception {
        write("src/site/_config.yml", "title: Test\n");
        write("src/site/index.md", "# Home\n");
        mojo().execute();
        log.lines.clear();

        mojo().execute();

        assertTrue(log.at("INFO").stream().anyMatch(line -> line.startsWith(
                "[quire] up-to-date: nothing changed since the last build, ")), log.at("INFO")::toString);
    }

    @Test
    void anOutputFolderInsideTheSourceIsRefused() throws Exception {
        write("src/site/_config.yml", "title: Test\n");
        write("src/site/index.md", "# Home\n");
        BuildMojo mojo = mojo();
        mojo.outputDirectory = project.resolve("src/site/out").toFile();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().contains("inside the source folder"), failure.getMessage());
        assertFalse(Files.exists(project.resolve("src/site/out")));
    }

    private MavenProject project() throws IOException {
        write("pom.xml", "<project/>");
        write("api/pom.xml", "<project><artifactId>demo-api</artifactId><name>Demo API</name></project>");
        Model model = new Model();
        model.setGroupId("org.example");
        model.setArtifactId("demo");
        model.setVersion("2.1.0");
        model.setName("Demo");
        model.addModule("api");
        model.addProperty("release.date", "2026-11-25");
        MavenProject maven = new MavenProject(model);
        maven.setFile(project.resolve("pom.xml").toFile());
        return maven;
    }

    @Test
    void templatesSeeTheMavenProject() throws Exception {
        write("src/site/_config.yml", "title: Test\ntheme: none\n");
        write("src/site/_layouts/default.ftlh", "${site.project.name} ${site.project.version}"
                + " ${site.project.properties['release.date']} ${site.project.url!'no url'}\n${content}");
        write("src/site/index.md", "---\nlayout: default\n---\n{{ site.project.groupId }}:{{ site.project.artifactId }}"
                + "{% for m in site.project.modules %} {{ m.path }}={{ m.artifactId }} ({{ m.name }}){% endfor %}\n");
        BuildMojo mojo = mojo();
        mojo.project = project();

        mojo.execute();

        assertEquals("Demo 2.1.0 2026-11-25 no url\n<p>org.example:demo api=demo-api (Demo API)</p>\n",
                Files.readString(project.resolve("target/site/index.html")));
    }

    @Test
    void aProjectWithoutASiteFolderHasNothingToBuild() throws Exception {
        BuildMojo mojo = mojo();
        mojo.project = project();

        mojo.execute();

        assertEquals(List.of("INFO [quire] No site to build: there is no folder " + project.resolve("src/site")
                + " (set quire.source to build another folder)"), log.lines);
        assertFalse(Files.exists(project.resolve("target/site")));
    }

    @Test
    void withoutAPomAMissingSourceSaysWhatToSet() {
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo().execute());

        assertTrue(failure.getMessage().contains("-Dquire.source=FOLDER"), failure.getMessage());
    }

    @Test
    void failOnWarningsFailsAfterWritingTheSite() throws Exception {
        write("src/site/_config.yml", "title: Test\ntheme: none\n");
        write("src/site/index.md", "---\nlayout: nosuch\n---\nHi\n");
        BuildMojo mojo = mojo();
        mojo.failOnWarnings = true;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().startsWith("Quire build had 1 warning and quire.failOnWarnings is true"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(project.resolve("src/site/index.md").toAbsolutePath().toString()),
                failure.getMessage());
        assertTrue(Files.isRegularFile(project.resolve("target/site/index.html")));
    }

    @Test
    void aggregateBuildsEachModulesDocsUnderItsArtifactIdAndNamesTheOriginalFiles() throws Exception {
        write("src/site/_config.yml", "title: Test\ntheme: none\n");
        write("src/site/index.md", "---\n---\n{% for m in site.project.modules %}[{{ m.name }}]({{ m.docs | relative_url }}){% endfor %}\n");
        write("api/src/site/index.md", "---\n---\n[Home]({{ '/' | relative_url }})\n");
        write("api/src/site/guide.md", "---\nlayout: nosuch\n---\nGuide\n");
        BuildMojo mojo = mojo();
        mojo.project = project();
        mojo.aggregate = true;
        mojo.moduleDocsDirectory = "src/site";
        mojo.aggregateDirectory = project.resolve("target/quire-aggregate").toFile();

        mojo.execute();

        assertEquals("<p><a href=\"/demo-api/\">Demo API</a></p>\n", Files.readString(project.resolve("target/site/index.html")));
        assertEquals("<p><a href=\"/\">Home</a></p>\n", Files.readString(project.resolve("target/site/demo-api/index.html")));
        assertEquals(List.of(project.resolve("api/src/site/guide.md").toAbsolutePath()
                + ": Build Warning: Layout 'nosuch' requested in demo-api/guide.md does not exist. (create _layouts/nosuch.ftlh or change 'layout:')"), log.at("WARN"));

        Files.delete(project.resolve("api/src/site/guide.md"));
        mojo.execute();
        assertFalse(Files.exists(project.resolve("target/site/demo-api/guide.html")));
        assertFalse(Files.exists(project.resolve("target/quire-aggregate/demo-api/guide.md")));
    }
}
