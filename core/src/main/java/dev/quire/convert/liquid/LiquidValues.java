package dev.quire.convert.liquid;

import dev.quire.model.ResolvingMap;
import dev.quire.resolve.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code page} and {@code site} views as Liquid should see them: every date as a
 * {@link ZonedDateTime} in the site's zone, as Jekyll's times are {@code localtime}. A YAML
 * timestamp ({@code 2019-02-05 13:07:09}, UTC) then prints and formats in the site's zone, as
 * Jekyll does, and a YAML date ({@code 2019-03-01}) is midnight in the site's zone, as Jekyll's
 * date filters take it (Liqp would give a {@link LocalDate} the current time of day when printing
 * it, and no hours in {@code date: "%H"}).
 */
final class LiquidValues {

    private final ZoneId zone;
    /** Views already converted, so that a document listed in posts, categories and tags stays one object. */
    private final Map<Object, Object> done = new IdentityHashMap<>();

    private LiquidValues(ZoneId zone) {
        this.zone = zone;
    }

    /** {@code value} with its dates (also inside maps and lists) in {@code zone}; unchanged parts are shared. */
    static Object inZone(Object value, ZoneId zone) {
        return new LiquidValues(zone).convert(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inZone(Map<String, Object> value, ZoneId zone) {
        return (Map<String, Object>) new LiquidValues(zone).convert(value);
    }

    private Object convert(Object value) {
        if (value instanceof ZonedDateTime zoned) {
            return zoned.getZone().equals(zone) ? zoned : zoned.withZoneSameInstant(zone);
        }
        if (value instanceof OffsetDateTime || value instanceof LocalDate || value instanceof LocalDateTime
                || value instanceof java.util.Date) {
            return Dates.toZoned(value, zone).orElseThrow();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            Object seen = done.get(value);
            if (seen != null) {
                return seen;
            }
            Object converted = value instanceof Map<?, ?> map ? map(map) : list((List<?>) value);
            done.put(value, converted);
            return converted;
        }
        return value;
    }

    private Object map(Map<?, ?> map) {
        Map<Object, Object> result = null;
        // A view's entries as they are: converting it is not a template reading it.
        Map<?, ?> entries = map instanceof ResolvingMap view ? view.entries() : map;
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            Object converted = convert(entry.getValue());
            if (converted != entry.getValue() && result == null) {
                result = new LinkedHashMap<>(entries);
            }
            if (result != null) {
                result.put(entry.getKey(), converted);
            }
        }
        if (result == null) {
            return map;
        }
        // Keep deferred values deferred: a copy of a view reads them by key as the view does.
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) (Map<?, ?>) result;
        return map instanceof ResolvingMap view ? view.withValues(copy) : Collections.unmodifiableMap(result);
    }

    private Object list(List<?> list) {
        List<Object> result = null;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Object converted = convert(item);
            if (converted != item && result == null) {
                result = new ArrayList<>(list);
            }
            if (result != null) {
                result.set(i, converted);
            }
        }
        return result == null ? list : Collections.unmodifiableList(result);
    }
}
