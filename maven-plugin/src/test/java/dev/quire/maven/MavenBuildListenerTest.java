package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenBuildListenerTest {

    private final RecordingLog log = new RecordingLog();
    private final MavenBuildListener listener = new MavenBuildListener(log);

    @Test
    void logsOneInfoLinePerPhaseWithSummaryAndTime() {
        listener.phaseFinished("load", "3 documents, 2 layouts, 1 static files", Duration.ofMillis(12));
        listener.phaseFinished("commit", "4 written, 0 unchanged, 0 removed", Duration.ofMillis(12_345));

        assertEquals(List.of("INFO [quire] load: 3 documents, 2 layouts, 1 static files (12 ms)",
                "INFO [quire] commit: 4 written, 0 unchanged, 0 removed (12.3 s)"), log.lines);
    }

    @Test
    void logsWarningsInLocationForm() {
        Problem missing = Problem.warning(new SourceLocation("_posts/2024-01-02-a.md", 2, 1),
                "layout 'nosuch' does not exist", "add _layouts/nosuch.ftlh");
        Problem other = Problem.warning(null, "no _config.yml", "");

        listener.warning(missing);
        listener.warning(other);

        assertEquals(List.of("_posts/2024-01-02-a.md:2:1: layout 'nosuch' does not exist (add _layouts/nosuch.ftlh)",
                "no _config.yml"), log.at("WARN"));
    }

    @Test
    void logsNotesAtDebugLevelOnly() {
        listener.note(Problem.info(SourceLocation.of("_posts/nodate.md"),
                "skipped: a file in _posts needs a date in its name to be a post", "name it YYYY-MM-DD-title.md"));

        assertEquals(List.of("[quire] _posts/nodate.md: skipped: a file in _posts needs a date in its name to be a post"
                + " (name it YYYY-MM-DD-title.md)"), log.at("DEBUG"));
        assertEquals(List.of(), log.at("INFO"));
        assertEquals(List.of(), log.at("WARN"));
    }

    @Test
    void formatsShortTimesInMillisecondsAndLongOnesInSeconds() {
        assertEquals("0 ms", MavenBuildListener.format(Duration.ofNanos(300_000)));
        assertEquals("9999 ms", MavenBuildListener.format(Duration.ofMillis(9_999)));
        assertEquals("10.0 s", MavenBuildListener.format(Duration.ofMillis(10_000)));
    }
}
