package dev.quire.resolve;

import dev.quire.error.Problems;
import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a collection's documents, as Jekyll 4.3 gives it (seen with real Jekyll):
 * <ul>
 *   <li>{@code order: [a.md, part/b.md]} lists those documents first, in that order, then the others;</li>
 *   <li>{@code sort_by: key} sorts by that front-matter value, ties and documents whose values cannot
 *       be compared in the default order, documents without the key last (with a warning);</li>
 *   <li>by default, by date and then path when every document has its own date (front matter or
 *       file name); else by path. Jekyll compares dates only between dated documents, so a
 *       collection that mixes dated and undated ones ends up in path order.</li>
 * </ul>
 */
public final class CollectionOrder {

    private CollectionOrder() {
    }

    public static List<Document> sort(List<Document> documents, Collection collection, SiteConfig config,
            Problems problems) {
        List<Document> byDefault = documents.stream().sorted(defaultOrder(documents, config)).toList();
        if (!collection.order().isEmpty()) {
            return listedFirst(byDefault, collection, config);
        }
        if (collection.sortBy() != null) {
            return byKey(byDefault, collection.sortBy(), problems);
        }
        return byDefault;
    }

    private static Comparator<Document> defaultOrder(List<Document> documents, SiteConfig config) {
        Comparator<Document> byPath = Comparator.comparing(Document::source);
        boolean allDated = documents.stream().allMatch(document -> document.frontMatter().get("date") != null
                || DocumentPaths.of(document, config).map(path -> path.date() != null).orElse(false));
        return allDated ? Comparator.comparing(Document::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(byPath) : byPath;
    }

    private static List<Document> listedFirst(List<Document> documents, Collection collection, SiteConfig config) {
        Map<String, Document> byPath = new LinkedHashMap<>();
        for (Document document : documents) {
            byPath.put(collection.pathInside(document.source().path()), document);
        }
        List<Document> result = new ArrayList<>();
        for (String entry : collection.order()) {
            Document listed = byPath.remove(entry.replaceFirst("^/+", ""));
            if (listed != null) {
                result.add(listed);
            }
        }
        result.addAll(byPath.values());
        return List.copyOf(result);
    }

    private static List<Document> byKey(List<Document> documents, String key, Problems problems) {
        List<Document> with = new ArrayList<>();
        List<Document> without = new ArrayList<>();
        for (Document document : documents) {
            (document.data().get(key) == null ? without : with).add(document);
        }
        for (Document document : without) {
            problems.warn(document.source().location(), "Sort warning: '" + key + "' not defined in "
                    + document.source().path(), "give it '" + key + ":' in its front matter to place it;"
                    + " it is listed after the documents that have one");
        }
        // A stable sort: equal or incomparable values keep the default order.
        List<Document> sorted = new ArrayList<>(with);
        sorted.sort((a, b) -> compareValues(a.data().get(key), b.data().get(key)));
        sorted.addAll(without);
        return List.copyOf(sorted);
    }

    /**
     * Ruby's {@code <=>} on front-matter values: numbers with numbers, text with text, dates with
     * dates. Ruby finds values of different types incomparable, which makes its sort depend on the
     * input; here they are ranked by type instead, so that the order is total and stable.
     */
    private static int compareValues(Object a, Object b) {
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0) {
            return rank;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return a instanceof String x && b instanceof String y ? x.compareTo(y) : 0;
    }

    private static int rank(Object value) {
        if (value instanceof Number) {
            return 0;
        }
        if (value instanceof String) {
            return 1;
        }
        if (value instanceof ZonedDateTime) {
            return 2;
        }
        return value instanceof Boolean ? 3 : 4;
    }
}
