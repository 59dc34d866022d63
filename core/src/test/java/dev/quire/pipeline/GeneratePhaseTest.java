package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.spi.GenerateContext;
import dev.quire.spi.Generator;
import dev.quire.spi.Urls;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate phase on its own: order, what each generator sees, and its failures. */
class GeneratePhaseTest {

    @TempDir
    Path root;

    private static Generator generator(String name, Set<String> after, Consumer<GenerateContext> action) {
        return new Generator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<String> after() {
                return after;
            }

            @Override
            public void generate(GenerateContext context) {
                action.accept(context);
            }
        };
    }

    private Site site() {
        TestSite files = TestSite.create(root, Map.of("index.html", "---\n---\nhome", "_posts/2023-01-01-a.md", "---\n---\na"));
        SiteConfig config = TestContexts.config(files.source());
        return new Site(config, List.of(TestDocuments.resolve(config, "_posts/2023-01-01-a.md")),
                List.of(TestDocuments.resolve(config, "index.html")), Map.of(), List.of());
    }

    private Document page(Site site, String url) {
        return Document.generated(SourceFile.generated(site.config().source(), "test", url.substring(1)), Map.of(), "",
                Urls.htmlRoute(url));
    }

    @Test
    void generatorsRunInOrderEachSeeingTheSiteThePreviousLeft() {
        Site site = site();
        List<String> seen = new ArrayList<>();
        GeneratePhase phase = new GeneratePhase(Set.of(
                generator("b", Set.of("a"), c -> seen.add("b saw " + c.site().pages().size() + " pages")),
                generator("a", Set.of(), c -> {
                    c.add(page(c.site(), "/x.html"));
                    seen.add("a added, sees " + c.site().pages().size());
                })));
        RecordingProblems problems = new RecordingProblems();

        GeneratePhase.Result result = phase.run(site, problems);

        assertEquals(List.of("a added, sees 2", "b saw 2 pages"), seen);
        assertEquals(1, result.added());
        assertEquals(0, result.replaced());
        assertEquals(1, site.pages().size(), "the indexed site is not changed");
        assertTrue(problems.all().isEmpty(), problems.all().toString());
    }

    @Test
    void replacingKeepsThePlaceAndTheSitesOtherDocuments() {
        Site site = site();
        Document index = site.pages().get(0);
        GeneratePhase phase = new GeneratePhase(Set.of(generator("a", Set.of(),
                c -> c.replace(c.site().pages().get(0), c.site().pages().get(0).withGlobal("paginator", Map.of("page", 1))))));

        GeneratePhase.Result result = phase.run(site, new RecordingProblems());

        assertEquals(Map.of("paginator", Map.of("page", 1)), result.site().pages().get(0).globals());
        assertEquals(index.source(), result.site().pages().get(0).source());
        assertSame(site.posts().get(0), result.site().posts().get(0));
        assertEquals(1, result.replaced());
    }

    @Test
    void replacingADocumentTheSiteDoesNotHaveFailsNamingTheGenerator() {
        Site site = site();
        Document stranger = page(site, "/stranger.html");
        RecordingProblems problems = new RecordingProblems();

        new GeneratePhase(Set.of(generator("g", Set.of(), c -> c.replace(stranger, stranger)))).run(site, problems);

        assertEquals(1, problems.errors().size());
        assertTrue(problems.errors().get(0).message().startsWith("generator 'g' failed: "), problems.all().toString());
        assertTrue(problems.errors().get(0).message().contains("[test]/stranger.html, which is not a document of the site"),
                problems.all().toString());
    }

    @Test
    void aLayoutIsAddedOnlyWhereTheSiteHasNone() {
        Site site = site();
        Layout mine = new Layout("redirect", SourceFile.generated(site.config().source(), "g", "redirect.ftlh"), Map.of(),
                1, "x");
        List<Boolean> added = new ArrayList<>();

        GeneratePhase.Result result = new GeneratePhase(Set.of(generator("g", Set.of(), c -> {
            added.add(c.addLayoutIfAbsent(mine));
            added.add(c.addLayoutIfAbsent(new Layout("redirect", mine.source(), Map.of(), 1, "other")));
        }))).run(site, new RecordingProblems());

        assertEquals(List.of(true, false), added);
        assertEquals("x", result.site().layouts().get("redirect").body());
        assertFalse(site.layouts().containsKey("redirect"));
    }

    @Test
    void twoGeneratedPagesAtOneUrlAreAnErrorNamingBothAndTheirGenerators() {
        Site site = site();
        RecordingProblems problems = new RecordingProblems();

        new GeneratePhase(Set.of(generator("g", Set.of(), c -> {
            c.add(page(c.site(), "/same.html"));
            c.add(Document.generated(SourceFile.generated(site.config().source(), "test", "other"), Map.of(), "",
                    Urls.htmlRoute("/same.html")));
        }))).run(site, problems);

        assertEquals(List.of("[test]/same.html: '[test]/same.html (made by generator 'g')' and '[test]/other (made by"
                + " generator 'g')' are both written to 'same.html' (give one of them another permalink (front matter"
                + " 'permalink:'))"), problems.errors().stream().map(dev.quire.error.Problem::format).toList());
    }
}
