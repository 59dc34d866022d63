package dev.quire.convert.liquid;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import liqp.LValue;
import liqp.Template;
import liqp.TemplateContext;
import liqp.filters.Filter;
import liqp.nodes.AtomNode;
import liqp.parser.LiquidSupport;

/**
 * Jekyll's array filters ({@code Jekyll::Filters} and {@code GroupingFilters}) where Liqp has none
 * or behaves otherwise: {@code where}, {@code where_exp}, {@code find}, {@code find_exp},
 * {@code group_by}, {@code sort} (Ruby's {@code Array#sort}, or by a property with nils
 * {@code "first"} or {@code "last"}) and {@code inspect}. Liqp's {@code push}, {@code pop}, {@code shift} and {@code unshift} already
 * print what Jekyll does and are kept. Inputs are never changed: results are new lists.
 * <p>
 * A property is read as Jekyll's {@code item_property} does: a dotted path into hashes, and a value
 * that looks like an integer or a float ({@code "25"}, {@code " 1.5 "}) taken as that number.
 * Values are compared as Ruby's {@code to_s} prints them.
 */
final class ArrayFilters {

    private static final Pattern INTEGER_LIKE = Pattern.compile("\\s*-?\\d+\\s*");
    private static final Pattern FLOAT_LIKE = Pattern.compile("\\s*-?(?:\\d+\\.?\\d*|\\.\\d+)\\s*");

    private ArrayFilters() {
    }

    static List<Filter> all(ZoneId zone) {
        return List.of(where(zone), whereExp(), find(zone), findExp(), groupBy(zone), sort(zone), inspect(zone));
    }

    /** {@code where: property, value}: the items whose property is the value, or an array that holds it. */
    static Filter where(ZoneId zone) {
        return byProperty("where", false, zone);
    }

    /** {@code find: property, value}: the first item {@code where} would keep, or nil. */
    static Filter find(ZoneId zone) {
        return byProperty("find", true, zone);
    }

