package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front-matter defaults by Jekyll 4.3.1's rules (the {@code defaults} fixture holds what Jekyll built). */
class DefaultsTransformerTest {

    @TempDir
    Path root;

    private TestSite site;

    @org.junit.jupiter.api.BeforeEach
    void createSite() {
        site = TestSite.create(root);
    }

    private SiteConfig config(String defaultsYaml) {
        return TestContexts.config(site.source(), "_config.yml", defaultsYaml);
    }

    /** Loads, applies defaults, then the core resolvers, as a build does. */
    private Document resolve(String defaultsYaml, String path, String content) {
        site.write(path, content);
        SiteConfig config = config(defaultsYaml);
        TransformContext context = TestContexts.resolve(config);
        Document document = new DefaultsTransformer(config).transform(TestDocuments.load(config, path), context);
        for (Transformer t : List.of(new DateTransformer(), new TitleTransformer(), new TaxonomyTransformer(),
                new PublishingTransformer(), new PermalinkTransformer())) {
            document = t.transform(document, context);
        }
        return document;
    }

    @Test
    void runsBeforeEveryOtherResolveStep() {
        DefaultsTransformer defaults = new DefaultsTransformer(config("title: x\n"));
        assertEquals(java.util.Set.of("dates", "title", "taxonomy", "publishing", "permalink"), defaults.before());
        assertEquals(Transformer.Phase.RESOLVE, defaults.phase());
    }

    @Test
    void pathIsAPlainPrefixAsWritten() {
        String defaults = "defaults:\n- scope: {path: blog}\n  values: {who: blog}\n"
                + "- scope: {path: /docs}\n  values: {who: slashed}\n";
        assertEquals("blog", resolve(defaults, "blog/a.md", "---\n---\n").data().get("who"));
        assertEquals("blog", resolve(defaults, "blogroll/a.md", "---\n---\n").data().get("who"),
                "Jekyll compares strings: 'blog' is a prefix of 'blogroll/'");
        assertNull(resolve(defaults, "docs/a.md", "---\n---\n").data().get("who"),
                "a leading / makes Jekyll's scope match nothing");
    }

    @Test
    void globPathsMatchAFolderOrTheFile() {
        String defaults = "defaults:\n- scope: {path: \"docs/*.md\"}\n  values: {g: md}\n"
                + "- scope: {path: \"docs/*\"}\n  values: {g2: any}\n";
        Document x = resolve(defaults, "docs/x.md", "---\n---\n");
        assertEquals("md", x.data().get("g"));
        assertEquals("any", x.data().get("g2"));
        Document y = resolve(defaults, "docs/sub/y.md", "---\n---\n");
        assertNull(y.data().get("g"), "* does not cross /");
        assertEquals("any", y.data().get("g2"), "docs/sub matches docs/*, and is a prefix");
        assertNull(resolve(defaults, "other/z.md", "---\n---\n").data().get("g2"));
    }

    @Test
    void typesAndTheirOldSingularNames() {
        String defaults = "defaults:\n- scope: {type: post}\n  values: {t: posts}\n"
                + "- scope: {type: pages}\n  values: {t: pages}\n"
                + "- scope: {type: drafts}\n  values: {d: drafts}\n";
        assertEquals("posts", resolve(defaults, "_posts/2019-01-01-a.md", "---\n---\n").data().get("t"));
        assertEquals("pages", resolve(defaults, "a.md", "---\n---\n").data().get("t"));
        assertNull(resolve(defaults, "_drafts/d.md", "---\n---\n").data().get("d"),
                "Jekyll 4.3.1 gives drafts the type posts");
        assertEquals("posts", FrontMatterDefaults.typeOf(TestDocuments.load(config("title: x\n"), "_drafts/d.md")));
    }

