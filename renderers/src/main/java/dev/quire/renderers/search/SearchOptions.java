package dev.quire.renderers.search;

import dev.quire.spi.OptionsKey;
import java.util.List;

/**
 * The search index's options, the section {@code search:} of {@code _config.yml}
 * ({@code search: false} switches the index off).
 *
 * @param enabled      whether the index is written
 * @param path         where, relative to the output folder
 * @param contentLimit the most characters of plain text kept per document; 0 keeps all
 * @param collections  the collections whose written documents are indexed (posts are the collection
 *                     {@code posts}); {@code null}, the default, indexes every written collection
 */
public record SearchOptions(boolean enabled, String path, int contentLimit, List<String> collections) {

    /** Enough text for a few minutes' reading per document, so that the index stays small. */
    public static final int DEFAULT_CONTENT_LIMIT = 5000;

    public static final OptionsKey<SearchOptions> KEY = OptionsKey.of("search", SearchOptions.class,
            new SearchOptions(true, "search.json", DEFAULT_CONTENT_LIMIT, null));
}
