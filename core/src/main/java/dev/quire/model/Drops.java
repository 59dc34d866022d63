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
        Map<String, Object> page = variables(document);
        page.put("content", document.content());
        return Collections.unmodifiableMap(page);
    }

    /**
     * {@code site}: the configuration plus the site's content, posts newest first. Each document's
     * view is built once and shared by {@code posts}, {@code pages}, {@code categories} and
     * {@code tags}.
     */
    public static Map<String, Object> site(Site site) {
        Map<Document, Map<String, Object>> listed = new IdentityHashMap<>();
        Function<Document, Map<String, Object>> view = document -> listed.computeIfAbsent(document,
                d -> Collections.unmodifiableMap(variables(d)));
        Map<String, Object> result = new LinkedHashMap<>(site.config().values());
        result.put("posts", site.postsNewestFirst().stream().map(view).toList());
        result.put("pages", site.pages().stream().map(view).toList());
        result.put("html_pages", site.pages().stream()
                .filter(p -> p.outputExtension().equals(".html")).map(view).toList());
        result.put("categories", group(site.categories(), view));
        result.put("tags", group(site.tags(), view));
        result.put("static_files", site.staticFiles().stream().map(Drops::staticFile).toList());
        result.put("time", site.config().time());
        result.put("data", site.data());
        return Collections.unmodifiableMap(result);
    }

    /** A document's variables, URL and path: what {@code site.posts} lists (no content). */
    private static Map<String, Object> variables(Document document) {
        Map<String, Object> page = new LinkedHashMap<>(document.data());
        if (document.route() != null) {
            page.put("url", document.route().url());
        }
        page.put("path", document.source().path());
        page.put("name", document.source().fileName());
        if (document.isPost()) {
            page.put("collection", "posts");
            page.put("id", idOf(document));
        }
        return page;
    }

    private static Map<String, Object> group(Map<String, List<Document>> groups,
            Function<Document, Map<String, Object>> view) {
        Map<String, Object> result = new LinkedHashMap<>();
        groups.forEach((name, documents) -> result.put(name, documents.stream().map(view).toList()));
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, Object> staticFile(StaticFile file) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("path", "/" + file.source().path());
        view.put("name", file.source().fileName());
        view.put("basename", file.source().baseName());
        view.put("extname", file.source().extension());
        view.put("modified_time", java.time.Instant.ofEpochMilli(file.modifiedMillis()));
        return Collections.unmodifiableMap(view);
    }

    /** Jekyll's post id: the URL without its output extension. */
    private static String idOf(Document document) {
        String url = document.route() == null ? "" : document.route().url();
        String extension = document.outputExtension();
        return url.endsWith(extension) ? url.substring(0, url.length() - extension.length()) : url;
    }
}
