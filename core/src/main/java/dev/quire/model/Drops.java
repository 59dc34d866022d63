package dev.quire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Object> page = new LinkedHashMap<>(document.data());
        if (document.route() != null) {
            page.put("url", document.route().url());
        }
        page.put("path", document.source().path());
        page.put("name", document.source().fileName());
        page.put("content", document.content());
        if (document.isPost()) {
            page.put("collection", "posts");
            page.put("id", idOf(document));
        }
        return Collections.unmodifiableMap(page);
    }

    /** {@code site}: the configuration plus the site's content, posts newest first. */
    public static Map<String, Object> site(Site site) {
        Map<String, Object> view = new LinkedHashMap<>(site.config().values());
        List<Map<String, Object>> posts = site.postsNewestFirst().stream().map(Drops::listed).toList();
        view.put("posts", posts);
        view.put("pages", site.pages().stream().map(Drops::listed).toList());
        view.put("html_pages", site.pages().stream()
                .filter(p -> p.outputExtension().equals(".html")).map(Drops::listed).toList());
        view.put("categories", group(site.categories()));
        view.put("tags", group(site.tags()));
        view.put("static_files", site.staticFiles().stream().map(Drops::staticFile).toList());
        view.put("time", site.config().time());
        view.putIfAbsent("data", Map.of());
        return Collections.unmodifiableMap(view);
    }

    /** A document as listed in {@code site.posts}: its variables and URL, without its content. */
    private static Map<String, Object> listed(Document document) {
        Map<String, Object> page = new LinkedHashMap<>(document.data());
        if (document.route() != null) {
            page.put("url", document.route().url());
        }
        page.put("path", document.source().path());
        if (document.isPost()) {
            page.put("id", idOf(document));
        }
        return Collections.unmodifiableMap(page);
    }

    private static Map<String, Object> group(Map<String, List<Document>> groups) {
        Map<String, Object> view = new LinkedHashMap<>();
        groups.forEach((name, documents) -> view.put(name, documents.stream().map(Drops::listed).toList()));
        return Collections.unmodifiableMap(view);
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
