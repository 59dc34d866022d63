package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.convert.liquid.LinkReads;
import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Reads;
import dev.quire.model.Route;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageValuesTest {

    private static final String POST = "_posts/2019-05-21-hello.md";
    private static final String POST_OWNER = "doc:" + POST;

    @TempDir
    Path root;

    private Path source;
    private SiteConfig config;

    @BeforeEach
    void files() {
        TestSite files = TestSite.create(root.resolve("site"), Map.of(
                POST, "---\ntitle: Hello\nsubtitle:\n---\nHello\n",
                "about.md", "---\ntitle: About\n---\nAbout\n"));
        source = files.source();
        config = TestContexts.config(source, Map.of("title", "T"));
    }

    private Document post() {
        return TestDocuments.resolve(config, POST);
    }

    private Document about() {
        return TestDocuments.resolve(config, "about.md");
    }

    private StageValues stage(SiteConfig siteConfig, List<Document> posts, List<Document> pages) {
        return new StageValues(new Site(siteConfig, posts, pages, Map.of(), List.of()), source);
    }

    private StageValues stage(List<Document> posts, List<Document> pages) {
        return stage(config, posts, pages);
    }

    /** A stage of the two documents, the post changed by {@code change}. */
    private StageValues withPost(UnaryOperator<Document> change) {
        return stage(List.of(change.apply(post())), List.of(about()));
    }

    private StageValues unchanged() {
        return withPost(UnaryOperator.identity());
    }

    private static Reads.Read read(String owner, String key) {
        return new Reads.Read(owner, key);
    }

    @Test
    void aSiteKeyDigestsItsValue() {
        Reads.Read title = read(Drops.SITE_OWNER, "title");

        assertEquals(unchanged().digest(title), unchanged().digest(title));
        assertEquals(ValueDigest.of("T"), unchanged().digest(title));
        StageValues retitled = stage(TestContexts.config(source, Map.of("title", "Other")), List.of(post()),
                List.of(about()));
        assertNotEquals(unchanged().digest(title), retitled.digest(title));
    }

    @Test
    void aDocumentKeyDigestsItsValueInThatDocumentsView() {
        Reads.Read title = read(POST_OWNER, "title");
        Reads.Read url = read(POST_OWNER, "url");

        assertEquals(ValueDigest.of("Hello"), unchanged().digest(title));
        assertEquals(unchanged().digest(url), withPost(p -> p.withData("title", "Changed")).digest(url));
        assertNotEquals(unchanged().digest(title), withPost(p -> p.withData("title", "Changed")).digest(title));
        assertEquals(unchanged().digest(read("doc:about.md", "title")),
                withPost(p -> p.withData("title", "Changed")).digest(read("doc:about.md", "title")));
    }

    @Test
    void anAbsentKeyDiffersFromAKeyWhoseValueIsNull() {
        StageValues stage = unchanged();
        Reads.Read subtitle = read(POST_OWNER, "subtitle");
        Reads.Read missing = read(POST_OWNER, "missing");

        assertEquals(ValueDigest.of(null), stage.digest(subtitle));
        assertNotEquals(stage.digest(subtitle), stage.digest(missing));
        assertEquals(stage.digest(missing), withPost(p -> p.withData("title", "Changed")).digest(missing));
        assertNotEquals(stage.digest(missing), withPost(p -> p.withData("missing", null)).digest(missing),
                "a key given since, even null, is a change");
        assertNotEquals(stage.digest(read(Drops.SITE_OWNER, "nothing")),
                stage(TestContexts.config(source, java.util.Collections.singletonMap("nothing", null)),
                        List.of(post()), List.of(about())).digest(read(Drops.SITE_OWNER, "nothing")));
    }

    @Test
    void aMissingDocumentIsAbsentAndDiffersFromAnyValueItHad() {
        Reads.Read title = read(POST_OWNER, "title");
        StageValues without = stage(List.of(), List.of(about()));

        assertEquals(without.digest(title), stage(List.of(), List.of()).digest(title));
        assertEquals(without.digest(title), without.digest(read("doc:never.md", "url")));
        assertNotEquals(unchanged().digest(title), without.digest(title));
        assertNotEquals(unchanged().digest(read(POST_OWNER, "subtitle")), without.digest(read(POST_OWNER, "subtitle")),
                "a null value differs from a document that is gone");
    }

    @Test
    void everyKeyOfAViewChangesWithAnyOfItsValues() {
        Reads.Read all = read(POST_OWNER, Reads.ALL);
        Reads.Read site = read(Drops.SITE_OWNER, Reads.ALL);

        assertEquals(unchanged().digest(all), unchanged().digest(all));
        assertNotEquals(unchanged().digest(all), withPost(p -> p.withData("mood", "happy")).digest(all));
        assertNotEquals(unchanged().digest(all), withPost(p -> p.withContent("<p>Hello</p>")).digest(all));
        assertEquals(unchanged().digest(site), withPost(p -> p.withData("mood", "happy")).digest(site),
                "the site lists the post as its view: what of it was read is recorded by the post's owner");
        assertNotEquals(unchanged().digest(site), stage(List.of(), List.of(about())).digest(site));
    }

    @Test
    void theLinkTableChangesWhenAPostsUrlChanges() {
        Reads.Read links = read(LinkReads.OWNER, LinkReads.KEY);

        assertEquals(unchanged().digest(links), withPost(p -> p.withContent("<p>other</p>")).digest(links));
        assertEquals(unchanged().digest(links), withPost(p -> p.withData("title", "Other")).digest(links));
        assertNotEquals(unchanged().digest(links),
                withPost(p -> p.withRoute(new Route("/moved.html", "moved.html"))).digest(links));
        assertNotEquals(unchanged().digest(links), stage(List.of(post()), List.of(about()
                .withRoute(new Route("/elsewhere/", "elsewhere/index.html")))).digest(links));
    }

    @Test
    void aFileReadDigestsTheFilesText() throws Exception {
        Files.writeString(source.resolve("notes.txt"), "one");
        Reads.Read notes = read("file:notes.txt", "text");
        String one = unchanged().digest(notes);

        assertEquals(one, unchanged().digest(notes));
        Files.writeString(source.resolve("notes.txt"), "two");
        assertNotEquals(one, unchanged().digest(notes));
        Files.delete(source.resolve("notes.txt"));
        assertNotEquals(one, unchanged().digest(notes));
        assertEquals(unchanged().digest(notes), unchanged().digest(read("file:missing.txt", "text")));
    }

    @Test
    void aFileOutsideTheSourceFolderIsNeverRead() throws Exception {
        Files.writeString(root.resolve("secret.txt"), "one");
        Reads.Read outside = read("file:../secret.txt", "text");
        Reads.Read deeper = read("file:sub/../../secret.txt", "text");
        String before = unchanged().digest(outside);

        Files.writeString(root.resolve("secret.txt"), "two");

        assertEquals(before, unchanged().digest(outside));
        assertEquals(before, unchanged().digest(read("file:missing.txt", "text")), "as if it were not there");
        assertEquals(before, unchanged().digest(deeper));
        assertNotEquals(ValueDigest.of("two"), before);
    }

    @Test
    void aFileReachedThroughALinkThatLeavesTheSourceFolderIsNeverRead() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret");
        Files.writeString(source.resolve("inside.txt"), "inside");
        try {
            Files.createSymbolicLink(source.resolve("leak.txt"), secret);
            Files.createSymbolicLink(source.resolve("alias.txt"), source.resolve("inside.txt"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here");
        }
        Reads.Read leak = read("file:leak.txt", "text");

        assertEquals(unchanged().digest(read("file:missing.txt", "text")), unchanged().digest(leak),
                "read as the include would: not at all");
        assertNotEquals(ValueDigest.of("secret"), unchanged().digest(leak));
        assertEquals(ValueDigest.of("inside"), unchanged().digest(read("file:alias.txt", "text")),
                "a link inside the source folder is followed");
    }

    @Test
    void twoDocumentsOfOneOwnerNeverCompareEqual() {
        Document home = about();
        Document copy = home.withData("title", "Copy");
        StageValues stage = stage(List.of(post()), List.of(home, copy));
        StageValues again = stage(List.of(post()), List.of(home, copy));
        Reads.Read title = read("doc:about.md", "title");

        assertTrue(stage.isAmbiguous("doc:about.md"));
        assertFalse(stage.isAmbiguous(POST_OWNER));
        assertNotEquals(stage.digest(title), again.digest(title));
        assertFalse(again.unchanged(stage.digests(Set.of(title))));
        assertTrue(again.unchanged(stage.digests(Set.of(read(POST_OWNER, "title")))));
    }

    @Test
    void paginatedCopiesOfOneSourceAreToldApartByTheirOutputPath() {
        Document first = about().withGlobal("paginator", Map.of("page", 1));
        Document second = about().withGlobal("paginator", Map.of("page", 2))
                .withRoute(new Route("/page2/", "page2/index.html")).withData("title", "Second");
        StageValues stage = stage(List.of(), List.of(first, second));

        assertFalse(stage.isAmbiguous(Drops.ownerOf(first)));
        assertFalse(stage.isAmbiguous(Drops.ownerOf(second)));
        assertEquals(ValueDigest.of("Second"), stage.digest(read(Drops.ownerOf(second), "title")));
        assertEquals(ValueDigest.of("About"), stage.digest(read(Drops.ownerOf(first), "title")));
    }

    @Test
    void aFailingDeferredValueEqualsNothingSoTheWorkRunsAgain() {
        UnaryOperator<Document> failing = p -> p.withData("excerpt", new Deferred(() -> {
            throw new IllegalStateException("bad excerpt");
        }));
        Reads.Read excerpt = read(POST_OWNER, "excerpt");
        StageValues stage = withPost(failing);
        SortedMap<Reads.Read, String> recorded = stage.digests(Set.of(excerpt));

        assertEquals(stage.digest(excerpt), stage.digest(excerpt), "one stage computes each read once");
        assertNotEquals(recorded.get(excerpt), withPost(failing).digest(excerpt));
        assertFalse(withPost(failing).unchanged(recorded));
        assertNotEquals(recorded.get(excerpt), unchanged().digest(read(POST_OWNER, "missing")));
    }

    @Test
    void anUnknownOwnerEqualsNothing() {
        Reads.Read odd = read("elsewhere", "x");

        assertNotEquals(unchanged().digest(odd), unchanged().digest(odd));
    }

    @Test
    void unchangedComparesEveryRecordedRead() {
        Set<Reads.Read> reads = Set.of(read(Drops.SITE_OWNER, "title"), read(POST_OWNER, "title"),
                read("doc:about.md", "url"));
        SortedMap<Reads.Read, String> recorded = unchanged().digests(reads);

        assertEquals(List.copyOf(new java.util.TreeSet<>(reads)), List.copyOf(recorded.keySet()));
        assertTrue(unchanged().unchanged(recorded));
        assertTrue(withPost(p -> p.withData("mood", "happy")).unchanged(recorded));
        assertFalse(withPost(p -> p.withData("title", "Changed")).unchanged(recorded));
        assertTrue(unchanged().unchanged(Map.of()));
    }
}
