package dev.quire.renderers.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.error.SourceLocation;
import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import dev.quire.spi.Text;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the search index the default theme's search page reads: a JSON array with one object per
 * written HTML document, {@code {title, url, date, categories, tags, content}}. {@code url} is the
 * document's URL under the site's {@code baseurl} (a link target as it is), {@code date} is
 * {@code date_to_xmlschema}'s form or {@code null}, {@code content} is plain text cut to
 * {@link SearchOptions#contentLimit()} characters. Posts come first, newest first, then the other
 * collections in the order {@code _config.yml} lists them, then pages by path: the same bytes in
 * every build. A document with {@code search: false} in its front matter is left out; a site with
 * nothing to index gets no file, and a site that writes a file at the index's path itself (a
 * Liquid {@code search.json}, as Jekyll sites make) keeps its own.
 */
public final class SearchIndexRenderer implements Renderer {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter XML_SCHEMA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        SiteConfig config = site.config();
        SearchOptions options = config.options(SearchOptions.KEY);
        if (!options.enabled()) {
            return;
        }
        if (options.contentLimit() < 0) {
            context.problems().error(config.keyLocations().of("search", "content_limit"), "search.content_limit is "
                    + options.contentLimit() + "; it must be 0 (keep all text) or a number of characters",
                    "set search: {content_limit: " + SearchOptions.DEFAULT_CONTENT_LIMIT + "} or leave it out");
            return;
        }
        String ownFile = siteFileAt(site, options.path());
        if (ownFile != null) {
            // Jekyll sites often make their own search.json with Liquid: theirs wins.
            context.problems().info(SourceLocation.of(ownFile), "the site writes " + options.path()
                    + " itself, so the search renderer does not", "to have Quire's index as well, set search: {path: "
                    + "another.json}; the default theme's search page reads search.path");
            return;
        }
        List<Document> documents = indexed(site, options);
        if (documents.isEmpty()) {
            return; // nothing to search: a site of static files gets no index
        }
        // Each document's line in parallel (its plain text is most of the work), kept in the documents' order.
        String[] lines = new String[documents.size()];
        // A document's line depends on itself alone (and the options): an incremental build takes it
        // from the last build when the document is unchanged.
        java.util.stream.IntStream.range(0, lines.length).parallel().forEach(i -> context.forEachDocument(
                List.of(documents.get(i)), document -> lines[i] = context.documentText(document, options.path(),
                        problems -> write(entry(document, config, options)))));
        List<String> entries = java.util.Arrays.stream(lines).filter(java.util.Objects::nonNull).toList();
        StringBuilder json = new StringBuilder(entries.size() * 512 + 4).append('[');
        for (int i = 0; i < entries.size(); i++) {
            // One document per line: small diffs between builds, and still one JSON value.
            json.append(i == 0 ? "\n" : ",\n").append(entries.get(i));
        }
        json.append(entries.isEmpty() ? "]\n" : "\n]\n");
        context.output().write(options.path(), json.toString());
    }

    /** The source file of the site's own document or static file written at {@code path}, or {@code null}. */
    private static String siteFileAt(Site site, String path) {
        for (Document document : site.outputDocuments()) {
            if (document.route() != null && path.equals(document.route().outputPath())) {
                return document.source().path();
            }
        }
        for (var file : site.outputStaticFiles()) {
            if (path.equals(file.outputPath())) {
                return file.source().path();
            }
        }
        return null;
    }

    /** The documents to index, in the index's order. */
    static List<Document> indexed(Site site, SearchOptions options) {
        List<Document> documents = new ArrayList<>();
        if (options.collections() == null || options.collections().contains("posts")) {
            documents.addAll(site.postsNewestFirst());
        }
        for (Collection collection : site.config().collections()) {
            if (!collection.isPosts() && (options.collections() == null
                    || options.collections().contains(collection.label()))) {
                documents.addAll(site.collection(collection.label()));
            }
        }
        documents.addAll(site.pages());
        return documents.stream().filter(site::isWritten)
                .filter(document -> ".html".equals(document.outputExtension()))
                .filter(document -> !Boolean.FALSE.equals(document.data().get("search")))
                .filter(document -> !madeByAGenerator(document))
                .toList();
    }

    /**
     * Pages with nothing of their own to find: archive pages (lists of posts that are indexed
     * themselves), the second and later pages of a paginated index, and redirect pages.
     */
    private static boolean madeByAGenerator(Document document) {
        boolean laterPage = document.globals().get("paginator") instanceof Map<?, ?> paginator
                && !"1".equals(String.valueOf(paginator.get("page")));
        return document.source().isGenerated() || laterPage || document.data().get("redirect") != null;
    }

    private static Map<String, Object> entry(Document document, SiteConfig config, SearchOptions options) {
        Map<String, Object> entry = new LinkedHashMap<>();
        String url = Text.relativeUrl(config, document.url());
        entry.put("title", document.title().isBlank() ? url : document.title());
        entry.put("url", url);
        ZonedDateTime date = document.date();
        entry.put("date", date == null ? null : XML_SCHEMA.format(date.withZoneSameInstant(config.zone())));
        entry.put("categories", document.categories());
        entry.put("tags", document.tags());
        entry.put("content", PlainText.of(document.content() == null ? "" : document.content(),
                options.contentLimit()));
        return entry;
    }

    private static String write(Map<String, Object> entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
