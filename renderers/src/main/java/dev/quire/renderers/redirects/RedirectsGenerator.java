package dev.quire.renderers.redirects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Route;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.spi.GenerateContext;
import dev.quire.spi.Generator;
import dev.quire.spi.Text;
import dev.quire.spi.Urls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * jekyll-redirect-from 0.16.0. {@code redirect_from:} (a URL or a list) on a document writes a
 * redirect page at each old URL, pointing at the document's absolute URL; {@code redirect_to:} (a
 * URL, or the first of a list) makes the document itself a redirect page. Redirect pages use the
 * site's {@code redirect} layout, or jekyll-redirect-from's page (meta refresh, canonical link,
 * script, link). {@code redirects.json} maps every old URL to its target, unless the site has its
 * own file of that name or sets {@code redirect_from: {json: false}}; a site without redirects gets
 * none (jekyll-redirect-from writes {@code {}}).
 *
 * <p>Runs before pagination and archives, as jekyll-redirect-from runs before jekyll-paginate.
 */
public final class RedirectsGenerator implements Generator {

    static final String LAYOUT = "redirect";
    private static final Pattern HTTP = Pattern.compile("^https?://.*", Pattern.DOTALL);
    private static final String TEMPLATE = template();

    @Override
    public String name() {
        return "redirects";
    }

    @Override
    public Set<String> before() {
        return Set.of("pagination", "archives");
    }

    @Override
    public void generate(GenerateContext context) {
        Site site = context.site();
        SiteConfig config = context.config();
        context.addLayoutIfAbsent(new Layout(LAYOUT, SourceFile.generated(config.source(), name(), "redirect.ftlh"),
                Map.of(), 1, TEMPLATE));
        Map<String, String> redirects = new LinkedHashMap<>();
        // jekyll-redirect-from's order: the documents of collections, then the pages.
        List<Document> documents = new ArrayList<>(site.posts());
        documents.addAll(site.collectionDocuments());
        documents.addAll(site.pages());
        for (Document document : documents) {
            if (!site.isWritten(document)) {
                continue;
            }
            for (String from : redirectFrom(document)) {
                Document page = redirectPage(document, from, absolute(document.url(), config), config);
                if (page != null) {
                    context.add(page);
                    redirects.put(from(from), absolute(document.url(), config));
                }
            }
            String to = redirectTo(document);
            if (to != null) {
                String target = absolute(to, config);
                context.replace(document, document.withData(redirectData(document.url(), target)).withContent(""));
                redirects.put(document.url(), target);
            }
        }
        // Quire writes it only for a site with redirects: the plugin is on for every site, not only
        // for those that ask for jekyll-redirect-from.
        if (!redirects.isEmpty() && writesJson(config)) {
            SourceFile source = SourceFile.generated(config.source(), name(), "redirects.json");
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("layout", null);
            data.put("render_with_liquid", false);
            data.put("path", "redirects.json");
            data.put("name", "redirects.json");
            context.add(Document.generated(source, data, json(redirects), Urls.fileRoute("/redirects.json"))
                    .withOutputExtension(".json"));
        }
    }

    /** {@code redirect_from} as a list of strings (a single value is a list of one; nil entries dropped). */
    static List<String> redirectFrom(Document document) {
        Object value = document.data().get("redirect_from");
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /** {@code redirect_to}: the value, or the first non-nil entry of a list; {@code null} when there is none. */
    static String redirectTo(Document document) {
        Object value = document.data().get("redirect_to");
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).findFirst().orElse(null);
        }
        return value == null ? null : String.valueOf(value);
    }

    private static String from(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The target as jekyll-redirect-from writes it: an http(s) URL as it is, anything else through {@code absolute_url}. */
    private static String absolute(String to, SiteConfig config) {
        return HTTP.matcher(to).matches() ? to : Text.absoluteUrl(config, to);
    }

    private static Map<String, Object> redirectData(String from, String to) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sitemap", false);
        data.put("layout", LAYOUT);
        data.put("permalink", from);
        Map<String, Object> redirect = new LinkedHashMap<>();
        redirect.put("from", from);
        redirect.put("to", to);
        data.put("redirect", java.util.Collections.unmodifiableMap(redirect));
        return data;
    }

    /**
     * The redirect page at an old URL of {@code document}. Its source is the document's file, so
     * that messages name the file that asked for it. An old URL that climbs out of the output folder
     * ({@code ../}) is an error naming that file.
     */
    private Document redirectPage(Document document, String path, String to, SiteConfig config) {
        String from = from(path);
        Route route;
        try {
            if (List.of(from.split("/", -1)).contains("..")) {
                throw new IllegalArgumentException("'..' climbs out of the folder it is in");
            }
            route = Urls.permalinkRoute(dev.quire.spi.Urls.escapePath(from));
        } catch (IllegalArgumentException e) {
            throw new QuireException(frontMatterLine(document, "redirect_from"), "redirect_from '" + path
                    + "' is no URL inside the site: " + e.getMessage(),
                    "write the old URL from the site's root, such as 'redirect_from: /old/page/'");
        }
        Map<String, Object> data = redirectData(from, to);
        data.put("path", "redirect.html");
        data.put("name", "redirect.html");
        return Document.generated(document.source(), data, "", route);
    }

    /** Where a key is written in the document's front matter, or the file alone (a front-matter default). */
    private static dev.quire.error.SourceLocation frontMatterLine(Document document, String key) {
        try {
            List<String> lines = Files.readAllLines(document.source().absolute(), StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (lines.get(i).startsWith(key + ":")) {
                    return document.source().location(i + 1, 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable now: name the file alone
        }
        return document.source().location();
    }

    private static boolean writesJson(SiteConfig config) {
        if (config.get("redirect_from") instanceof Map<?, ?> options && Boolean.FALSE.equals(options.get("json"))) {
            return false;
        }
        return !Files.exists(config.source().resolve("redirects.json"));
    }

    /** The map as Ruby's {@code to_json} writes it: compact, non-ASCII and {@code /} as they are. */
    private static String json(Map<String, String> redirects) {
        try {
            return new ObjectMapper().writeValueAsString(redirects);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static String template() {
        try (InputStream in = RedirectsGenerator.class.getResourceAsStream("redirect.ftlh")) {
            return new String(Objects.requireNonNull(in, "redirect.ftlh").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
