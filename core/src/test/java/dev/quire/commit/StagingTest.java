package dev.quire.commit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.spi.Output;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StagingTest {

    private final Staging staging = new Staging();

    @Test
    void stagedFilesAreKeptInPathOrderWithTheirOwner() {
        Output layouts = staging.outputFor("layouts");
        layouts.write("b/index.html", "<p>b</p>");
        layouts.write("a.html", new byte[] {1, 2, 3});
        staging.outputFor("static").copy("css/site.css", Path.of("/site/css/site.css"));

        assertEquals(List.of("a.html", "b/index.html", "css/site.css"), List.copyOf(staging.sorted().keySet()));
        assertEquals(3, staging.size());
        StagedFile.Bytes b = assertInstanceOf(StagedFile.Bytes.class, staging.sorted().get("b/index.html"));
        assertEquals("layouts", b.owner());
        assertArrayEquals("<p>b</p>".getBytes(StandardCharsets.UTF_8), b.content());
        StagedFile.Copy css = assertInstanceOf(StagedFile.Copy.class, staging.sorted().get("css/site.css"));
        assertEquals("static", css.owner());
        assertEquals(Path.of("/site/css/site.css"), css.file());
    }

    @Test
    void writtenBytesAreCopied() {
        byte[] bytes = {1, 2, 3};
        staging.outputFor("r").write("x.bin", bytes);
        bytes[0] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, ((StagedFile.Bytes) staging.sorted().get("x.bin")).content());
    }

    @Test
    void pathsLeavingTheOutputFolderAreRefused() {
        Output output = staging.outputFor("evil");

        for (String path : new String[] {"../x", "a/../../x", "/etc/passwd", "C:/x", "a\\b", "", "a//b", "./a"}) {
            QuireException e = assertThrows(QuireException.class, () -> output.write(path, "x"), path);
            assertTrue(e.problem().message().contains("evil"), e.problem().message());
        }
        assertEquals(0, staging.size());
    }

    @Test
    void twoRenderersWritingOnePathAreNamedBoth() {
        staging.outputFor("layouts").write("feed.xml", "a");

        QuireException e = assertThrows(QuireException.class, () -> staging.outputFor("feed").write("feed.xml", "b"));

        assertTrue(e.problem().message().contains("'feed.xml'"), e.problem().message());
        assertTrue(e.problem().message().contains("'layouts'"), e.problem().message());
        assertTrue(e.problem().message().contains("'feed'"), e.problem().message());
        assertEquals("a", new String(((StagedFile.Bytes) staging.sorted().get("feed.xml")).content(),
                StandardCharsets.UTF_8), "the first write is kept");
    }

    @Test
    void oneRendererWritingOnePathTwiceIsAnErrorToo() {
        Output output = staging.outputFor("layouts");
        output.write("x.html", "a");

        QuireException e = assertThrows(QuireException.class, () -> output.copy("x.html", Path.of("/x")));

        assertTrue(e.problem().message().contains("twice"), e.problem().message());
    }

    @Test
    void renderersMayWriteInParallel() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int r = 0; r < 4; r++) {
            Output output = staging.outputFor("r" + r);
            int renderer = r;
            pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    output.write("r" + renderer + "/" + i + ".html", "x");
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

        assertEquals(2000, staging.size());
    }

    @Test
    void keepStagesTheFileTheLastBuildWroteForTheRenderer() {
        staging.keep("layouts", "2019/05/21/hello.html");

        StagedFile.Kept kept = assertInstanceOf(StagedFile.Kept.class, staging.sorted().get("2019/05/21/hello.html"));
        assertEquals("layouts", kept.owner());
        assertEquals(1, staging.size());
    }

    @Test
    void aKeptFileIsCheckedLikeAWrittenOne() {
        QuireException outside = assertThrows(QuireException.class, () -> staging.keep("layouts", "../x.html"));
        assertTrue(outside.problem().message().contains("layouts"), outside.problem().message());

        staging.keep("layouts", "a.html");
        QuireException twice = assertThrows(QuireException.class,
                () -> staging.outputFor("feed").write("a.html", "x"));
        assertTrue(twice.problem().message().contains("'layouts' and 'feed'"), twice.problem().message());
        assertInstanceOf(StagedFile.Kept.class, staging.sorted().get("a.html"));
    }
}
