package dev.quire.load;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML (front matter, {@code _config.yml}) safely: no arbitrary types, and limits on
 * aliases, nesting and size so that hostile input is an error rather than an out-of-memory.
 *
 * <p>Timestamps keep the distinction Jekyll depends on: a date alone becomes a {@link LocalDate}
 * (midnight in the site's zone later), a timestamp becomes an {@link OffsetDateTime}, in UTC when
 * it has no offset (as Ruby's YAML reads it). Quoted strings stay strings.
 */
public final class Yaml {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
                    + "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    private Yaml() {
    }

    /**
     * Parses a YAML mapping. An empty text gives an empty map.
     *
     * @param text      the YAML text
     * @param file      the file, for messages
     * @param firstLine the line of the file where the YAML text starts (1-based)
     * @throws QuireException when the text is not valid YAML or not a mapping
     */
    public static Map<String, Object> parseMapping(String text, String file, int firstLine) {
        Object value;
        try {
            value = newYaml().load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null) {
                what = e.getContext() + ", " + what;
            }
            throw new QuireException(new SourceLocation(file, line, column), "invalid YAML: " + what,
                    "fix the YAML syntax; quote values that contain ': ', '#', or start with '[', '{', '*', '&'",
                    e);
        } catch (YAMLException e) {
            throw new QuireException(SourceLocation.of(file, firstLine), "invalid YAML: " + e.getMessage(),
                    "simplify the YAML: Quire refuses deep nesting and many aliases", e);
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new QuireException(SourceLocation.of(file, firstLine),
                    "YAML must be a mapping of keys to values, found " + describe(value),
                    "write 'key: value' lines");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, v) -> result.put(String.valueOf(key), v));
        return result;
    }

    private static String describe(Object value) {
        return value instanceof java.util.List ? "a list" : "a single value '" + value + "'";
    }

    private static org.yaml.snakeyaml.Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(8 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        return new org.yaml.snakeyaml.Yaml(new JekyllConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }

    /** SafeConstructor with java.time timestamps. */
    private static final class JekyllConstructor extends SafeConstructor {
        JekyllConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructTimestamp());
        }

        private final class ConstructTimestamp extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String text = ((ScalarNode) node).getValue();
                return parseTimestamp(text);
            }
        }
    }

    /** Reads a YAML 1.1 timestamp as Ruby's YAML does: no offset means UTC. */
    static Object parseTimestamp(String text) {
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
        try {
            return ZoneOffset.ofHoursMinutes(sign.equals("-") ? -hours : hours, sign.equals("-") ? -minutes : minutes);
        } catch (DateTimeParseException e) {
            return ZoneOffset.UTC;
        }
    }
}
