package dev.quire.model;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A post or page on its way through the pipeline. Immutable: each transformer returns a new value.
 *
 * @param source      the file it was read from
 * @param kind        post or page
 * @param frontMatter the front matter as parsed, over the front-matter defaults that apply to the file
 * @param bodyLine    the 1-based line of the source file where the body starts, to map errors
 * @param body        the raw body after the front matter (never changed)
 * @param data        the page variables: front matter plus what transformers resolved
 *                    ({@code title}, {@code date}, {@code slug}, {@code categories}, {@code tags}, ...)
 * @param content     the current content: the raw body after loading, HTML after conversion
 * @param outputExtension the extension of the published file, {@code .html} for Markdown
 * @param route       where it is published; {@code null} until resolved
 * @param publication whether it is written, only listed, or dropped by the publishing rules
 * @param globals     template variables beside {@code page} and {@code site} that a generator gave
 *                    it ({@code paginator}); a {@link Document} in them is shown as the site's
 *                    current version of it
 */
public record Document(
        SourceFile source,
        DocumentKind kind,
        Map<String, Object> frontMatter,
        int bodyLine,
        String body,
        Map<String, Object> data,
        String content,
        String outputExtension,
        Route route,
        Publication publication,
        Map<String, Object> globals) {

    /** What the publishing rules decided. */
    public enum Publication {
        /** Listed in {@code site} and written (when its collection is output). */
        WRITTEN,
        /** Listed in {@code site} but not written: a future document of a collection other than posts. */
        LISTED,
        /** Neither listed nor written: an unpublished document, a hidden draft, a future post. */
        DROPPED
    }

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        frontMatter = frozen(frontMatter);
        data = frozen(data);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(outputExtension, "outputExtension");
        Objects.requireNonNull(publication, "publication");
        globals = frozen(globals);
    }

    /** A document without generator variables. */
    public Document(SourceFile source, DocumentKind kind, Map<String, Object> frontMatter, int bodyLine, String body,
            Map<String, Object> data, String content, String outputExtension, Route route, Publication publication) {
        this(source, kind, frontMatter, bodyLine, body, data, content, outputExtension, route, publication, Map.of());
    }

    /** A freshly loaded document: its data is its front matter, its content its raw body. */
    public static Document loaded(SourceFile source, DocumentKind kind, Map<String, Object> frontMatter,
            int bodyLine, String body, String outputExtension) {
        return new Document(source, kind, frontMatter, bodyLine, body, frontMatter, body, outputExtension,
                null, Publication.WRITTEN);
    }

    /**
     * A page a generator made: written at {@code route}, with {@code data} as its variables and
     * front matter and {@code content} as its body (converted like any page's when its source is
     * Markdown, wrapped in its {@code layout}).
     */
    public static Document generated(SourceFile source, Map<String, Object> data, String content, Route route) {
        return new Document(source, DocumentKind.PAGE, data, 1, content, data, content, ".html",
                Objects.requireNonNull(route, "route"), Publication.WRITTEN);
    }

    public Document withData(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(key, value);
        return new Document(source, kind, frontMatter, bodyLine, body, copy, content, outputExtension, route, publication, globals);
    }

    public Document withData(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.putAll(values);
        return new Document(source, kind, frontMatter, bodyLine, body, copy, content, outputExtension, route, publication, globals);
    }

    /** The variables without these keys (an excerpt's have no {@code excerpt}). */
    public Document withoutData(String... keys) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        for (String key : keys) {
            copy.remove(key);
        }
        return new Document(source, kind, frontMatter, bodyLine, body, copy, content, outputExtension, route, publication, globals);
    }

    /** The same document with front matter that resolving reads (the file's, over the front-matter defaults). */
    public Document withFrontMatter(Map<String, Object> newFrontMatter) {
        return new Document(source, kind, newFrontMatter, bodyLine, body, data, content, outputExtension, route,
                publication, globals);
    }

    public Document withContent(String newContent) {
        return new Document(source, kind, frontMatter, bodyLine, body, data, newContent, outputExtension, route, publication, globals);
    }

    public Document withRoute(Route newRoute) {
        return new Document(source, kind, frontMatter, bodyLine, body, data, content, outputExtension, newRoute,
                publication, globals);
    }

    /** The same document published under another extension (a front-matter permalink's, as Jekyll does). */
    public Document withOutputExtension(String newOutputExtension) {
        return new Document(source, kind, frontMatter, bodyLine, body, data, content, newOutputExtension, route,
                publication, globals);
    }

    /** The same document with a template variable beside {@code page} and {@code site} ({@code paginator}). */
    public Document withGlobal(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(globals);
        copy.put(name, value);
        return new Document(source, kind, frontMatter, bodyLine, body, data, content, outputExtension, route,
                publication, copy);
    }

    public Document unpublished() {
        return withPublication(Publication.DROPPED);
    }

    /** The same document, listed in {@code site} but not written. */
    public Document listedOnly() {
        return withPublication(Publication.LISTED);
    }

    private Document withPublication(Publication newPublication) {
        return new Document(source, kind, frontMatter, bodyLine, body, data, content, outputExtension, route,
                newPublication, globals);
    }

    /** Whether the publishing rules keep it in the site (written or listed). */
    public boolean published() {
        return publication != Publication.DROPPED;
    }

    public boolean isPost() {
        return kind.isPost();
    }

    /** Whether it belongs to a collection ({@code posts} included), as opposed to a page. */
    public boolean inCollection() {
        return !kind.isPage();
    }

    /** The label of its collection, or {@code null} for a page. */
    public String collection() {
        return kind.collection();
    }

    /** The {@code title} page variable, or empty. */
    public String title() {
        Object title = data.get("title");
        return title == null ? "" : title.toString();
    }

    /** The resolved {@code date}, or {@code null} for documents without one. */
    public ZonedDateTime date() {
        return data.get("date") instanceof ZonedDateTime date ? date : null;
    }

    /** The name of the layout to wrap this document in, or {@code null}. */
    public String layout() {
        Object layout = data.get("layout");
        return layout == null || "".equals(layout) || "none".equals(layout) ? null : layout.toString();
    }

    public List<String> categories() {
        return stringList("categories");
    }

    public List<String> tags() {
        return stringList("tags");
    }

    public String url() {
        return route == null ? null : route.url();
    }

    private List<String> stringList(String key) {
        Object value = data.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static Map<String, Object> frozen(Map<String, Object> map) {
        Objects.requireNonNull(map, "map");
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
