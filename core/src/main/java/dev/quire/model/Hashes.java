package dev.quire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Jekyll's operations on YAML mappings, for configuration, front matter defaults and layout data. */
public final class Hashes {

    private Hashes() {
    }

    /**
     * Jekyll's {@code Utils.deep_merge_hashes}: {@code base} with each key of {@code overrides}
     * put over it, except that two mappings under one key are merged the same way, key by key.
     * Neither argument is changed; the result and the mappings merged in it are unmodifiable.
     */
    public static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> overrides) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        overrides.forEach((key, value) -> {
            if (result.get(key) instanceof Map<?, ?> left && value instanceof Map<?, ?> right) {
                result.put(key, deepMerge(stringKeys(left), stringKeys(right)));
            } else {
                result.put(key, value);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** The mapping with each key as text, as templates name it ({@code 1:} as {@code "1"}), in its order. */
    public static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }
}