    /** {@code where} or {@code find}; without a property, or with an array or hash as the value, the input. */
    private static Filter byProperty(String name, boolean firstOnly, ZoneId zone) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                Object property = params.length > 0 ? params[0] : null;
                Object target = params.length > 1 ? params[1] : null;
                if (!truthy(property) || isArray(target) || target instanceof Map<?, ?>) {
                    return value;
                }
                return select(value, firstOnly, () -> matching(this, context, zone, property, target));
            }
        };
    }

    /**
     * What {@code where}, {@code find}, {@code where_exp} and {@code find_exp} share: the items the
     * test keeps (or only the first, or nil), or the input itself when it holds no items to select.
     * The test is made only when there are items, as Jekyll evaluates its arguments.
     */
    private static Object select(Object value, boolean firstOnly, Supplier<Predicate<Object>> test) {
        Collection<?> items = selectable(value);
        if (items == null) {
            return value;
        }
        Predicate<Object> keep = test.get();
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            if (keep.test(item)) {
                if (firstOnly) {
                    return item;
                }
                kept.add(item);
            }
        }
        return firstOnly ? null : kept;
    }

    /** The test of {@code where} and {@code find}: the item's property is the value, or holds it. */
    private static Predicate<Object> matching(Filter filter, TemplateContext context, ZoneId zone, Object property,
            Object target) {
        Ruby ruby = new Ruby(filter, context, zone);
        String name = filter.asString(property, context);
        return item -> ruby.matches(ruby.itemProperty(item, name), target);
    }

    /** {@code where_exp: "item", "condition"}: the items for which the condition (as in {@code if}) holds. */
    static Filter whereExp() {
        return new Filter("where_exp") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return select(value, false, () -> new Condition(this, context, params)::test);
            }
        };
    }

    /** {@code find_exp: "item", "condition"}: the first item for which the condition holds, or nil. */
    static Filter findExp() {
        return new Filter("find_exp") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return select(value, true, () -> new Condition(this, context, params)::test);
            }
        };
    }

    /**
     * {@code group_by: property}: one hash per value of the property (as Ruby prints it, nil as
     * {@code ""}), in the order the values first appear, with {@code name}, {@code items} and
     * {@code size}.
     */
    static Filter groupBy(ZoneId zone) {
        return new Filter("group_by") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (!(isArray(value) || value instanceof Map<?, ?>)) {
                    return value;
                }
                if (value instanceof Map<?, ?> map) {
                    // Ruby groups a hash's [key, value] pairs, whose property it cannot read
                    if (map.isEmpty()) {
                        return new ArrayList<>();
                    }
                    throw new RuntimeException("no implicit conversion of String into Integer");
                }
                Ruby ruby = new Ruby(this, context, zone);
                String name = params.length > 0 ? asString(params[0], context) : "";
                Map<String, List<Object>> groups = new LinkedHashMap<>();
                for (Object item : asArray(value, context)) {
                    groups.computeIfAbsent(ruby.toS(ruby.itemProperty(item, name)), k -> new ArrayList<>()).add(item);
                }
                List<Object> result = new ArrayList<>();
                for (Map.Entry<String, List<Object>> group : groups.entrySet()) {
                    Map<String, Object> hash = new LinkedHashMap<>();
                    hash.put("name", group.getKey());
                    hash.put("items", Collections.unmodifiableList(group.getValue()));
                    hash.put("size", group.getValue().size());
                    result.add(Collections.unmodifiableMap(hash));
                }
                return result;
            }
        };
    }

    /**
     * {@code sort}, {@code sort: property}, {@code sort: property, "last"}: without a property
     * Ruby's {@code Array#sort} (numbers of any kind together, strings by code point, arrays item by
     * item, failing on values that do not compare, where Liqp's fails on integers with floats); with one, items without it first (or last), the others by
     * Ruby's {@code <=>}, else by their text.
     */
    static Filter sort(ZoneId zone) {
        return new Filter("sort") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (value == null) {
                    throw new RuntimeException("Cannot sort a null object.");
                }
                if (params.length == 0 || params[0] == null) {
                    return new Ruby(this, context, zone).sort(value);
                }
                String nils = params.length > 1 ? asString(params[1], context) : "first";
                int order = switch (nils) {
                    case "first" -> -1;
                    case "last" -> 1;
                    default -> throw new RuntimeException("Invalid nils order: '" + nils
                            + "' is not a valid nils order. It must be 'first' or 'last'.");
                };
                if (value instanceof Map<?, ?> map) {
                    // Ruby sorts a hash's [key, value] pairs, whose property it cannot read
                    if (map.isEmpty()) {
                        return new ArrayList<>();
                    }
                    throw new RuntimeException("no implicit conversion of String into Integer");
                }
                Ruby ruby = new Ruby(this, context, zone);
                String name = asString(params[0], context);
                List<Object[]> keyed = new ArrayList<>();
                for (Object item : asArray(value, context)) {
                    keyed.add(new Object[] {ruby.itemProperty(item, name), item});
                }
                keyed.sort((a, b) -> {
                    if (a[0] != null && b[0] == null) {
                        return -order;
                    }
                    if (a[0] == null && b[0] != null) {
                        return order;
                    }
                    Integer compared = ruby.compare(a[0], b[0]);
                    return compared != null ? compared : compareText(ruby.toS(a[0]), ruby.toS(b[0]));
                });
                List<Object> result = new ArrayList<>(keyed.size());
                for (Object[] pair : keyed) {
                    result.add(pair[1]);
                }
                return result;
            }
        };
    }

    /** {@code xml_escape(input.inspect)}: Ruby's {@code inspect}, XML-escaped. */
    static Filter inspect(ZoneId zone) {
        return new Filter("inspect") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return TextFilters.xmlEscape(new Ruby(this, context, zone).inspect(value));
            }
        };
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    /** What Ruby's {@code select}/{@code find} runs over: an array, a hash's values; null for the rest. */
    private static Collection<?> selectable(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values();
        }
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            iterable.forEach(list::add);
            return list;
        }
        return null;
    }

    /** Ruby's {@code String#<=>}: by code point (the order of their UTF-8 bytes). */
    private static int compareText(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A {@code where_exp} condition: {@code {% if condition %}} with the item as {@code variable}. */
    private static final class Condition {
        private final TemplateContext context;
        private final String variable;
        private final Template template;

        Condition(LValue values, TemplateContext context, Object... params) {
            this.context = context;
            this.variable = params.length > 0 ? values.asString(params[0], context) : "";
            String expression = params.length > 1 ? values.asString(params[1], context) : "";
            this.template = context.getParser().parse("{% if " + expression + " %}true{% endif %}");
        }

        boolean test(Object item) {
            Map<String, Object> scope = new java.util.HashMap<>();
            scope.put(variable, item);
            return "true".equals(template.renderUnguarded(scope, context, true));
        }
    }

    /** Ruby's view of Liquid values: {@code to_s}, {@code inspect}, {@code <=>} and Jekyll's {@code item_property}. */
    private static final class Ruby {
        private final LValue values;
        private final TemplateContext context;
        private final ZoneId zone;

        Ruby(LValue values, TemplateContext context, ZoneId zone) {
            this.values = values;
            this.context = context;
            this.zone = zone;
        }

        /**
         * Jekyll's {@code item_property}: {@code item[property]}, or for a dotted path each key in
         * turn, {@code false} once a value has no {@code []} (nil, a boolean, a time, a float).
         */
        Object itemProperty(Object item, String property) {
            if (!property.contains(".")) {
                return parseSortInput(index(item, property));
            }
            Object current = item;
            for (String key : property.split("\\.")) {
                current = hasIndex(current) ? index(current, key) : Boolean.FALSE;
            }
            return parseSortInput(current);
        }

        private static boolean hasIndex(Object value) {
            return value instanceof Map<?, ?> || value instanceof LiquidSupport || value instanceof CharSequence
                    || value instanceof Collection<?> || value instanceof Object[] || value instanceof Integer
                    || value instanceof Long || value instanceof BigInteger
                    || value instanceof BigDecimal decimal && decimal.scale() <= 0;
        }

        /** Ruby's {@code value[key]} for a string key. */
        private Object index(Object value, String key) {
            if (value instanceof LiquidSupport support) {
                value = support.toLiquid();
            }
            if (value instanceof Map<?, ?> map) {
                return map.get(key);
            }
            if (value instanceof CharSequence text) {
                // String#[](string): the string itself when it occurs
                return text.toString().contains(key) ? key : null;
            }
            if (value == null || value instanceof Boolean || !hasIndex(value)) {
                throw new RuntimeException("undefined method `[]' for " + inspect(value));
            }
            throw new RuntimeException("no implicit conversion of String into Integer");
        }

        /** Jekyll's {@code parse_sort_input}: what looks like an integer or a float becomes one. */
        Object parseSortInput(Object value) {
            if (value == null) {
                return null;
            }
            String text = toS(value);
            if (INTEGER_LIKE.matcher(text).matches()) {
                String digits = text.strip();
                return value instanceof Long || value instanceof Integer ? value : new BigInteger(digits);
            }
            if (FLOAT_LIKE.matcher(text).matches()) {
                return value instanceof Double ? value : Double.parseDouble(text.strip());
            }
            return value;
        }

        /** Jekyll's {@code compare_property_vs_target}. */
        boolean matches(Object property, Object target) {
            if (target == null) {
                return property == null;
            }
            if (AtomNode.isEmpty(target) || AtomNode.isBlank(target)) {
                // `empty` and `blank` print as "": an empty string, nil or an array that joins to ""
                return "".equals(property) || join(property).isEmpty();
            }
            String expected = toS(target);
            if (property instanceof CharSequence) {
                return property.toString().equals(expected);
            }
            for (Object item : rubyArray(property)) {
                if (toS(item).equals(expected)) {
                    return true;
                }
            }
            return false;
        }

        /** Ruby's {@code Array(value).join}: nested arrays flattened. */
        private String join(Object value) {
            StringBuilder out = new StringBuilder();
            for (Object item : rubyArray(value)) {
                out.append(values.isArray(item) ? join(item) : toS(item));
            }
            return out.toString();
        }

        /** Ruby's {@code Array(value)}. */
        private List<?> rubyArray(Object value) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof Map<?, ?> map) {
                List<Object> pairs = new ArrayList<>();
                map.forEach((k, v) -> pairs.add(Arrays.asList(k, v)));
                return pairs;
            }
            if (values.isArray(value)) {
                return Arrays.asList(values.asArray(value, context));
            }
            if (instant(value) != null) {
                // Time#to_a: [sec, min, hour, day, month, year, wday, yday, isdst, zone]
                java.time.ZonedDateTime t = instant(value).atZone(zone);
                return Arrays.asList(t.getSecond(), t.getMinute(), t.getHour(), t.getDayOfMonth(), t.getMonthValue(),
                        t.getYear(), t.getDayOfWeek().getValue() % 7, t.getDayOfYear(),
                        zone.getRules().isDaylightSavings(t.toInstant()),
                        java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(t));
            }
            return List.of(value);
        }

        String toS(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof CharSequence text) {
                return text.toString();
            }
            if (value instanceof Map<?, ?> || values.isArray(value)) {
                return inspect(value);
            }
            return scalar(value);
        }

        /** Numbers, booleans, times as Ruby prints them; the rest as Liquid does. */
        private String scalar(Object value) {
            if (value instanceof Double || value instanceof Float) {
                return RubyJson.rubyFloat(((Number) value).doubleValue());
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : RubyJson.rubyFloat(decimal.doubleValue());
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
                return RubyTime.toS(value, zone, context);
            }
            return values.asString(value, context);
        }

        String inspect(Object value) {
            if (value == null) {
                return "nil";
            }
            if (value instanceof LiquidSupport support) {
                value = support.toLiquid();
            }
            if (value instanceof CharSequence text) {
                return inspectString(text.toString());
            }
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (out.length() > 1) {
                        out.append(", ");
                    }
                    out.append(inspect(entry.getKey())).append("=>").append(inspect(entry.getValue()));
                }
                return out.append('}').toString();
            }
            if (values.isArray(value)) {
                StringBuilder out = new StringBuilder("[");
                for (Object item : values.asArray(value, context)) {
                    if (out.length() > 1) {
                        out.append(", ");
                    }
                    out.append(inspect(item));
                }
                return out.append(']').toString();
            }
            return scalar(value);
        }

        /** Ruby's {@code String#inspect} for UTF-8 text. */
        private static String inspectString(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\f' -> out.append("\\f");
                    case 0x0B -> out.append("\\v");
                    case 0x08 -> out.append("\\b");
                    case 0x07 -> out.append("\\a");
                    case 0x1B -> out.append("\\e");
                    case '#' -> {
                        char next = i < text.length() ? text.charAt(i) : 0;
                        out.append(next == '{' || next == '$' || next == '@' ? "\\#" : "#");
                    }
                    default -> {
                        if (printable(c)) {
                            out.appendCodePoint(c);
                        } else {
                            out.append(String.format(java.util.Locale.ROOT, c > 0xFFFF ? "\\u{%X}" : "\\u%04X", c));
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        private static boolean printable(int c) {
            int type = Character.getType(c);
            return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
        }

        /** Ruby's {@code Array#sort} (and {@code Hash#sort}: its [key, value] pairs); it fails where Ruby does. */
        List<Object> sort(Object value) {
            List<Object> items = new ArrayList<>();
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> items.add(Arrays.asList(k, v)));
            } else if (values.isArray(value)) {
                items.addAll(Arrays.asList(values.asArray(value, context)));
            } else {
                throw new RuntimeException("undefined method `sort' for " + inspect(value));
            }
            items.sort((a, b) -> {
                Integer c = compare(a, b);
                if (c == null) {
                    throw new RuntimeException("Liquid error: comparison of " + rubyClass(a) + " with " + inspect(b) + " failed");
                }
                return c;
            });
            return items;
        }

        private String rubyClass(Object value) {
            if (value == null) {
                return "NilClass";
            }
            if (value instanceof Boolean b) {
                return b ? "TrueClass" : "FalseClass";
            }
            if (value instanceof CharSequence) {
                return "String";
            }
            if (value instanceof Double || value instanceof Float
                    || value instanceof BigDecimal d && d.scale() > 0) {
                return "Float";
            }
            if (value instanceof Number) {
                return "Integer";
            }
            if (value instanceof Map<?, ?>) {
                return "Hash";
            }
            if (values.isArray(value)) {
                return "Array";
            }
            return instant(value) != null ? "Time" : value.getClass().getSimpleName();
        }

        /** Ruby's {@code a <=> b}; null where Ruby gives nil (the values do not compare). */
        Integer compare(Object a, Object b) {
            if (a == null || b == null) {
                return a == b ? 0 : null;
            }
            if (a instanceof Number && b instanceof Number) {
                if (!Double.isFinite(((Number) a).doubleValue()) || !Double.isFinite(((Number) b).doubleValue())) {
                    return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
                }
                return number(a).compareTo(number(b));
            }
            if (a instanceof CharSequence && b instanceof CharSequence) {
                return compareText(a.toString(), b.toString());
            }
            if (a instanceof Boolean && b instanceof Boolean) {
                return a.equals(b) ? 0 : null;
            }
            Instant ia = instant(a);
            Instant ib = instant(b);
            if (ia != null && ib != null) {
                return ia.compareTo(ib);
            }
            if (values.isArray(a) && values.isArray(b)) {
                Object[] xa = values.asArray(a, context);
                Object[] xb = values.asArray(b, context);
                for (int i = 0; i < Math.min(xa.length, xb.length); i++) {
                    Integer c = compare(xa[i], xb[i]);
                    if (c == null || c != 0) {
                        return c;
                    }
                }
                return Integer.compare(xa.length, xb.length);
            }
            return a.equals(b) ? 0 : null;
        }

        private static BigDecimal number(Object n) {
            if (n instanceof BigDecimal d) {
                return d;
            }
            if (n instanceof BigInteger i) {
                return new BigDecimal(i);
            }
            if (n instanceof Double || n instanceof Float) {
                return new BigDecimal(((Number) n).doubleValue());
            }
            return BigDecimal.valueOf(((Number) n).longValue());
        }

        private static Instant instant(Object value) {
            if (value instanceof java.util.Date date) {
                return date.toInstant();
            }
            if (value instanceof TemporalAccessor t && t.isSupported(ChronoField.INSTANT_SECONDS)) {
                return Instant.from(t);
            }
            return null;
        }
    }
}
