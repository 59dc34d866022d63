package dev.quire.resolve;

import dev.quire.error.QuireException;
import dev.quire.model.Hashes;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code defaults:} sets of {@code _config.yml} and Jekyll 4.3.1's rules for them
 * ({@code FrontMatterDefaults#all}): a set applies when its {@code scope.type} (if any) is the
 * document's type and its {@code scope.path} (if any) is a string prefix of the document's path,
 * or, with a {@code *}, a prefix matched by the glob. Matching sets are merged in the order they
 * are written; a set whose path is at least as long as the last winning set's path (on a tie, one
 * with a type) overrides it, any other set only fills gaps. Hashes are merged deeply.
 */
final class FrontMatterDefaults {

    private record Scope(String path, String type, PathMatcher glob) {
    }

    private record DefaultSet(Scope scope, Map<String, Object> values) {
    }

    private final List<DefaultSet> sets;

    private FrontMatterDefaults(List<DefaultSet> sets) {
        this.sets = sets;
    }

    /** Reads the {@code defaults:} list; anything but a list of sets with a {@code values} hash is an error. */
    static FrontMatterDefaults of(SiteConfig config) {
        Object defaults = config.get("defaults");
        if (defaults == null) {
            return new FrontMatterDefaults(List.of());
        }
        if (!(defaults instanceof List<?> list)) {
            throw invalid(config, "'defaults' must be a list of sets, found " + defaults);
        }
        List<DefaultSet> sets = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> set) || !(set.get("values") instanceof Map<?, ?> values)) {
                throw invalid(config, "an invalid front-matter default set was found: " + item);
            }
            Map<String, Object> valueMap = Hashes.stringKeys(values);
            Object date = valueMap.get("date");
            if (date != null && Dates.toZoned(date, config.zone()).isEmpty()) {
                throw invalid(config, "An invalid date format was found in a front-matter default set: 'date: " + date + "'");
            }
            sets.add(new DefaultSet(scope(config, set.get("scope")), valueMap));
        }
        return new FrontMatterDefaults(List.copyOf(sets));
    }

    /** An error at the {@code defaults:} line of the configuration file that sets it. */
    private static QuireException invalid(SiteConfig config, String message) {
        return new QuireException(config.locationOf("defaults"), message,
                "write each set as '- scope: {path: \"...\", type: posts}' with a 'values:' mapping");
    }

    private static Scope scope(SiteConfig config, Object scope) {
        if (scope == null) {
            return new Scope("", null, null);
        }
        if (!(scope instanceof Map<?, ?> map)) {
            throw invalid(config, "a front-matter default 'scope' must be a mapping, found " + scope);
        }
        String path = map.get("path") instanceof String text ? text : "";
        String type = map.containsKey("type") ? canonicalType(String.valueOf(map.get("type"))) : null;
        PathMatcher glob = path.contains("*") ? FileSystems.getDefault().getPathMatcher("glob:" + path) : null;
        return new Scope(path, type, glob);
    }

    /** Jekyll 4 still reads the singular types of Jekyll 2 ({@code post}, {@code page}, {@code draft}). */
    private static String canonicalType(String type) {
        return switch (type) {
            case "post" -> "posts";
            case "page" -> "pages";
            case "draft" -> "drafts";
            default -> type;
        };
    }

    /**
     * The type a scope's {@code type:} is compared with. Jekyll 4.3.1 gives drafts the type of their
     * collection, {@code posts}, so a {@code type: drafts} scope matches nothing. A document of any
     * other collection has its collection's label as its type.
     */
    static String typeOf(Document document) {
        return document.inCollection() ? document.collection() : "pages";
    }

    /** The merged values of every set that applies to the document. */
    Map<String, Object> valuesFor(Document document) {
        String path = document.source().path();
        String type = typeOf(document);
        Map<String, Object> merged = Map.of();
        Scope winner = null;
        for (DefaultSet set : sets) {
            if (!applies(set.scope(), path, type)) {
                continue;
            }
            if (winner == null || takesPrecedence(winner, set.scope())) {
                merged = Hashes.deepMerge(merged, set.values());
                winner = set.scope();
            } else {
                merged = Hashes.deepMerge(set.values(), merged);
            }
        }
        return merged;
    }

    private static boolean applies(Scope scope, String path, String type) {
        if (scope.type() != null && !scope.type().equals(type)) {
            return false;
        }
        if (scope.path().isEmpty()) {
            return true;
        }
        if (scope.glob() == null) {
            // Jekyll compares the scope path as written: "/blog" never matches "blog/x.md".
            return path.startsWith(scope.path());
        }
        // Jekyll globs the scope against the file system and takes each match as a prefix; the
        // prefixes of a document's own path that exist are its folders and itself.
        for (int slash = path.indexOf('/'); ; slash = path.indexOf('/', slash + 1)) {
            String prefix = slash < 0 ? path : path.substring(0, slash);
            if (scope.glob().matches(Path.of(prefix))) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
        }
    }

    /** Jekyll's {@code has_precedence?}: the longer path wins, on equal length a set with a type. */
    private static boolean takesPrecedence(Scope old, Scope candidate) {
        int newLength = sanitized(candidate.path()).length();
        int oldLength = sanitized(old.path()).length();
        if (newLength != oldLength) {
            return newLength >= oldLength;
        }
        return candidate.type() != null || old.type() == null;
    }

    private static String sanitized(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