    @Test
    void aLongerPathWinsAndALaterLessSpecificSetOnlyFillsGaps() {
        String defaults = "defaults:\n- scope: {path: \"_posts/2019\"}\n  values: {v: long}\n"
                + "- scope: {type: posts}\n  values: {v: typed, only: typed}\n"
                + "- scope: {path: _posts}\n  values: {v: path}\n";
        Document post = resolve(defaults, "_posts/2019-01-01-a.md", "---\n---\n");
        assertEquals("long", post.data().get("v"));
        assertEquals("typed", post.data().get("only"));
        Document other = resolve(defaults, "_posts/2020-01-01-a.md", "---\n---\n");
        assertEquals("path", other.data().get("v"), "'_posts' is longer than the typed set's empty path");
    }

    @Test
    void onATieASetWithATypeWins() {
        String defaults = "defaults:\n- scope: {path: notes, type: pages}\n  values: {v: typed}\n"
                + "- scope: {path: notes}\n  values: {v: untyped, w: untyped}\n";
        Document page = resolve(defaults, "notes/n.md", "---\n---\n");
        assertEquals("typed", page.data().get("v"));
        assertEquals("untyped", page.data().get("w"));
    }

    @Test
    void frontMatterWinsAndHashesMergeDeeply() {
        String defaults = "defaults:\n- scope: {path: \"\"}\n  values: {who: default, nest: {a: 1, b: 2}}\n";
        Document page = resolve(defaults, "a.md", "---\nwho: mine\nnest: {b: 3}\n---\n");
        assertEquals("mine", page.data().get("who"));
        assertEquals(Map.of("a", 1, "b", 3), page.data().get("nest"));
    }

    @Test
    void defaultsActOnDatesTitlesCategoriesAndPermalinks() {
        String defaults = "defaults:\n- scope: {path: _posts}\n  values: {date: \"2018-01-01 10:00:00\", "
                + "title: Default, category: fromdef, permalink: \"/b/:title/\"}\n";
        Document post = resolve(defaults, "_posts/2019-05-01-a.md", "---\n---\n");
        assertEquals("Default", post.title());
        assertEquals(List.of("fromdef"), post.categories());
        assertEquals("/b/a/", post.url());
        assertEquals(2018, post.date().getYear());
    }

    @Test
    void publishedFalseHidesPostsButNotPages() {
        String defaults = "defaults:\n- scope: {path: hidden}\n  values: {published: false}\n";
        assertFalse(resolve(defaults, "hidden/_posts/2019-01-01-a.md", "---\n---\n").published());
        assertTrue(resolve(defaults, "hidden/_posts/2019-01-02-b.md", "---\npublished: true\n---\n").published());
        Document page = resolve(defaults, "hidden/p.md", "---\n---\n");
        assertTrue(page.published(), "Jekyll 4.3.1 publishes the page");
        assertEquals(false, page.data().get("published"), "templates still see the value");
    }

    @Test
    void badDefaultsNameTheConfigFile() {
        QuireException notAList = assertThrows(QuireException.class,
                () -> new DefaultsTransformer(config("title: x\ndefaults: {a: 1}\n")));
        assertEquals("_config.yml:2:1", notAList.problem().location().toString());

        QuireException noValues = assertThrows(QuireException.class,
                () -> new DefaultsTransformer(config("defaults:\n- scope: {path: a}\n")));
        assertTrue(noValues.problem().message().contains("invalid front-matter default set"),
                noValues.problem().message());

        QuireException badDate = assertThrows(QuireException.class,
                () -> new DefaultsTransformer(config("defaults:\n- values: {date: someday}\n")));
        assertEquals("An invalid date format was found in a front-matter default set: 'date: someday'",
                badDate.problem().message());
    }

    @Test
    void badDefaultsAreNamedInTheConfigFileThatSetsThem() {
        site.write("_config.yml", "defaults:\n- values: {a: 1}\n").write("_config_b.yml", "title: b\n\ndefaults: {a: 1}\n");

        var e = site.buildFails(options -> options.withConfigFiles(
                java.util.List.of(site.file("_config.yml"), site.file("_config_b.yml"))));

        assertEquals(java.util.List.of("_config_b.yml:3:1"), e.errors().stream()
                .map(p -> p.location().toString()).toList(), e.getMessage());
    }
}
