package dev.quire.renderers.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental correctness with every built-in plugin (layouts, pagination, archives, feed,
 * sitemap, search, static files): after each kind of edit, a build into the output folder of the
 * earlier builds gives exactly the bytes of a clean build into an empty folder, and a build with
 * nothing changed after it writes nothing.
 */
class IncrementalBuildTest {

    @TempDir
    Path work;

    private Path source;
    private BuildOptions incremental;
    private int cleanBuilds;

    /** One edit of the source folder, named for the failure message. */
    private record Edit(String name, Step step) {
    }

    @FunctionalInterface
    private interface Step {
        void apply(Path source) throws IOException;
    }

    @Test
    void everyKindOfEditGivesTheSameSiteAsACleanBuild() throws Exception {
        source = work.resolve("site");
        writeSite(source);
        incremental = BuildOptions.of(source, work.resolve("out"), work.resolve("state")).withThreads(2);

        BuildResult first = build(incremental);
        assertFalse(first.upToDate());
        assertTrue(first.written() > 20, "the generated site has pages, posts, archives, feed: " + first.written());
        assertMatchesCleanBuild("first build");

        for (Edit edit : edits()) {
            edit.step().apply(source);
            BuildResult result = build(incremental);
            assertFalse(result.upToDate(), edit.name() + ": the edit must not be skipped");
            assertTrue(result.written() + result.deleted() > 0, edit.name() + ": the edit changes the site");
            assertMatchesCleanBuild(edit.name());

            SortedMap<String, FileTime> times = Trees.modifiedTimes(incremental.destination());
            BuildResult again = build(incremental);
            assertTrue(again.upToDate(), edit.name() + ": a build with nothing changed is skipped");
            assertEquals(0, again.written());
            assertEquals(result.written() + result.unchanged(), again.unchanged());
            assertEquals(times, Trees.modifiedTimes(incremental.destination()), edit.name() + ": nothing rewritten");
        }
    }

    private List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        edits.add(new Edit("change a post's body", s -> append(s.resolve("_posts/2024-01-03-post-3.md"),
                "\nA new closing paragraph.\n")));
        edits.add(new Edit("change a post's front matter", s -> replace(s.resolve("_posts/2024-01-04-post-4.md"),
                "title: Post 4", "title: Post Four")));
        edits.add(new Edit("add a post", s -> Files.writeString(s.resolve("_posts/2024-02-01-added.md"),
                post("Added", "news", "A post added later."))));
        edits.add(new Edit("delete a post", s -> Files.delete(s.resolve("_posts/2024-01-02-post-2.md"))));
        edits.add(new Edit("rename a post", s -> Files.move(s.resolve("_posts/2024-01-05-post-5.md"),
                s.resolve("_posts/2024-01-06-renamed.md"))));
        edits.add(new Edit("change a layout", s -> replace(s.resolve("_layouts/post.ftlh"),
                "<article>", "<article class=\"post\">")));
        edits.add(new Edit("change an include", s -> replace(s.resolve("_includes/footer.ftlh"),
                "Written by", "Words by")));
        edits.add(new Edit("change a data file", s -> replace(s.resolve("_data/authors.yml"),
                "Ada", "Grace")));
        edits.add(new Edit("change _config.yml", s -> replace(s.resolve("_config.yml"),
                "title: Incremental", "title: Incremental Notes")));
        edits.add(new Edit("delete a static file", s -> Files.delete(s.resolve("css/extra.css"))));
        edits.add(new Edit("add a page", s -> Files.writeString(s.resolve("about.md"),
                "---\nlayout: default\ntitle: About\n---\nAbout {{ site.title }}.\n")));
        return edits;
    }

    /** A clean build of the current source into fresh folders gives the same tree, byte for byte. */
    private void assertMatchesCleanBuild(String after) throws Exception {
        cleanBuilds++;
        Path out = work.resolve("clean-" + cleanBuilds);
        BuildOptions clean = BuildOptions.of(source, out, work.resolve("clean-state-" + cleanBuilds)).withThreads(2);
        BuildResult result = build(clean);
        assertFalse(result.upToDate());
        SortedMap<String, byte[]> expected = Trees.snapshot(out);
        assertTrue(Trees.same(expected, Trees.snapshot(incremental.destination())),
                after + ": " + Trees.difference(expected, Trees.snapshot(incremental.destination())).orElse(""));
    }

    private static BuildResult build(BuildOptions options) throws Exception {
        return new Quire().build(options, BuildListener.SILENT);
    }

    private static void writeSite(Path site) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_config.yml", """
                title: Incremental
                url: https://example.org
                time: 2024-06-01 12:00:00 +0000
                paginate: 3
                """);
        files.put("_layouts/default.ftlh", """
                <!DOCTYPE html>
                <html><head><title>${page.title!site.title}</title></head>
                <body>
                ${content}
                <#include "/_includes/footer.ftlh">
                </body></html>
                """);
        files.put("_layouts/post.ftlh", """
                ---
                layout: default
                ---
                <article>
                <h1>${page.title}</h1>
                ${content}
                </article>
                """);
        files.put("_layouts/archive.ftlh", """
                ---
                layout: default
                ---
                <h1>${page.title}</h1>
                <ul><#list page.posts as post><li>${post.title}</li></#list></ul>
                """);
        files.put("_includes/footer.ftlh", "<footer>Written by ${site.data.authors.main}</footer>\n");
        files.put("_data/authors.yml", "main: Ada\n");
        files.put("index.html", """
                ---
                layout: default
                ---
                <ul>
                {% for post in paginator.posts %}<li><a href="{{ post.url }}">{{ post.title }}</a>: {{ post.excerpt | strip_html }}</li>
                {% endfor %}</ul>
                """);
        files.put("all.md", """
                ---
                layout: default
                title: All posts
                ---
                {% for post in site.posts %}
                * [{{ post.title }}]({{ post.url }}) {{ post.content | number_of_words }} words
                {% endfor %}
                """);
        files.put("css/site.css", "body { margin: 0 }\n");
        files.put("css/extra.css", "p { color: #333 }\n");
        for (int i = 1; i <= 8; i++) {
            files.put("_posts/2024-01-0" + i + "-post-" + i + ".md",
                    post("Post " + i, i % 2 == 0 ? "news" : "notes", "Body of post " + i + "."));
        }
        for (var file : files.entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    private static String post(String title, String category, String body) {
        return "---\nlayout: post\ntitle: " + title + "\ncategories: [" + category + "]\ntags: [t-" + category
                + "]\n---\n" + body + "\n\nMore text after the excerpt.\n";
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
