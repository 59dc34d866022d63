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
 * @param collectionDocuments published documents of the collections other than posts, each
 *                    collection's in its order (see {@code CollectionOrder}), including those that
 *                    are listed but not written
 * @param layouts     layouts by name
 * @param staticFiles static files, by path
 * @param data        the data files' content ({@code site.data}): a hash per file, folders as nested hashes
 * @param theme       the theme under the site, or {@code null}; its layouts are among {@code layouts}, its
 *                    documents and static files among the others, and templates look it up for includes
 */
public record Site(
        SiteConfig config,
        List<Document> posts,
        List<Document> pages,
        List<Document> collectionDocuments,
        Map<String, Layout> layouts,
        List<StaticFile> staticFiles,
        Map<String, Object> data,
        Theme theme) {

    /** Posts by date, ties broken by path: Jekyll's order. */
    public static final Comparator<Document> POST_ORDER = Comparator
            .comparing(Document::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Document::source);

    public Site {
        Objects.requireNonNull(config, "config");
        posts = posts.stream().sorted(POST_ORDER).toList();
        pages = pages.stream().sorted(Comparator.comparing(Document::source)).toList();
        collectionDocuments = List.copyOf(collectionDocuments);
        layouts = Collections.unmodifiableMap(new TreeMap<>(layouts));
        staticFiles = staticFiles.stream().sorted(staticFileOrder(config)).toList();
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * Jekyll's order of {@code site.static_files}: the files outside collections by path, then each
     * collection's files, collections in the order {@code _config.yml} lists them.
     */
    private static Comparator<StaticFile> staticFileOrder(SiteConfig config) {
        List<String> labels = config.collections().stream().map(Collection::label).toList();
        return Comparator.<StaticFile>comparingInt(file -> file.collection() == null ? -1 : labels.indexOf(file.collection()))
                .thenComparing(StaticFile::source);
    }

    /** A site without a theme. */
    public Site(SiteConfig config, List<Document> posts, List<Document> pages, List<Document> collectionDocuments,
            Map<String, Layout> layouts, List<StaticFile> staticFiles, Map<String, Object> data) {
        this(config, posts, pages, collectionDocuments, layouts, staticFiles, data, null);
    }

    /** A site without data files and without collections other than posts. */
    public Site(SiteConfig config, List<Document> posts, List<Document> pages, Map<String, Layout> layouts,
            List<StaticFile> staticFiles) {
        this(config, posts, pages, List.of(), layouts, staticFiles, Map.of());
    }

    /** A site without collections other than posts. */
    public Site(SiteConfig config, List<Document> posts, List<Document> pages, Map<String, Layout> layouts,
            List<StaticFile> staticFiles, Map<String, Object> data) {
        this(config, posts, pages, List.of(), layouts, staticFiles, data);
    }

    /** The theme under the site, if it has one. */
    public java.util.Optional<Theme> themeUsed() {
        return java.util.Optional.ofNullable(theme);
    }

    /** Posts newest first, the order of Jekyll's {@code site.posts}. */
    public List<Document> postsNewestFirst() {
        return com.google.common.collect.Lists.reverse(posts);
    }

    /** Every published document: posts, pages and the documents of other collections. */
    public List<Document> documents() {
        return java.util.stream.Stream.of(posts, pages, collectionDocuments).flatMap(List::stream).toList();
    }

    /**
     * The documents to write: posts, pages, and the documents of collections with {@code output}
     * that are not only listed (Jekyll lists a future document of a collection but does not write it).
     */
    public List<Document> outputDocuments() {
        return documents().stream().filter(this::isWritten).toList();
    }

    /** The static files to write (a collection's files only when it has {@code output}). */
    public List<StaticFile> outputStaticFiles() {
        return staticFiles.stream().filter(StaticFile::output).toList();
    }

    /** Whether a document of this site is written. */
    public boolean isWritten(Document document) {
        if (document.publication() != Document.Publication.WRITTEN) {
            return false;
        }
        return !document.inCollection() || document.isPost()
                || config.collection(document.collection()).map(Collection::output).orElse(false);
    }

    /** The documents of a collection other than posts, in the collection's order. */
    public List<Document> collection(String label) {
        return collectionDocuments.stream().filter(d -> label.equals(d.collection())).toList();
    }

    /** Posts by category, categories in the order they first appear in the posts (oldest first, as Jekyll), posts newest first. */
    public Map<String, List<Document>> categories() {
        return group(Document::categories);
    }

    /** Posts by tag, tags in the order they first appear in the posts (oldest first), posts newest first. */
    public Map<String, List<Document>> tags() {
        return group(Document::tags);
    }

    /**
     * This site's version of a document (the same source, kind and URL): after conversion a page
     * a generator made before it can list the posts as converted. A document this site does not
     * have is returned as it is.
     */
    public Document current(Document document) {
        if (document.isPost()) {
            int at = Collections.binarySearch(posts, document, POST_ORDER);
            if (at >= 0 && posts.get(at).source().equals(document.source())) {
                return posts.get(at);
            }
            return document;
        }
        List<Document> candidates = document.inCollection() ? collectionDocuments : pages;
        for (Document candidate : candidates) {
            if (candidate.source().equals(document.source()) && candidate.kind().equals(document.kind())
                    && java.util.Objects.equals(candidate.url(), document.url())) {
                return candidate;
            }
        }
        return document;
    }

    /** The same site with other layouts (a generator's own, for a name the site has none of). */
    public Site withLayouts(Map<String, Layout> newLayouts) {
        return new Site(config, posts, pages, collectionDocuments, newLayouts, staticFiles, data, theme);
    }

    /** The same site with its documents replaced (after excerpts, after conversion). */
    public Site withDocuments(List<Document> newPosts, List<Document> newPages, List<Document> newCollectionDocuments) {
        return new Site(config, newPosts, newPages, newCollectionDocuments, layouts, staticFiles, data, theme);
    }

    private Map<String, List<Document>> group(java.util.function.Function<Document, List<String>> keys) {
        // Jekyll's post_attr_hash: keys in the order they first appear in the posts, oldest first.
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        for (Document post : posts) {
            for (String key : keys.apply(post)) {
                groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(post);
            }
        }
        Map<String, List<Document>> frozen = new LinkedHashMap<>();
        groups.forEach((key, list) -> frozen.put(key, List.copyOf(com.google.common.collect.Lists.reverse(list))));
        return Collections.unmodifiableMap(frozen);
    }
}
