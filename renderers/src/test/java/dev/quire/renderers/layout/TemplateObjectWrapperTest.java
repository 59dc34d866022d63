package dev.quire.renderers.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates in layouts: java.time values become FreeMarker dates, shown in the site's time zone. */
class TemplateObjectWrapperTest {

    /** The build time: later than every post below, so that none of them is in the future. */
    private static final Instant TIME = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aPostDateIsPrintedInTheSiteTimeZone() throws Exception {
        // Unquoted YAML timestamp without offset = UTC (as in Jekyll): 02:00 UTC is 21:00 the day
        // before in New York, which is also the day in the URL.
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_config.yml", "timezone: America/New_York\n")
                .write("_layouts/post.ftlh", "${page.date?string(\"yyyy-MM-dd\")}|${page.date?string(\"HH:mm Z\")}")
                .write("_posts/2024-03-10-late.md", "---\nlayout: post\ndate: 2024-03-10 02:00:00\n---\nx\n");

        site.build();

        assertEquals("2024-03-09|21:00 -0500", site.output("2024/03/09/late.html"));
    }

    @Test
    void aFileNameDateIsMidnightInTheSiteTimeZone() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_config.yml", "timezone: Asia/Tokyo\n")
                .write("_layouts/post.ftlh", "${page.date?string(\"yyyy-MM-dd HH:mm:ss Z\")}")
                .write("_posts/2024-01-31-tokyo.md", "---\nlayout: post\n---\nx\n");

        site.build();

        assertEquals("2024-01-31 00:00:00 +0900", site.output("2024/01/31/tokyo.html"));
    }

    @Test
    void siteTimeIsADate() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_config.yml", "timezone: Europe/Berlin\ntime: 2024-07-01 22:30:00 +0000\n")
                .write("_layouts/default.ftlh", "${site.time?string(\"yyyy-MM-dd HH:mm\")}|${site.time?date?iso_local}")
                .write("index.html", "---\nlayout: default\n---\n");

        site.build();

        assertEquals("2024-07-02 00:30|2024-07-02", site.output("index.html"));
    }

    @Test
    void aDateOnlyFrontMatterValueKeepsItsDayInAnyTimeZone() throws Exception {
        // 'updated' is no date Quire resolves: it stays a YAML date (a LocalDate), which must print
        // as the same day whatever the site's or the JVM's time zone.
        for (String zone : new String[] {"America/Los_Angeles", "UTC", "Pacific/Kiritimati"}) {
            TestSite site = TestSite.create(folder.resolve(zone.replace('/', '_'))).withTime(TIME)
                    .write("_config.yml", "timezone: " + zone + "\n")
                    .write("_layouts/default.ftlh", "${page.updated?string(\"yyyy-MM-dd\")}|${page.updated?is_date_only?c}")
                    .write("page.html", "---\nlayout: default\nupdated: 2024-02-29\n---\n");

            site.build();

            assertEquals("2024-02-29|true", site.output("page.html"), zone);
        }
    }

    @Test
    void aPageDateFromFrontMatterIsADateTime() throws Exception {
        TestSite site = TestSite.create(folder).withTime(TIME)
                .write("_config.yml", "timezone: UTC\n")
                .write("_layouts/default.ftlh", "${page.date?string(\"d MMMM yyyy, HH:mm\")}")
                .write("page.html", "---\nlayout: default\ndate: 2023-12-25 08:15:00 +0100\n---\n");

        site.build();

        assertEquals("25 December 2023, 07:15", site.output("page.html"));
    }
}
