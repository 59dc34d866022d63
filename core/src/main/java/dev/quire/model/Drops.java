package dev.quire.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read-only views Liquid sees, with Jekyll's names: {@code page} for a document and
 * {@code site} for the site. Built from immutable values, so one site view is shared by every
 * document of a build.
 */
public final class Drops {

    private Drops() {
    }

    /** {@code page}: the document's variables plus {@code url}, {@code path} and {@code content}. */
    public static Map<String, Object> page(Document document) {
        Map<String, Object> page = variables(document, null);
        page.put("content", document.content());
        return new ResolvingMap(page, ownerOf(document));
    }

    /**
     * The owner a document's views record reads as ({@link Reads}): {@code doc:} and its source as
     * shown; for a page a generator copied (a paginated index: one source, a page per number), also
     * {@code @} and its output path.
     */
    public static String ownerOf(Document document) {
        String owner = DOCUMENT_OWNER + document.source().displayPath();
        return document.globals().isEmpty() || document.route() == null ? owner
                : owner + "@" + document.route().outputPath();
    }

    /** The owner of the {@code site} view's reads. */
    public static final String SITE_OWNER = "site";

    /** The prefix of a document's owner. */
    public static final String DOCUMENT_OWNER = "doc:";

    /**
     * {@code page} of a document of this site: for a post also {@code previous} (the older post) and
     * {@code next} (the newer one), as Jekyll gives them; built when a template reads them, and
     * followed further ({@code page.previous.previous}) the same way.
     */
    public static Map<String, Object> page(Document document, Site site) {
        Map<String, Object> page = variables(document, site);
        page.put("content", document.content());
        addNeighbours(page, document, site);
        return new ResolvingMap(page, ownerOf(document));
    }

    private static void addNeighbours(Map<String, Object> view, Document document, Site site) {
        if (!document.isPost()) {
            return;
        }
        List<Document> posts = site.posts();
        int at = Collections.binarySearch(posts, document, Site.POST_ORDER);
        if (at < 0) {
            return;
        }
        putNeighbours(view, posts, at);
    }

    private static void putNeighbours(Map<String, Object> view, List<Document> posts, int at) {
        view.put("previous", at > 0 ? new Deferred(() -> neighbour(posts, at - 1)) : null);
        view.put("next", at + 1 < posts.size() ? new Deferred(() -> neighbour(posts, at + 1)) : null);
    }

    /** A post's view for its neighbour's {@code previous} or {@code next}; its own are followed when read. */
    private static Map<String, Object> neighbour(List<Document> posts, int at) {
        Document document = posts.get(at);
        Map<String, Object> view = variables(document, null);
        view.put("content", document.content());
        putNeighbours(view, posts, at);
        return new ResolvingMap(view, ownerOf(document));
    }

    /**
     * {@code site}: the configuration plus the site's content, posts newest first. Each document's
     * view is built once and shared by {@code posts}, {@code pages}, {@code categories} and
     * {@code tags}; its {@code content} is what the document holds in this site (converted HTML
     * once the documents are converted, else their source).
     */
    public static Map<String, Object> site(Site site) {
        Map<Document, Map<String, Object>> listed = new IdentityHashMap<>();
        Function<Document, Map<String, Object>> view = document -> listed.computeIfAbsent(document, d -> {
            Map<String, Object> variables = variables(d, site);
            variables.put("content", d.content());
            addNeighbours(variables, d, site);
            return new ResolvingMap(variables, ownerOf(d));
        });
        Map<String, Object> result = new LinkedHashMap<>(site.config().values());
        result.put("posts", site.postsNewestFirst().stream().map(view).toList());
        result.put("pages", site.pages().stream().map(view).toList());
        result.put("html_pages", site.pages().stream()
                .filter(p -> p.outputExtension().equals(".html")).map(view).toList());
        result.put("categories", group(site.categories(), view));
        result.put("tags", group(site.tags(), view));
        List<Map<String, Object>> staticFiles = site.staticFiles().stream().map(Drops::staticFile).toList();
        result.put("static_files", staticFiles);
        List<Map<String, Object>> collections = new java.util.ArrayList<>();
        List<Object> allDocuments = new java.util.ArrayList<>();
        for (Collection collection : site.config().collections()) {
            List<Map<String, Object>> docs = (collection.isPosts() ? site.posts() : site.collection(collection.label()))
                    .stream().map(view).toList();
            List<Map<String, Object>> files = new java.util.ArrayList<>();
            for (int i = 0; i < staticFiles.size(); i++) {
                if (collection.label().equals(site.staticFiles().get(i).collection())) {
                    files.add(staticFiles.get(i));
                }
            }
            if (!collection.isPosts()) {
                result.put(collection.label(), docs);
            }
            allDocuments.addAll(docs);
            allDocuments.addAll(files);
            collections.add(collectionView(collection, docs, files, site.config()));
        }
        collections.sort(java.util.Comparator.comparing(c -> c.get("label").toString()));
        result.put("collections", List.copyOf(collections));
        result.put("documents", List.copyOf(allDocuments));
        result.put("time", site.config().time());
        result.put("data", site.data());
        return new ResolvingMap(result, SITE_OWNER);
    }

