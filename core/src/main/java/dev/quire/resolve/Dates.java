package dev.quire.resolve;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns front-matter date values into instants in the site's zone, with Jekyll's rules for each
 * YAML type: a timestamp is an instant (UTC when it had no offset), a date is midnight in the site
 * zone, and a string is read like Ruby's {@code Time.parse}: in the site zone unless it names an
 * offset.
 */
public final class Dates {

    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?";
    /** Offsets, and the zone names Ruby's {@code Time.parse} knows that real sites write. */
    private static final String ZONE = "(?:\\s*(Z|UTC|GMT|UT|[ECMP][SD]T|[-+]\\d{2}:?\\d{2}|[-+]\\d{2}))?";
    /** {@code 2019-05-25 10:00:00 +0200}, also with {@code T} and with {@code /} between the date's parts. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{2,4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:(?:T|\\s+)" + TIME + ")?" + ZONE, Pattern.CASE_INSENSITIVE);
    /**
     * Dates with month names, as Ruby reads them: {@code Sat, 25 May 2019 10:00:00 +0000} (RFC 2822,
     * as feeds and WordPress exports write it), {@code 25 May 2019}, {@code May 25, 2019 10:00}.
     */
    private static final Pattern WORDY = Pattern.compile(
            "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                    + "(?:(\\d{1,2})\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})|([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))"
                    + "(?:,?\\s+" + TIME + ")?" + ZONE, Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private Dates() {
    }

    /** The value as a date in {@code zone}, or empty when it is not a date. */
    public static Optional<ZonedDateTime> toZoned(Object value, ZoneId zone) {
        if (value instanceof OffsetDateTime offset) {
            return Optional.of(offset.atZoneSameInstant(zone));
        }
        if (value instanceof ZonedDateTime zoned) {
            return Optional.of(zoned.withZoneSameInstant(zone));
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date.atStartOfDay(zone));
        }
        if (value instanceof LocalDateTime local) {
            return Optional.of(local.atZone(zone));
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(zone));
        }
        if (value instanceof String text) {
            return parse(text, zone);
        }
        return Optional.empty();
    }

    /**
     * Parses what Jekyll's {@code Time.parse} accepts in practice: {@code YYYY-MM-DD} (or with
     * {@code /}) with an optional time ({@code HH:MM[:SS[.fff]]}, after a space or {@code T}), or a
     * date with an English month name ({@code 25 May 2019}, {@code May 25, 2019}, RFC 2822 with a
     * weekday); then an optional offset ({@code Z}, {@code +02}, {@code +0200}, {@code +02:00}) or
     * zone name ({@code UTC}, {@code GMT}, {@code EST}, {@code PDT}, ... with their fixed offsets,
     * as Ruby reads them). Without one, the time is in {@code zone}.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        String trimmed = text.strip();
        Matcher m = DATE_TIME.matcher(trimmed);
        if (m.matches()) {
            return build(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), m.group(9),
                    zone);
        }
        m = WORDY.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean dayFirst = m.group(1) != null;
        String month = month(dayFirst ? m.group(2) : m.group(4));
        if (month == null) {
            return Optional.empty();
        }
        return build(dayFirst ? m.group(3) : m.group(6), month, dayFirst ? m.group(1) : m.group(5), m.group(7),
                m.group(8), m.group(9), m.group(10), m.group(11), zone);
    }

    /** The month number of an English month name or its abbreviation ({@code May}, {@code Sept}), or null. */
    private static String month(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].startsWith(lower)) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    private static Optional<ZonedDateTime> build(String yearText, String month, String day, String hour, String minute,
            String second, String fraction, String offset, ZoneId zone) {
        try {
            int year = Integer.parseInt(yearText);
            if (yearText.length() == 2) {
                year += year < 69 ? 2000 : 1900;
            }
            LocalDateTime local = rubyLocal(year, Integer.parseInt(month), Integer.parseInt(day),
                    hour == null ? 0 : Integer.parseInt(hour),
                    minute == null ? 0 : Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second),
                    fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9)));
            if (local == null) {
                return Optional.empty();
            }
            if (offset == null) {
                return Optional.of(local.atZone(zone));
            }
            return Optional.of(local.atOffset(offset(offset)).atZoneSameInstant(zone));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Ruby's {@code Time.local}: each field is checked against its own range only (a day up to 31
     * in any month, hour 24, second 60) and the result rolls over, so {@code 2019-02-30} is
     * March 2nd, as Jekyll publishes it; anything outside those ranges is {@code null}.
     */
    static LocalDateTime rubyLocal(int year, int month, int day, int hour, int minute, int second, int nanos) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || minute < 0 || minute > 59
                || second < 0 || second > 60 || (hour == 24 && (minute > 0 || second > 0))) {
            return null;
        }
        return LocalDateTime.of(year, month, 1, 0, 0, 0, nanos)
                .plusDays(day - 1L).plusHours(hour).plusMinutes(minute).plusSeconds(second);
    }

    private static ZoneOffset offset(String offset) {
        return switch (offset.toUpperCase(java.util.Locale.ROOT)) {
            case "Z", "UTC", "GMT", "UT" -> ZoneOffset.UTC;
            case "EDT" -> ZoneOffset.ofHours(-4);
            case "EST", "CDT" -> ZoneOffset.ofHours(-5);
            case "CST", "MDT" -> ZoneOffset.ofHours(-6);
            case "MST", "PDT" -> ZoneOffset.ofHours(-7);
            case "PST" -> ZoneOffset.ofHours(-8);
            default -> ZoneOffset.of(offset.length() == 5 && !offset.contains(":")
                    ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
        };
    }
}
