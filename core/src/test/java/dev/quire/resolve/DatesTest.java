package dev.quire.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ZonedDateTime ny(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, NEW_YORK);
    }

    @Test
    void yamlTimestampIsAnInstantShownInTheSiteZone() {
        // unquoted "date: 2019-05-25 10:00:00" (YAML timestamp, UTC) => 06:00 -0400
        ZonedDateTime date = Dates.toZoned(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC), NEW_YORK)
                .orElseThrow();

        assertEquals(ny(2019, 5, 25, 6, 0, 0), date);
        assertEquals(NEW_YORK, date.getZone());
    }

    @Test
    void quotedStringIsReadInTheSiteZone() {
        // quoted "date: '2019-05-25 10:00:00'" => 10:00 -0400
        assertEquals(ny(2019, 5, 25, 10, 0, 0), Dates.toZoned("2019-05-25 10:00:00", NEW_YORK).orElseThrow());
    }

    @Test
    void yamlDateIsMidnightInTheSiteZone() {
        // unquoted "date: 2019-05-26" => 2019-05-26 00:00 -0400
        assertEquals(ny(2019, 5, 26, 0, 0, 0), Dates.toZoned(LocalDate.of(2019, 5, 26), NEW_YORK).orElseThrow());
    }

    @Test
    void explicitOffsetIsThatInstant() {
        ZonedDateTime expected = ny(2019, 5, 25, 12, 0, 0);

        assertEquals(expected, Dates.toZoned("2019-05-25 10:00:00 -0600", NEW_YORK).orElseThrow());
        assertEquals(expected, Dates.toZoned("2019-05-25 10:00:00 -06:00", NEW_YORK).orElseThrow());
        assertEquals(expected, Dates.toZoned("2019-05-25T16:00:00Z", NEW_YORK).orElseThrow());
        assertEquals(expected, Dates.toZoned("2019-05-25 16:00:00 UTC", NEW_YORK).orElseThrow());
        assertEquals(expected,
                Dates.toZoned(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.ofHours(-6)), NEW_YORK)
                        .orElseThrow());
    }

    @Test
    void otherJavaDateTypes() {
        assertEquals(ny(2019, 5, 25, 10, 0, 0),
                Dates.toZoned(LocalDateTime.of(2019, 5, 25, 10, 0), NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 6, 0, 0),
                Dates.toZoned(Date.from(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC).toInstant()),
                        NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 6, 0, 0),
                Dates.toZoned(ZonedDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC), NEW_YORK).orElseThrow());
    }

    @Test
    void stringFormsOfDates() {
        assertEquals(ny(2019, 5, 21, 0, 0, 0), Dates.parse("2019-05-21", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 21, 0, 0, 0), Dates.parse("2019-5-21", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 21, 9, 30, 0), Dates.parse("2019-05-21 09:30", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 21, 9, 30, 15), Dates.parse(" 2019-05-21 9:30:15 ", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 1, 0, 0, 0), Dates.parse("19-5-1", NEW_YORK).orElseThrow(), "two-digit year");
    }

    @Test
    void formsRubysTimeParseAlsoReads() {
        // Each verified with Jekyll 4.3.1 (timezone: America/New_York); zone names have fixed offsets.
        assertEquals(ny(2019, 5, 25, 14, 0, 0), Dates.parse("2019-05-25 10:00:00 PST", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 11, 0, 0), Dates.parse("2019-05-25 10:00:00 EST", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 6, 0, 0),
                Dates.parse("Sat, 25 May 2019 10:00:00 +0000", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 0, 0, 0), Dates.parse("May 25, 2019", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 10, 0, 0), Dates.parse("25 May 2019 10:00", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 10, 0, 0), Dates.parse("2019/05/25 10:00", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 5, 25, 4, 0, 0), Dates.parse("2019-05-25 10:00:00 +02", NEW_YORK).orElseThrow());
        assertEquals(ny(2019, 9, 2, 0, 0, 0), Dates.parse("Sept 2, 2019", NEW_YORK).orElseThrow());
    }

    @Test
    void invalidDatesAreEmpty() {
        assertTrue(Dates.parse("2019-05", NEW_YORK).isEmpty(), "Jekyll: Invalid date '2019-05'");
        assertTrue(Dates.parse("2019-05/25", NEW_YORK).isEmpty());
        assertTrue(Dates.parse("Mayo 25, 2019", NEW_YORK).isEmpty());
        assertTrue(Dates.parse("2019-13-45", NEW_YORK).isEmpty());
        assertTrue(Dates.parse("yesterday", NEW_YORK).isEmpty());
        assertTrue(Dates.parse("", NEW_YORK).isEmpty());
        assertTrue(Dates.toZoned(42, NEW_YORK).isEmpty());
        assertTrue(Dates.toZoned(true, NEW_YORK).isEmpty());
    }
}
