package dev.quire.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quire.commit.StagedFile;
import dev.quire.commit.Staging;
import dev.quire.error.Problem;
import dev.quire.incremental.BuildCache;
import dev.quire.incremental.StageValues;
import dev.quire.incremental.WorkReuse;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReusingRenderContextTest {

    private static final Problem WARNING = Problem.warning(null, "layout odd", null);

    @TempDir
    Path root;

    private Path source;
    private final AtomicInteger renders = new AtomicInteger();

    @BeforeEach
    void files() {
        source = TestSite.create(root, Map.of("about.md", "---\ntitle: About\n---\nAbout\n")).source();
    }

    private StageValues stage(String siteTitle) {
        SiteConfig config = TestContexts.config(source, Map.of("title", siteTitle));
        return new StageValues(new Site(config, List.of(), List.of(TestDocuments.resolve(config, "about.md")),
                Map.of(), List.of()), source);
    }

    /** Renders {@code about.html} of the stage's page in a build that takes from {@code last}; returns its staging. */
    private Staging build(StageValues stage, WorkReuse reuse, RecordingProblems problems) throws Exception {
        Staging staging = new Staging();
        ReusingRenderContext context = new ReusingRenderContext("layouts", stage, staging.outputFor("layouts"),
                problems, staging, reuse);
        Document about = stage.site().pages().get(0);
        context.writeDocument(about, "about.html", reported -> {
            renders.incrementAndGet();
            reported.report(WARNING);
            return "<title>" + Drops.site(stage.site()).get("title") + "</title>";
        });
        return staging;
    }

    @Test
    void aPageIsWrittenTheFirstTimeAndKeptWhileWhatItReadIsUnchanged() throws Exception {
        WorkReuse first = new WorkReuse(BuildCache.empty());
        StageValues stage = stage("T");
        Staging written = build(stage, first, new RecordingProblems());

        StagedFile.Bytes bytes = assertInstanceOf(StagedFile.Bytes.class, written.sorted().get("about.html"));
        assertArrayEquals("<title>T</title>".getBytes(StandardCharsets.UTF_8), bytes.content());
        assertSame(stage.site(), new ReusingRenderContext("layouts", stage, null, null, null, null).site());
        assertEquals(List.of("render layouts doc:about.md about.html"), first.redone());

        WorkReuse second = new WorkReuse(first.cache());
        RecordingProblems problems = new RecordingProblems();
        Staging kept = build(stage("T"), second, problems);

        assertEquals(1, renders.get(), "not rendered again");
        StagedFile.Kept file = assertInstanceOf(StagedFile.Kept.class, kept.sorted().get("about.html"));
        assertEquals("layouts", file.owner());
        assertEquals(List.of(WARNING), problems.all());
        assertEquals(1, second.reused());

        WorkReuse third = new WorkReuse(second.cache());
        Staging rewritten = build(stage("Retitled"), third, new RecordingProblems());

        assertEquals(2, renders.get());
        assertArrayEquals("<title>Retitled</title>".getBytes(StandardCharsets.UTF_8),
                assertInstanceOf(StagedFile.Bytes.class, rewritten.sorted().get("about.html")).content());
    }
}
