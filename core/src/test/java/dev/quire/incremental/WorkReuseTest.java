package dev.quire.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Reads;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkReuseTest {

    private static final String KEY = "convert doc:about.md";
    private static final Problem WARNING = Problem.warning(new SourceLocation("about.md", 2, 1), "odd", "fix it");

    @TempDir
    Path root;

    private Path source;
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void files() {
        source = TestSite.create(root, Map.of(
                "about.md", "---\ntitle: About\n---\nAbout\n",
                "_posts/2019-05-21-hello.md", "---\ntitle: Hello\n---\nHello\n")).source();
    }

    private SiteConfig config(String title) {
        return TestContexts.config(source, Map.of("title", title));
    }

    private Document about(SiteConfig config) {
        return TestDocuments.resolve(config, "about.md");
    }

    private StageValues stage(SiteConfig config, List<Document> pages) {
        return new StageValues(new Site(config, List.of(TestDocuments.resolve(config, "_posts/2019-05-21-hello.md")),
                pages, Map.of(), List.of()), source);
    }

    private StageValues stage(String siteTitle) {
        SiteConfig config = config(siteTitle);
        return stage(config, List.of(about(config)));
    }

    /** Work as a conversion does it: reads the site's title and its page's title, warns, and gives HTML. */
    private WorkReuse.Work<String> work(StageValues stage, Document document) {
        return problems -> {
            runs.incrementAndGet();
            Map<String, Object> site = Drops.site(stage.site());
            Map<String, Object> page = Drops.page(document, stage.site());
            problems.report(WARNING);
            return "<h1>" + site.get("title") + ": " + page.get("title") + "</h1>";
        };
    }

    private WorkReuse.Outcome<String> apply(WorkReuse reuse, StageValues stage, Document document,
            RecordingProblems problems) throws Exception {
        return reuse.apply(KEY, document, stage, problems, work(stage, document), Function.identity());
    }

    /** The cache a first build leaves: the work done once in {@code stage}. */
    private BuildCache firstBuild(StageValues stage) throws Exception {
        WorkReuse reuse = new WorkReuse(BuildCache.empty());
        apply(reuse, stage, about(stage.site().config()), new RecordingProblems());
        return reuse.cache();
    }

    @Test
    void theFirstTimeTheWorkRunsAndIsRecorded() throws Exception {
        StageValues stage = stage("T");
        Document about = about(stage.site().config());
        WorkReuse reuse = new WorkReuse(BuildCache.empty());
        RecordingProblems problems = new RecordingProblems();

        WorkReuse.Outcome<String> outcome = apply(reuse, stage, about, problems);

        assertEquals("<h1>T: About</h1>", outcome.value());
        assertNull(outcome.taken());
        assertEquals(1, runs.get());
        assertEquals(List.of(WARNING), problems.all());
        assertFalse(reuse.hasPrevious());
        assertEquals(List.of(KEY), reuse.redone());
        assertEquals(0, reuse.reused());
        UnitRecord record = reuse.cache().get(KEY);
        assertEquals(UnitRecord.ownDigest(about), record.own());
        assertEquals(stage.digests(java.util.Set.of(new Reads.Read("site", "title"),
                new Reads.Read("doc:about.md", "title"))), record.reads());
        assertEquals(List.of(WARNING), record.problems());
        assertEquals("<h1>T: About</h1>", record.content());
    }

    @Test
    void nextTimeTheRecordIsTakenWhenNothingItReadChanged() throws Exception {
        BuildCache last = firstBuild(stage("T"));
        runs.set(0);
        StageValues stage = stage("T");
        WorkReuse reuse = new WorkReuse(last);
        RecordingProblems problems = new RecordingProblems();

        WorkReuse.Outcome<String> outcome = apply(reuse, stage, about(stage.site().config()), problems);

        assertEquals(0, runs.get(), "the work is not done");
        assertNull(outcome.value());
        assertSame(last.get(KEY), outcome.taken());
        assertEquals("<h1>T: About</h1>", outcome.taken().content());
        assertEquals(List.of(WARNING), problems.all(), "its warnings are reported again");
        assertTrue(reuse.hasPrevious());
        assertEquals(List.of(), reuse.redone());
        assertEquals(1, reuse.reused());
        assertEquals(last.get(KEY), reuse.cache().get(KEY), "the record is kept for the build after");
    }

    @Test
    void aChangeOfWhatTheWorkDidNotReadKeepsTheRecord() throws Exception {
        BuildCache last = firstBuild(stage("T"));
        SiteConfig config = TestContexts.config(source, Map.of("title", "T", "description", "new"));
        WorkReuse reuse = new WorkReuse(last);

        apply(reuse, stage(config, List.of(about(config))), about(config), new RecordingProblems());

        assertEquals(1, runs.get(), "only the first build ran it");
        assertEquals(1, reuse.reused());
    }

    @Test
    void theWorkRunsAgainWhenTheDocumentChanged() throws Exception {
        BuildCache last = firstBuild(stage("T"));
        SiteConfig config = config("T");
        Document edited = about(config).withContent("About, edited\n");
        StageValues stage = stage(config, List.of(edited));
        WorkReuse reuse = new WorkReuse(last);
        RecordingProblems problems = new RecordingProblems();

        WorkReuse.Outcome<String> outcome = apply(reuse, stage, edited, problems);

        assertEquals(2, runs.get());
        assertNull(outcome.taken());
        assertEquals("<h1>T: About</h1>", outcome.value());
        assertEquals(List.of(WARNING), problems.all(), "reported once, by the work");
        assertEquals(List.of(KEY), reuse.redone());
        assertEquals(0, reuse.reused());
        assertEquals(UnitRecord.ownDigest(edited), reuse.cache().get(KEY).own());
    }

    @Test
    void theWorkRunsAgainWhenAValueItReadChanged() throws Exception {
        BuildCache last = firstBuild(stage("T"));
        StageValues stage = stage("Retitled");
        WorkReuse reuse = new WorkReuse(last);

        WorkReuse.Outcome<String> outcome = apply(reuse, stage, about(stage.site().config()), new RecordingProblems());

        assertEquals(2, runs.get());
        assertEquals("<h1>Retitled: About</h1>", outcome.value());
        assertEquals(stage.digests(last.get(KEY).reads().keySet()), reuse.cache().get(KEY).reads());
        assertEquals(List.of(KEY), reuse.redone());
    }

    @Test
    void theWorkRunsAgainWhenItsOwnerIsAmbiguous() throws Exception {
        BuildCache last = firstBuild(stage("T"));
        SiteConfig config = config("T");
        Document about = about(config);
        StageValues stage = stage(config, List.of(about, about.withData("title", "Copy")));
        WorkReuse reuse = new WorkReuse(last);

        apply(reuse, stage, about, new RecordingProblems());

        assertEquals(2, runs.get());
        assertEquals(List.of(KEY), reuse.redone());
        assertEquals(0, reuse.reused());
    }

    @Test
    void onlyWarningsAndNotesAreKeptWithTheRecord() throws Exception {
        StageValues stage = stage("T");
        Document about = about(stage.site().config());
        WorkReuse reuse = new WorkReuse(BuildCache.empty());
        RecordingProblems problems = new RecordingProblems();
        Problem error = Problem.error(null, "broken", null);
        Problem note = Problem.info(null, "skipped", null);
        Problem warning = Problem.warning(null, "with a cause", null);

        reuse.apply(KEY, about, stage, problems, reported -> {
            reported.report(error);
            reported.report(note);
            reported.report(warning, new IOException("cause"));
            return "x";
        }, Function.identity());

        assertEquals(List.of(error, note, warning), problems.all(), "everything is passed on");
        assertEquals(List.of(note, warning), reuse.cache().get(KEY).problems());
    }

    @Test
    void workThatFailsLeavesNoRecord() throws Exception {
        StageValues stage = stage("T");
        Document about = about(stage.site().config());
        WorkReuse reuse = new WorkReuse(BuildCache.empty());
        IllegalStateException failure = new IllegalStateException("bad Liquid");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> reuse.apply(KEY, about, stage,
                new RecordingProblems(), problems -> {
                    throw failure;
                }, Function.identity())));
        assertNull(reuse.cache().get(KEY));
        assertEquals(0, reuse.cache().size());
    }

    @Test
    void theContentFunctionSaysWhatIsKept() throws Exception {
        StageValues stage = stage("T");
        Document about = about(stage.site().config());
        WorkReuse reuse = new WorkReuse(BuildCache.empty());

        WorkReuse.Outcome<String> outcome = reuse.apply("render layouts doc:about.md about.html", about, stage,
                new RecordingProblems(), work(stage, about), text -> null);

        assertEquals("<h1>T: About</h1>", outcome.value());
        assertNull(reuse.cache().get("render layouts doc:about.md about.html").content());
    }

    @Test
    void onlyTheWorkOfThisBuildIsRecordedAndCountedInOrder() throws Exception {
        StageValues first = stage("T");
        Document about = about(first.site().config());
        WorkReuse reuse = new WorkReuse(BuildCache.empty());
        for (String key : List.of("render b", "render a", "convert c")) {
            reuse.apply(key, about, first, new RecordingProblems(), work(first, about), Function.identity());
        }
        assertEquals(List.of("convert c", "render a", "render b"), reuse.redone());

        StageValues second = stage("T");
        WorkReuse next = new WorkReuse(reuse.cache());
        next.apply("render a", about, second, new RecordingProblems(), work(second, about), Function.identity());
        next.apply("render b", about, second, new RecordingProblems(), work(second, about), Function.identity());
        next.apply("render new", about, second, new RecordingProblems(), work(second, about), Function.identity());

        assertEquals(2, next.reused());
        assertEquals(List.of("render new"), next.redone());
        assertEquals(3, next.cache().size());
        assertNull(next.cache().get("convert c"), "work this build did not ask for is not carried on");
        assertNotNull(next.cache().get("render new"));
    }
}
