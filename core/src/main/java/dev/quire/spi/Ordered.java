package dev.quire.spi;

import java.util.Set;

/**
 * A named pipeline component that may ask to run after or before others, by name. Components with
 * no constraint between them run in name order, so the order never depends on class-path or
 * registration order.
 */
public interface Ordered {

    /** A short, unique, stable name, used in messages, ordering and {@code _config.yml}. */
    String name();

    /** Names of components this one must run after. Unknown names are ignored. */
    default Set<String> after() {
        return Set.of();
    }

    /** Names of components this one must run before. Unknown names are ignored. */
    default Set<String> before() {
        return Set.of();
    }
}
