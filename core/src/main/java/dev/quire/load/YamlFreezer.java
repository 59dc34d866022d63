package dev.quire.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies constructed values into unmodifiable collections, keeping their order. A value
 * reached through several aliases is copied once and the copy shared, so the work is linear
 * in the size of the text, not of the expansion. {@code !!pairs} (arrays) become lists.
 */
final class YamlFreezer {

    private final Map<Object, Object> frozen = new IdentityHashMap<>();

    Object freeze(Object value) {
        if (!(value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[])) {
            return value;
        }
        Object known = frozen.get(value);
        if (known != null) {
            return known;
        }
        Object copy;
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(freeze(item)));
            copy = Collections.unmodifiableList(items);
        } else if (value instanceof Object[] array) {
            List<Object> items = new ArrayList<>(array.length);
            for (Object item : array) {
                items.add(freeze(item));
            }
            copy = Collections.unmodifiableList(items);
        } else if (value instanceof Set<?> set) {
            Set<Object> items = new LinkedHashSet<>();
            set.forEach(item -> items.add(freeze(item)));
            copy = Collections.unmodifiableSet(items);
        } else if (value instanceof Map<?, ?> map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(freeze(k), freeze(v)));
            copy = Collections.unmodifiableMap(entries);
        } else {
            List<Object> items = new ArrayList<>();
            ((Collection<?>) value).forEach(item -> items.add(freeze(item)));
            copy = Collections.unmodifiableList(items);
        }
        frozen.put(value, copy);
        return copy;
    }
}
