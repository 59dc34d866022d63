package dev.quire.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A read-only view whose {@link Deferred} values are computed when a template reads them by key.
 * Walking its entries does not compute them: the entries hold the {@link Deferred} itself, whose
 * text is its {@code toString()}. Templates read variables by key, so an excerpt no template names
 * is never rendered.
 */
public final class ResolvingMap extends AbstractMap<String, Object> {

    private final Map<String, Object> values;

    /** @param values the entries, in their order; not copied, so the caller must not change them */
    public ResolvingMap(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    @Override
    public Object get(Object key) {
        return Deferred.resolve(values.get(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }
}
