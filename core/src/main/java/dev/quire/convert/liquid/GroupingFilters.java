package dev.quire.convert.liquid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import liqp.Template;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Jekyll's {@code group_by_exp} and {@code sample}.
 * <p>
 * {@code sample} is random in Jekyll. Quire keeps builds reproducible: the choice is random-looking
 * but seeded by the page's path, the input's size and the count asked for, so a page samples the
 * same items in every build, whatever the thread count.
 */
final class GroupingFilters {

    /** The value the expression of a {@code group_by_exp} evaluated to, handed over by {@link #KEEP}. */
    private static final ThreadLocal<Object> KEPT = new ThreadLocal<>();
    private static final String KEEP_NAME = "quire_group_key";

    /** Internal: stores its input for {@code group_by_exp} and prints nothing. */
    private static final Filter KEEP = new Filter(KEEP_NAME) {
        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            KEPT.set(value);
            return "";
        }
    };

    private GroupingFilters() {
    }

    static List<Filter> all() {
        return List.of(groupByExp(), sample(), KEEP);
    }

    /**
     * {@code group_by_exp: "item", "expression"}: groups by the value of the expression (with filters,
     * as in {@code {{ }}}), in the order the values first appear; each group a hash with
     * {@code name} (the value itself, not its text), {@code items} and {@code size}. Input that is
     * neither an array nor a hash is returned as it is.
     */
    static Filter groupByExp() {
        return new Filter("group_by_exp") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                Collection<?> items = items(value);
                if (items == null) {
                    return value;
                }
                String variable = params.length > 0 ? asString(params[0], context) : "";
                String expression = params.length > 1 ? asString(params[1], context) : "";
                Template template = context.getParser().parse("{{ " + expression + " | " + KEEP_NAME + " }}");
                Map<Object, List<Object>> groups = new LinkedHashMap<>();
                Object outer = KEPT.get();
                try {
                    for (Object item : items) {
                        Map<String, Object> scope = new java.util.HashMap<>();
                        scope.put(variable, item);
                        KEPT.remove();
                        template.renderUnguarded(scope, context, true);
                        groups.computeIfAbsent(groupKey(KEPT.get()), k -> new ArrayList<>()).add(item);
                    }
                } finally {
                    KEPT.set(outer);
                }
                List<Object> result = new ArrayList<>();
                groups.forEach((name, members) -> {
                    Map<String, Object> hash = new LinkedHashMap<>();
                    hash.put("name", name instanceof NullKey ? null : name);
                    hash.put("items", Collections.unmodifiableList(members));
                    hash.put("size", members.size());
                    result.add(Collections.unmodifiableMap(hash));
                });
                return result;
            }
        };
    }

    /** A stand-in for nil, which a map cannot use as a key more than once in a readable way. */
    private enum NullKey { NIL }

    /** Ruby groups by {@code eql?}: 1 and 1.0 apart, every integer type together. */
    private static Object groupKey(Object value) {
        if (value == null) {
            return NullKey.NIL;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return value;
    }

    /**
     * {@code sample} (one item, or nil for an empty array) and {@code sample: n} (n distinct items in
     * random order, at most all of them); input that is not an array is returned as it is.
     */
    static Filter sample() {
        return new Filter("sample") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (!(value instanceof Collection<?> || value instanceof Object[])) {
                    return value;
                }
                List<Object> items = new ArrayList<>(java.util.Arrays.asList(asArray(value, context)));
                int count = 1;
                boolean single = true;
                if (params.length > 0 && params[0] != null) {
                    try {
                        count = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                                Double.valueOf(asString(params[0], context).strip()).longValue()));
                    } catch (NumberFormatException e) {
                        count = 1;
                    }
                    single = count == 1;
                }
                if (count < 0) {
                    throw new RuntimeException("negative sample number");
                }
                Random random = new Random(seed(context, items.size(), count));
                if (single) {
                    return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
                }
                int taken = Math.min(count, items.size());
                for (int i = 0; i < taken; i++) {
                    Collections.swap(items, i, i + random.nextInt(items.size() - i));
                }
                return new ArrayList<>(items.subList(0, taken));
            }
        };
    }

    /** The page's path (empty outside a page), the input's size and the count, hashed stably. */
    private static long seed(TemplateContext context, int size, int count) {
        Object page = context.get("page");
        Object path = page instanceof Map<?, ?> map ? map.get("path") : null;
        long seed = 1125899906842597L;
        for (byte b : (path == null ? "" : path.toString()).getBytes(StandardCharsets.UTF_8)) {
            seed = 31 * seed + b;
        }
        return 31 * (31 * seed + size) + count;
    }

    private static Collection<?> items(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.asList(array);
        }
        if (value instanceof Map<?, ?> map) {
            // Ruby groups a hash's [key, value] pairs
            List<Object> pairs = new ArrayList<>();
            map.forEach((k, v) -> pairs.add(java.util.Arrays.asList(k, v)));
            return pairs;
        }
        return null;
    }
}
