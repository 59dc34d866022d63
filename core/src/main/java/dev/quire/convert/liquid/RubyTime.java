package dev.quire.convert.liquid;

import dev.quire.resolve.Dates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import liqp.LValue;
import liqp.TemplateContext;

/** Ruby's {@code Time#to_s}: {@code 2019-02-12 00:00:00 +0000}, in the site's zone. */
final class RubyTime {

    /** {@code %Y-%m-%d %H:%M:%S %z}: the offset as {@code +0000}, never {@code Z}. */
    static final DateTimeFormatter TO_S = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);

    private RubyTime() {
    }

    static String toS(Object value, ZoneId zone, TemplateContext context) {
        ZonedDateTime date = Dates.toZoned(value, zone).orElse(null);
        if (date == null && value instanceof Instant instant) {
            date = instant.atZone(zone);
        }
        if (date == null && value instanceof TemporalAccessor temporal
                && temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
            date = Instant.from(temporal).atZone(zone);
        }
        if (date == null) {
            date = LValue.asRubyDate(value, context);
        }
        return TO_S.format(date);
    }
}
