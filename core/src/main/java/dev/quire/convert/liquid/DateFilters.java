package dev.quire.convert.liquid;

import dev.quire.resolve.Dates;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Jekyll's date filters ({@code Jekyll::Filters::DateFilters}): {@code date_to_xmlschema},
 * {@code date_to_rfc822}, {@code date_to_string} and {@code date_to_long_string}, the last two with
 * the optional {@code "ordinal"} and {@code "US"} arguments. As in Jekyll, the date is shown in the
 * site's zone ({@code Time#localtime} under {@code timezone:}); nil and empty input come back as
 * they are; a string is read as Liquid reads it: {@code now}/{@code today}, digits as seconds
 * since the epoch, anything else as {@code Time.parse} would.
 */
final class DateFilters {

    private static final DateTimeFormatter XMLSCHEMA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private DateFilters() {
    }

    static List<Filter> all(ZoneId zone) {
        return all(zone, ZonedDateTime::now);
    }

    static List<Filter> all(ZoneId zone, Supplier<ZonedDateTime> now) {
        return List.of(
                filter("date_to_xmlschema", zone, now, (date, params) -> XMLSCHEMA.format(date)),
                filter("date_to_rfc822", zone, now, (date, params) -> RFC822.format(date)),
                filter("date_to_string", zone, now, (date, params) -> stringify(date, "MMM", params)),
                filter("date_to_long_string", zone, now, (date, params) -> stringify(date, "MMMM", params)),
                new Date());
    }

    private interface Format {
        String format(ZonedDateTime date, Object[] params);
    }

    private static Filter filter(String name, ZoneId zone, Supplier<ZonedDateTime> now, Format format) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                // Jekyll: return date if date.to_s.empty?
                if (value == null || value instanceof CharSequence text && text.length() == 0) {
                    return value;
                }
                return format.format(time(value, zone, now), params);
            }
        };
    }

    /** {@code stringify_date}: {@code %d MONTH %Y}, or with "ordinal" {@code 1st MONTH %Y} / {@code MONTH 1st, %Y} for "US". */
    static String stringify(ZonedDateTime date, String month, Object[] params) {
        Object type = params.length > 0 ? params[0] : null;
        Object style = params.length > 1 ? params[1] : null;
        String monthName = DateTimeFormatter.ofPattern(month, Locale.ENGLISH).format(date);
        if ("ordinal".equals(type)) {
            int day = date.getDayOfMonth();
            String ordinalDay = day + ordinal(day);
            if ("US".equals(style)) {
                return monthName + " " + ordinalDay + ", " + year(date);
            }
            return ordinalDay + " " + monthName + " " + year(date);
        }
        return String.format(Locale.ROOT, "%02d", date.getDayOfMonth()) + " " + monthName + " " + year(date);
    }

    private static String year(ZonedDateTime date) {
        return DateTimeFormatter.ofPattern("uuuu", Locale.ROOT).format(date);
    }

    static String ordinal(int number) {
        if (number >= 11 && number <= 13) {
            return "th";
        }
        return switch (number % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * Jekyll's {@code time(input)}: {@code Liquid::Utils.to_date(input).to_time.localtime}, or
     * {@code Invalid Date: '...' is not a valid datetime.} when the input is not a date.
     */
    static ZonedDateTime time(Object value, ZoneId zone, Supplier<ZonedDateTime> now) {
        Optional<ZonedDateTime> date = toDate(value, zone, now);
        return date.orElseThrow(() -> new IllegalArgumentException(
                "Invalid Date: '" + inspect(value) + "' is not a valid datetime."));
    }

    private static Optional<ZonedDateTime> toDate(Object value, ZoneId zone, Supplier<ZonedDateTime> now) {
        if (value instanceof Instant instant) {
            return Optional.of(instant.atZone(zone));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte) {
            return epoch(((Number) value).longValue(), zone);
        }
        if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0 && decimal.scale() <= 0) {
            // a Liquid integer literal may reach a filter as a decimal without fraction
            return epoch(decimal.longValue(), zone);
        }
        if (value instanceof CharSequence chars) {
            String text = chars.toString().toLowerCase(Locale.ROOT);
            if (text.equals("now") || text.equals("today")) {
                return Optional.of(now.get().withZoneSameInstant(zone));
            }
            if (DIGITS.matcher(text).matches()) {
                try {
                    return epoch(Long.parseLong(text), zone);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return Dates.parse(chars.toString(), zone);
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            Optional<ZonedDateTime> zoned = Dates.toZoned(value, zone);
            if (zoned.isPresent()) {
                return zoned;
            }
            if (value instanceof TemporalAccessor temporal && temporal.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
                return Optional.of(Instant.from(temporal).atZone(zone));
            }
        }
        return Optional.empty();
    }

    private static Optional<ZonedDateTime> epoch(long seconds, ZoneId zone) {
        try {
            return Optional.of(Instant.ofEpochSecond(seconds).atZone(zone));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Roughly Ruby's {@code inspect}: strings quoted, numbers and the rest as they print. */
    private static String inspect(Object value) {
        if (value instanceof CharSequence text) {
            return "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return String.valueOf(value);
    }
}
