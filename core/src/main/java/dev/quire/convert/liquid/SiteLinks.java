package dev.quire.convert.liquid;

import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.StaticFile;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code {% post_url %}} and {@code {% link %}} look up, made once per site and shared (read
 * only) by every document: the posts in Jekyll's order ({@code site.posts.docs}: oldest first) and
 * the URL of every page, static file and post by the source path Jekyll compares with.
 */
final class SiteLinks {

    /** A post as {@code post_url} compares it: source path, URL, {@code slug} and date. */
    record Post(String relativePath, String url, String slug, ZonedDateTime date) {
    }

    private final String baseUrl;
    private final List<Post> posts;
    /** Jekyll's {@code each_site_file} order: pages, static files, then the documents written; static files as {@code /path}. */
    private final Map<String, String> urls;

    private SiteLinks(String baseUrl, List<Post> posts, Map<String, String> urls) {
        this.baseUrl = baseUrl;
        this.posts = posts;
        this.urls = urls;
    }

    static SiteLinks of(Site site) {
        List<Post> posts = new ArrayList<>();
        for (Document post : site.posts()) {
            Object slug = post.data().get("slug");
            posts.add(new Post(post.source().path(), post.url(), slug == null ? null : slug.toString(), post.date()));
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (Document page : site.pages()) {
            urls.putIfAbsent(page.source().path(), page.url());
        }
        // Jekyll's StaticFile#relative_path starts with "/"; the tag also tries the path with "/" added
        // (a collection's file has a relative one).
        for (StaticFile file : site.staticFiles()) {
            urls.putIfAbsent((file.collection() == null ? "/" : "") + file.source().path(), file.url());
        }
        for (Document document : site.outputDocuments()) {
            if (document.inCollection()) {
                urls.putIfAbsent(document.source().path(), document.url());
            }
        }
        return new SiteLinks(site.config().baseUrl(), List.copyOf(posts), Collections.unmodifiableMap(urls));
    }

    List<Post> posts() {
        dev.quire.model.Reads.record(LinkReads.OWNER, LinkReads.KEY);
        return posts;
    }

    /** The URL of the file at {@code relativePath} (as {@code link} compares it), or {@code null}. */
    String urlOf(String relativePath) {
        dev.quire.model.Reads.record(LinkReads.OWNER, LinkReads.KEY);
        String url = urls.get(relativePath);
        if (url == null) {
            url = urls.get(relativePath.startsWith("/") ? relativePath : "/" + relativePath);
        }
        return url;
    }

    /** Every URL {@code link} finds, by path. */
    Map<String, String> urls() {
        return urls;
    }

    /** {@code url} with the base URL, as Jekyll's {@code relative_url} gives it. */
    String relative(String url) {
        return UrlFilters.relative(baseUrl, url == null ? "" : url);
    }
}
