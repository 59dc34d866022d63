package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four YAML cases of jekyll-compat.md, with the doc's time zone, America/New_York. */
class DateTransformerTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path root;

    private Document resolve(String path, String content) {
        TestSite site = TestSite.create(root).write(path, content);
        SiteConfig config = TestContexts.config(site.source(), Map.of("timezone", "America/New_York"));
        return TestDocuments.resolve(config, path);
    }

    private Document dated(String path, String content) {
        TestSite site = TestSite.create(root).write(path, content);
        SiteConfig config = TestContexts.config(site.source(), Map.of("timezone", "America/New_York"));
        return new DateTransformer().transform(TestDocuments.load(config, path), TestContexts.resolve(config));
    }

    private static ZonedDateTime ny(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, NEW_YORK);
    }

    @Test
    void filenameDateIsMidnightInTheSiteZone() {
        Document post = dated("movies/horror/_posts/2019-05-21-bride-of-chucky.md", "---\n---\n");

        assertEquals(ny(2019, 5, 21, 0), post.date());
        assertEquals("-04:00", post.date().getOffset().getId());
    }

    @Test
    void unquotedTimestampIsUtcShownInTheSiteZone() {
        Document post = dated("_posts/2019-05-25-stamp.md", "---\ndate: 2019-05-25 10:00:00\n---\n");

        assertEquals(ny(2019, 5, 25, 6), post.date());
    }

    @Test
    void quotedTimestampIsInTheSiteZone() {
        Document post = dated("_posts/2019-05-25-quoted.md", "---\ndate: \"2019-05-25 10:00:00\"\n---\n");

        assertEquals(ny(2019, 5, 25, 10), post.date());
    }

    @Test
    void unquotedDateIsMidnightInTheSiteZone() {
        Document post = dated("_posts/2019-05-20-day.md", "---\ndate: 2019-05-26\n---\n");

        assertEquals(ny(2019, 5, 26, 0), post.date(), "front matter wins over the file name");
    }

    @Test
    void explicitOffsetIsConvertedToTheSiteZone() {
        Document post = dated("_posts/2019-05-25-offset.md", "---\ndate: 2019-05-25 10:00:00 +0200\n---\n");

        assertEquals(ny(2019, 5, 25, 4), post.date());
    }

    @Test
    void earlyUtcTimestampLandsOnThePreviousDayInNewYork() {
        Document post = resolve("_posts/2019-05-24-early.md", "---\ndate: 2019-05-24 02:00:00\n---\n");

        assertEquals(ny(2019, 5, 23, 22), post.date());
        assertEquals("/2019/05/23/early.html", post.url());
        assertEquals("2019/05/23/early.html", post.route().outputPath());
    }

    @Test
    void pagesWithoutDateHaveNone() {
        assertNull(dated("about.md", "---\ntitle: About\n---\n").date());
    }

    @Test
    void pageKeepsADateThatIsNotADateAsWritten() {
        Document page = dated("about.md", "---\ndate: sometime in spring\n---\n");

        assertNull(page.date());
        assertEquals("sometime in spring", page.data().get("date"));
    }

    @Test
    void pageWithFrontMatterDateGetsIt() {
        assertEquals(ny(2019, 5, 26, 0), dated("about.md", "---\ndate: 2019-05-26\n---\n").date());
    }

    @Test
    void undatedDraftGetsItsModificationTime() throws IOException {
        TestSite site = TestSite.create(root).write("_drafts/wip.md", "---\n---\n");
        Instant mtime = Instant.parse("2020-02-03T04:05:06Z");
        Files.setLastModifiedTime(site.file("_drafts/wip.md"), FileTime.from(mtime));
        SiteConfig config = TestContexts.config(site.source(), Map.of("timezone", "America/New_York"));

        Document draft = new DateTransformer().transform(TestDocuments.load(config, "_drafts/wip.md"),
                TestContexts.resolve(config));

        assertEquals(mtime.atZone(NEW_YORK), draft.date());
    }

    @Test
    void invalidDateInFileNameGivesJekyllsMessage() {
        QuireException e = assertThrows(QuireException.class,
                () -> dated("_posts/2019-13-45-bad.md", "---\n---\n"));

        assertEquals("_posts/2019-13-45-bad.md", e.problem().location().file());
        assertEquals("Invalid date '2019-13-45': Document '_posts/2019-13-45-bad.md' does not have a valid date"
                + " in the filename.", e.problem().message());
    }

    @Test
    void invalidDateInFrontMatterGivesJekyllsMessageAndTheLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> dated("_posts/2019-05-21-bad.md", "---\ntitle: Bad\ndate: next tuesday\n---\n"));

        assertEquals("_posts/2019-05-21-bad.md", e.problem().location().file());
        assertEquals(3, e.problem().location().line());
        assertEquals("Invalid date 'next tuesday': Document '_posts/2019-05-21-bad.md' does not have a valid date"
                + " in the YAML front matter.", e.problem().message());
    }

    @Test
    void dayThirtyOfFebruaryRollsOverAsRubysTimeDoes() {
        assertEquals(ny(2019, 3, 2, 0), dated("_posts/2019-02-30-late.md", "---\n---\n").date(),
                "Jekyll 4.3.1 publishes _posts/2019-02-30-x.md at /2019/03/02/x.html");
        assertEquals(ny(2019, 3, 2, 0), dated("_posts/2019-01-01-fm.md", "---\ndate: 2019-02-30\n---\n").date());
        assertEquals(ny(2019, 3, 2, 0), dated("_posts/2019-01-01-fq.md", "---\ndate: \"2019-02-30\"\n---\n").date());
    }

    @Test
    void aDayAfterTheThirtyFirstIsInvalid() {
        QuireException e = assertThrows(QuireException.class, () -> dated("_posts/2019-12-32-x.md", "---\n---\n"));

        assertEquals("_posts/2019-12-32-x.md", e.problem().location().file());
        assertEquals("Invalid date '2019-12-32': Document '_posts/2019-12-32-x.md' does not have a valid date"
                + " in the filename.", e.problem().message());
    }

    @Test
    void nonsenseInFrontMatterNamesFileAndLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> dated("_posts/2019-01-01-x.md", "---\ntitle: X\nauthor: me\ndate: nonsense\n---\n"));

        assertEquals("_posts/2019-01-01-x.md:4:1", e.problem().location().toString());
        assertEquals("Invalid date 'nonsense': Document '_posts/2019-01-01-x.md' does not have a valid date"
                + " in the YAML front matter.", e.problem().message());
    }

    @Test
    void aPageKeepsADateItCannotRead() {
        assertEquals("nonsense", dated("page.md", "---\ndate: nonsense\n---\n").data().get("date"),
                "Jekyll builds a page whose date is not a date");
    }
}
