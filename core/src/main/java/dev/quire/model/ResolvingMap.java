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
 *
 * <p>A view with an owner ({@code site}, {@code doc:PATH}) tells {@link Reads} what a template read
 * of it: each key read, or {@link Reads#ALL} when its entries are walked or counted.
 */
public final class ResolvingMap extends AbstractMap<String, Object> {

    private final Map<String, Object> values;
    private final String owner;

    /** @param values the entries, in their order; not copied, so the caller must not change them */
    public ResolvingMap(Map<String, Object> values) {
        this(values, null);
    }

    /**
     * @param values the entries, in their order; not copied, so the caller must not change them
     * @param owner  what reads of this view are recorded as, or {@code null} for none
     */
    public ResolvingMap(Map<String, Object> values, String owner) {
        this.values = Collections.unmodifiableMap(values);
        this.owner = owner;
    }

    /** What reads of this view are recorded as, or {@code null}. */
    public String owner() {
        return owner;
    }

    /** A view of other values for the same owner (the same document's view with its dates converted). */
    public ResolvingMap withValues(Map<String, Object> newValues) {
        return new ResolvingMap(newValues, owner);
    }

    /** The entries as they are, deferred values not computed and nothing recorded: for code that builds views. */
    public Map<String, Object> entries() {
        return values;
    }

    @Override
    public Object get(Object key) {
        Reads.record(owner, String.valueOf(key));
        return Deferred.resolve(values.get(key));
    }

    @Override
    public boolean containsKey(Object key) {
        Reads.record(owner, String.valueOf(key));
        return values.containsKey(key);
    }

    @Override
    public int size() {
        Reads.record(owner, Reads.ALL);
        return values.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Reads.record(owner, Reads.ALL);
        return values.entrySet();
    }
}
