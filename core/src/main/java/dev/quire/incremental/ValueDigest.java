package dev.quire.incremental;

import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.ResolvingMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * A digest of a value a template read, equal for equal values and different (but for SHA-256
 * collisions) for different ones, whatever the build. A document's view is digested as the document
 * it shows, not as its contents: what a template reads of it is recorded read by read.
 */
final class ValueDigest {

    /** Nested deeper than this, a value is taken for a cycle: it cannot be compared. */
    private static final int MAX_DEPTH = 64;

    private ValueDigest() {
    }

    /** The digest of {@code value}; a deferred value is computed first (and may throw). */
    static String of(Object value) {
        MessageDigest digest = InputFingerprint.newDigest();
        feed(digest, value, 0);
        return HexFormat.of().formatHex(digest.digest(), 0, 20);
    }

    /** The digest of a view's entries, each computed: a template that walked the whole view saw them all. */
    static String ofEntries(ResolvingMap view) {
        MessageDigest digest = InputFingerprint.newDigest();
        feedMap(digest, view.entries(), 0);
        return HexFormat.of().formatHex(digest.digest(), 0, 20);
    }

    private static void feed(MessageDigest digest, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("a value nested more than " + MAX_DEPTH + " deep");
        }
        Object v = Deferred.resolve(value);
        if (v == null) {
            text(digest, "n", "");
        } else if (v instanceof ResolvingMap view && view.owner() != null) {
            text(digest, "v", view.owner());
        } else if (v instanceof ResolvingMap view) {
            feedMap(digest, view.entries(), depth);
        } else if (v instanceof Document document) {
            text(digest, "v", Drops.ownerOf(document));
        } else if (v instanceof CharSequence text) {
            text(digest, "s", text.toString());
        } else if (v instanceof Boolean || v instanceof Number || v instanceof TemporalAccessor
                || v instanceof java.util.Date || v instanceof Enum<?>) {
            text(digest, v.getClass().getName(), v.toString());
        } else if (v instanceof Map<?, ?> map) {
            feedMap(digest, map, depth);
        } else if (v instanceof Collection<?> items) {
            text(digest, "l", Integer.toString(items.size()));
            for (Object item : items) {
                feed(digest, item, depth + 1);
            }
        } else if (v instanceof Object[] items) {
            text(digest, "l", Integer.toString(items.length));
            for (Object item : items) {
                feed(digest, item, depth + 1);
            }
        } else {
            text(digest, "o:" + v.getClass().getName(), v.toString());
        }
    }

    private static void feedMap(MessageDigest digest, Map<?, ?> map, int depth) {
        text(digest, "m", Integer.toString(map.size()));
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            feed(digest, entry.getKey(), depth + 1);
            feed(digest, entry.getValue(), depth + 1);
        }
    }

    /** A tagged, length-prefixed text: no two different values feed the same bytes. */
    private static void text(MessageDigest digest, String tag, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((tag + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }
}
