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

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{2,4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?"
                    + "(?:\\s*(Z|UTC|GMT|[-+]\\d{2}:?\\d{2}|[-+]\\d{2}))?");

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

    /** Parses {@code YYYY-MM-DD[ HH:MM[:SS[.fff]]][ offset]}; without an offset, in {@code zone}. */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(1).length() == 2) {
                year += year < 69 ? 2000 : 1900;
            }
            LocalDateTime local = LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9)));
            String offset = m.group(8);
            if (offset == null) {
                return Optional.of(local.atZone(zone));
            }
            ZoneOffset parsed = switch (offset) {
                case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
                default -> ZoneOffset.of(offset.length() == 5 && !offset.contains(":")
                        ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            };
            return Optional.of(local.atOffset(parsed).atZoneSameInstant(zone));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
