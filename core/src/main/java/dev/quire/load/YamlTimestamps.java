package dev.quire.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML 1.1 timestamps as Ruby's YAML reads them: a date alone is a {@link LocalDate}, a timestamp
 * an {@link OffsetDateTime}, in UTC when it has no offset. Anything else stays text.
 */
final class YamlTimestamps {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
                    + "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    private YamlTimestamps() {
    }

    /** Reads a YAML 1.1 timestamp as Ruby's YAML does: no offset means UTC. */
    static Object parse(String text) {
        Matcher m = TIMESTAMP.matcher(text.trim());
        if (!m.matches()) {
            return text;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (m.group(4) == null) {
                return LocalDate.of(year, month, day);
            }
            int nanos = 0;
            if (m.group(7) != null) {
                String fraction = (m.group(7) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(fraction);
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos);
            return OffsetDateTime.of(local, offset(m.group(8)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return text;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String sign = text.substring(0, 1);
        String digits = text.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        // an impossible offset throws DateTimeException, which parseTimestamp turns into text
        return ZoneOffset.ofHoursMinutes(sign.equals("-") ? -hours : hours, sign.equals("-") ? -minutes : minutes);
    }
}
