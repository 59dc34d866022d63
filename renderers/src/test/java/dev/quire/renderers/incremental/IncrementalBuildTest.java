package dev.quire.renderers.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.testing.DebugLines;
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

    /**
     * One edit of the source folder, named for the failure message, with a check of the work the
     * build did again (the keys of its "done again" debug line; {@code null}: a full build).
     */
    private record Edit(String name, Step step, WorkCheck work) {

        Edit(String name, Step step) {
            this(name, step, null);
        }
    }

    @FunctionalInterface
    private interface WorkCheck {
        void check(List<String> doneAgain);
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
            DebugLines debug = new DebugLines();
            BuildResult result = new Quire().build(incremental, debug);
            assertFalse(result.upToDate(), edit.name() + ": the edit must not be skipped");
            List<String> doneAgain = debug.doneAgain();
            if (edit.work() == null) {
                assertEquals(null, doneAgain, edit.name() + ": a full build, " + debug.lines());
            } else {
                assertTrue(doneAgain != null, edit.name() + ": an incremental build, " + debug.lines());
                edit.work().check(doneAgain);
            }
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

    private static final String POST_3 = "_posts/2024-01-03-post-3.md";

    private List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        // The post's text after its excerpt: the post and the page counting every post's words are
        // made again (and their lines of the search index); the paginated index (which shows the
        // unchanged excerpt), the archives (titles) and the other posts are kept.
        edits.add(new Edit("change a post's body", s -> append(s.resolve(POST_3), "\nA new closing paragraph.\n"),
                work -> assertEquals(List.of("convert doc:" + POST_3, "convert doc:all.md",
                        "render layouts doc:" + POST_3 + " notes/2024/01/03/post-3.html",
                        "render layouts doc:all.md all.html", "text search doc:" + POST_3 + " search.json",
                        "text search doc:all.md search.json"), work)));
        // A title: read by its neighbours' "next"/"previous" links, the index page listing it, the
        // archives listing it and the page listing every post; not by the other posts.
        edits.add(new Edit("change a post's front matter", s -> replace(s.resolve("_posts/2024-01-04-post-4.md"),
                "title: Post 4", "title: Post Four"), work -> {
                    assertTrue(work.contains("render layouts doc:_posts/2024-01-04-post-4.md news/2024/01/04/post-4.html"),
                            work.toString());
                    assertTrue(work.contains("render layouts doc:_posts/2024-01-03-post-3.md notes/2024/01/03/post-3.html"),
                            "the previous post links to it: " + work);
                    assertTrue(work.contains("render layouts doc:_posts/2024-01-05-post-5.md notes/2024/01/05/post-5.html"),
                            "the next post links to it: " + work);
                    assertTrue(work.stream().anyMatch(key -> key.startsWith("render layouts doc:[archives]/")),
                            "its archives list it: " + work);
                    assertTrue(work.contains("render layouts doc:all.md all.html"), work.toString());
                    assertFalse(work.stream().anyMatch(key -> key.contains("post-1") || key.contains("post-8")),
                            "posts that do not show it are kept: " + work);
                }));
        // The excerpt (first paragraph) is what the index page shows.
        edits.add(new Edit("change a post's excerpt", s -> replace(s.resolve("_posts/2024-01-07-post-7.md"),
                "Body of post 7.", "The seventh post, rewritten."), work -> {
                    assertTrue(work.contains("render layouts doc:index.html@index.html index.html"), work.toString());
                    assertFalse(work.stream().anyMatch(key -> key.contains("page2")), work.toString());
                }));
        edits.add(new Edit("change a post's date", s -> replace(s.resolve("_posts/2024-01-08-post-8.md"),
                "title: Post 8", "title: Post 8\ndate: 2023-12-31 10:00:00 +0000"), work -> { }));
        edits.add(new Edit("unpublish a post", s -> replace(s.resolve("_posts/2024-01-06-post-6.md"),
                "title: Post 6", "title: Post 6\npublished: false"), work -> { }));
        edits.add(new Edit("change a page that loops over the posts", s -> replace(s.resolve("all.md"),
                "words", "words long"), work -> assertEquals(List.of("convert doc:all.md",
                        "render layouts doc:all.md all.html", "text search doc:all.md search.json"), work)));
        edits.add(new Edit("change a file included with include_relative", s -> replace(s.resolve("parts/note.txt"),
                "A note", "A revised note"), work -> assertTrue(
                        work.contains("render layouts doc:links.md links.html"), work.toString())));
        edits.add(new Edit("change the permalink of a post named by post_url", s -> replace(
                s.resolve("_posts/2024-01-01-post-1.md"), "title: Post 1", "title: Post 1\npermalink: /first/"),
                work -> assertTrue(work.contains("convert doc:links.md"), work.toString())));
        // A file of the site that the default layout includes: every page in that layout is made again.
        edits.add(new Edit("change a static file a layout includes", s -> replace(s.resolve("parts/banner.html"),
                "Banner", "New banner"), work -> assertTrue(work.contains(
                        "render layouts doc:_posts/2024-01-02-post-2.md news/2024/01/02/post-2.html"), work.toString())));
        // Only its modification time: the sitemap lists a static page with it as lastmod.
        edits.add(new Edit("touch a static HTML file", s -> Files.setLastModifiedTime(s.resolve("parts/banner.html"),
                FileTime.from(java.time.Instant.parse("2030-05-06T07:08:09Z"))),
                work -> assertFalse(work.stream().anyMatch(key -> key.startsWith("render layouts")),
                        "its text is as it was, so the layouts including it are kept: " + work)));
        edits.add(new Edit("change a static file", s -> replace(s.resolve("css/site.css"), "margin: 0", "margin: 1em"),
                work -> assertFalse(work.stream().anyMatch(key -> key.startsWith("render layouts")), work.toString())));
        // Added, removed and renamed posts: the lists and the neighbours change, the other posts are kept.
        edits.add(new Edit("add a post", s -> Files.writeString(s.resolve("_posts/2024-02-01-added.md"),
                post("Added", "news", "A post added later.")), work -> {
                    assertTrue(work.contains("convert doc:_posts/2024-02-01-added.md"), work.toString());
                    assertTrue(work.contains("render layouts doc:all.md all.html"), work.toString());
                    assertFalse(work.stream().anyMatch(key -> key.contains("post-3")), work.toString());
                }));
        edits.add(new Edit("delete a post", s -> Files.delete(s.resolve("_posts/2024-01-02-post-2.md")), work -> {
            assertTrue(work.contains("render layouts doc:_posts/2024-01-01-post-1.md notes/2024/01/01/post-1.html")
                    || work.stream().anyMatch(key -> key.startsWith("render layouts doc:_posts/2024-01-01-post-1.md")),
                    "its newer neighbour links to it: " + work);
            assertTrue(work.contains("render layouts doc:_posts/2024-01-03-post-3.md notes/2024/01/03/post-3.html"),
                    "its older neighbour links to it: " + work);
            assertFalse(work.stream().anyMatch(key -> key.contains("post-7")), work.toString());
        }));
        edits.add(new Edit("rename a post", s -> Files.move(s.resolve("_posts/2024-01-05-post-5.md"),
                s.resolve("_posts/2024-01-06-renamed.md")), work -> {
                    assertTrue(work.contains("convert doc:_posts/2024-01-06-renamed.md"), work.toString());
                    assertFalse(work.stream().anyMatch(key -> key.contains("post-1.md")), work.toString());
                }));
        edits.add(new Edit("change a layout", s -> replace(s.resolve("_layouts/post.ftlh"),
                "<article>", "<article class=\"post\">")));
        edits.add(new Edit("change an include", s -> replace(s.resolve("_includes/footer.ftlh"),
                "Written by", "Words by")));
        edits.add(new Edit("change a data file", s -> replace(s.resolve("_data/authors.yml"),
                "Ada", "Grace")));
        edits.add(new Edit("change _config.yml", s -> replace(s.resolve("_config.yml"),
                "title: Incremental", "title: Incremental Notes")));
        edits.add(new Edit("delete a static file", s -> Files.delete(s.resolve("css/extra.css")),
                work -> assertFalse(work.stream().anyMatch(key -> key.startsWith("render layouts")), work.toString())));
        edits.add(new Edit("add a page", s -> Files.writeString(s.resolve("about.md"),
                "---\nlayout: default\ntitle: About\n---\nAbout {{ site.title }}.\n"), work -> {
                    assertTrue(work.contains("render layouts doc:about.md about.html"), work.toString());
                    assertFalse(work.stream().anyMatch(key -> key.contains("_posts/")), work.toString());
                }));
        // An added file that is no document (a data file here) may change any page: a full build.
        edits.add(new Edit("add a data file a page reads", s -> Files.writeString(s.resolve("_data/links.yml"),
                "first: https://example.org/first\n")));
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
                <#include "/parts/banner.html" parse=false>
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
                <nav><#if page.previous??>${page.previous.title}</#if> | <#if page.next??>${page.next.title}</#if></nav>
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
        files.put("links.md", """
                ---
                layout: default
                title: Links
                ---
                The [first post]({% post_url 2024-01-01-post-1 %}) and [the posts]({% link all.md %}).

                {% include_relative parts/note.txt %}
                """);
        files.put("parts/note.txt", "A note, included.\n");
        files.put("parts/banner.html", "<div class=\"banner\">Banner</div>\n");
        files.put("data.md", "---\nlayout: default\ntitle: Data\n---\nFirst link: {{ site.data.links.first }}\n");
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
