package dev.quire.renderers.feed;

import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.Route;
import dev.quire.model.SourceFile;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converted documents for unit tests, as the pipeline hands them to renderers. */
final class Docs {

    private Docs() {
    }

    /** A post {@code _posts/<day>-<slug>.md} at {@code /<slug>.html}, dated that day (UTC), with this HTML and these variables. */
    static Document post(Path root, String day, String slug, String html, Map<String, Object> variables) {
        Map<String, Object> withSlug = new LinkedHashMap<>(Map.of("slug", slug));
        withSlug.putAll(variables);
        return document(root, DocumentKind.POST, "_posts/" + day + "-" + slug + ".md", "/" + slug + ".html",
                ZonedDateTime.parse(day + "T00:00:00Z").withZoneSameInstant(ZoneOffset.UTC), html, withSlug);
    }

    static Document document(Path root, DocumentKind kind, String path, String url, ZonedDateTime date, String html,
            Map<String, Object> variables) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", path.substring(path.lastIndexOf('/') + 1));
        data.put("categories", List.of());
        data.put("tags", List.of());
        if (date != null) {
            data.put("date", date);
        }
        data.putAll(variables);
        return Document.loaded(new SourceFile(root, path), kind, Map.of(), 1, html, ".html")
                .withData(data).withContent(html).withRoute(new Route(url, url.substring(1)));
    }
}
