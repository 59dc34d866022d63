package dev.quire.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The whole site, assembled once after every document is resolved. Immutable; every list is
 * sorted so that anything built from it is deterministic.
 *
 * @param config      the configuration
 * @param posts       published posts, oldest first (by date, then path), as Jekyll keeps them
 * @param pages       published pages, by path
 * @param layouts     layouts by name
 * @param staticFiles static files, by path
 * @param data        the data files' content ({@code site.data}): a hash per file, folders as nested hashes
 */
public record Site(
        SiteConfig config,
        List<Document> posts,
        List<Document> pages,
        Map<String, Layout> layouts,
        List<StaticFile> staticFiles,
        Map<String, Object> data) {

    /** Posts by date, ties broken by path: Jekyll's order. */
    public static final Comparator<Document> POST_ORDER = Comparator
            .comparing(Document::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Document::source);

    public Site {
        Objects.requireNonNull(config, "config");
        posts = posts.stream().sorted(POST_ORDER).toList();
        pages = pages.stream().sorted(Comparator.comparing(Document::source)).toList();
        layouts = Collections.unmodifiableMap(new TreeMap<>(layouts));
        staticFiles = staticFiles.stream().sorted(Comparator.comparing(StaticFile::source)).toList();
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A site without data files. */
    public Site(SiteConfig config, List<Document> posts, List<Document> pages, Map<String, Layout> layouts,
            List<StaticFile> staticFiles) {
        this(config, posts, pages, layouts, staticFiles, Map.of());
    }

    /** Posts newest first, the order of Jekyll's {@code site.posts}. */
    public List<Document> postsNewestFirst() {
        return com.google.common.collect.Lists.reverse(posts);
    }

    /** Posts and pages: every document that is published. */
    public List<Document> documents() {
        return java.util.stream.Stream.concat(posts.stream(), pages.stream()).toList();
    }

    /** Posts by category, categories in sorted order, posts newest first. */
    public Map<String, List<Document>> categories() {
        return group(Document::categories);
    }

    /** Posts by tag, tags in sorted order, posts newest first. */
    public Map<String, List<Document>> tags() {
        return group(Document::tags);
    }

    /** The same site with its documents replaced (after conversion), in the same order. */
    public Site withDocuments(List<Document> newPosts, List<Document> newPages) {
        return new Site(config, newPosts, newPages, layouts, staticFiles, data);
    }

    private Map<String, List<Document>> group(java.util.function.Function<Document, List<String>> keys) {
        Map<String, List<Document>> groups = new TreeMap<>();
        for (Document post : postsNewestFirst()) {
            for (String key : keys.apply(post)) {
                groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(post);
            }
        }
        Map<String, List<Document>> frozen = new LinkedHashMap<>();
        groups.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(frozen);
    }
}