    /**
     * The template variables a generator gave the document beside {@code page} and {@code site}
     * ({@code paginator}), documents in them shown as views of their current version in {@code site}
     * (a paginated index lists the posts as converted).
     */
    public static Map<String, Object> globals(Document document, Site site) {
        if (document.globals().isEmpty()) {
            return Map.of();
        }
        Map<String, Object> globals = new LinkedHashMap<>();
        document.globals().forEach((name, value) -> globals.put(name, documentsViewed(value, site)));
        return Collections.unmodifiableMap(globals);
    }

    /**
     * The value with each {@link Document} in it (directly, or in lists and maps) replaced by the
     * view of the site's current version of it; other values are returned as they are.
     */
    private static Object documentsViewed(Object value, Site site) {
        if (value instanceof Document document) {
            return documentView(site == null ? document : site.current(document), site);
        }
        if (!holdsDocuments(value)) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(e -> documentsViewed(e, site)).toList();
        }
        Map<String, Object> viewed = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((key, v) -> viewed.put(String.valueOf(key), documentsViewed(v, site)));
        return Collections.unmodifiableMap(viewed);
    }

    /** Whether a value is a {@link Document} or a list or map (not a view) that holds one. */
    private static boolean holdsDocuments(Object value) {
        if (value instanceof Document) {
            return true;
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(Drops::holdsDocuments);
        }
        return value instanceof Map<?, ?> map && !(value instanceof ResolvingMap)
                && map.values().stream().anyMatch(Drops::holdsDocuments);
    }

    /** The view of a document listed by a generated page ({@code paginator.posts}, an archive's {@code page.posts}). */
    private static Map<String, Object> documentView(Document document, Site site) {
        Map<String, Object> view = variables(document, null);
        view.put("content", document.content());
        if (site != null) {
            addNeighbours(view, document, site);
        }
        return new ResolvingMap(view, ownerOf(document));
    }

    /** A document's variables, URL and path (without its content, which the two views add differently). */
    private static Map<String, Object> variables(Document document, Site site) {
        Map<String, Object> page = new LinkedHashMap<>(document.data());
        if (document.source().isGenerated()) {
            // A generated page may list documents (an archive's posts): viewed when a template
            // reads them, as every archive is listed in site.pages.
            page.replaceAll((key, value) -> holdsDocuments(value) ? new Deferred(() -> documentsViewed(value, site))
                    : value);
        }
        if (document.route() != null) {
            page.put("url", document.route().url());
        }
        // Jekyll gives documents their path relative to collections_dir (resolved into
        // 'relative_path'), pages relative to the source.
        String path = document.inCollection() && document.data().get("relative_path") instanceof String relative
                ? relative : document.source().path();
        if (document.source().isGenerated() && document.data().get("path") instanceof String generated) {
            path = generated; // a virtual source is no path a template should print
        }
        page.put("path", path);
        page.put("relative_path", path);
        if (document.inCollection()) {
            // A front-matter 'name' wins over a document's file name (seen in Jekyll 4.3.1).
            page.put("collection", document.collection());
            page.put("id", idOf(document));
            page.putIfAbsent("name", document.source().fileName());
        } else if (!(document.source().isGenerated() && document.data().get("name") instanceof String)) {
            page.put("name", document.source().fileName());
        }
        return page;
    }

    /** An entry of {@code site.collections}: Jekyll's collection drop, without the absolute {@code directory}. */
    private static Map<String, Object> collectionView(Collection collection, List<Map<String, Object>> docs,
            List<Map<String, Object>> files, SiteConfig config) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("label", collection.label());
        view.put("docs", docs);
        view.put("files", List.copyOf(files));
        view.put("output", collection.output());
        view.put("relative_directory", collection.relativeDirectory());
        String permalink = collection.isPosts() ? PermalinkStyle.collectionTemplate(config,
                collection.label()) : collection.permalink();
        if (permalink != null) {
            view.put("permalink", permalink);
        }
        return Collections.unmodifiableMap(view);
    }

    private static Map<String, Object> group(Map<String, List<Document>> groups,
            Function<Document, Map<String, Object>> view) {
        Map<String, Object> result = new LinkedHashMap<>();
        groups.forEach((name, documents) -> result.put(name, documents.stream().map(view).toList()));
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, Object> staticFile(StaticFile file) {
        Map<String, Object> view = new LinkedHashMap<>();
        // Jekyll's path of a collection's file is relative, of any other file absolute in the site.
        view.put("path", (file.collection() == null ? "/" : "") + file.source().path());
        if (file.collection() != null) {
            view.put("collection", file.collection());
        }
        view.put("name", file.source().fileName());
        view.put("basename", file.source().baseName());
        view.put("extname", file.source().extension());
        view.put("modified_time", java.time.Instant.ofEpochMilli(file.modifiedMillis()));
        return Collections.unmodifiableMap(view);
    }

    /**
     * Jekyll's document id: the folder of its URL joined with its slug (or file name without
     * extension): {@code /2019/02/12/a-post} for {@code /2019/02/12/a-post.html} and for
     * {@code /2019/02/12/a-post/}.
     */
    private static String idOf(Document document) {
        String url = document.route() == null ? "/" : document.route().url();
        while (url.length() > 1 && url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        String folder = url.substring(0, Math.max(url.lastIndexOf('/'), 0));
        Object slug = document.data().get("slug");
        return folder + "/" + (slug != null ? slug.toString() : document.source().baseName());
    }
}
