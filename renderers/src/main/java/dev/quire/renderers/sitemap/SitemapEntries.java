package dev.quire.renderers.sitemap;

import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.StaticFile;
import dev.quire.spi.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The URLs of the sitemap, in jekyll-sitemap 1.4.0's order: the documents of each collection with
 * output (collections by label, {@code posts} among them), then the pages whose output is HTML or
 * whose URL ends in {@code /} (by file name, as Jekyll sorts pages), then static HTML and PDF files
 * (by path). Left out: anything with {@code sitemap: false}, the page {@code /404.html} and static
 * files named {@code 404.html}. Unlike jekyll-sitemap, only what the build writes is listed, at the URL
 * it is written to (jekyll-sitemap also lists a collection's unwritten future documents, and a
 * collection's static files at their source path).
 */
final class SitemapEntries {

    /** jekyll-sitemap's {@code INCLUDED_EXTENSIONS} (compared as written, so {@code .HTML} is not one). */
    private static final Set<String> STATIC_EXTENSIONS = Set.of(".htm", ".html", ".xhtml", ".pdf");
    /** Jekyll's {@code Page::HTML_EXTENSIONS}. */
    private static final Set<String> HTML_EXTENSIONS = Set.of(".html", ".xhtml", ".htm");

    /** One {@code <url>}: its location, absolute when the site has a {@code url}, and its date or nothing. */
    record Entry(String loc, String lastmod) {
    }

    private SitemapEntries() {
    }

    static List<Entry> of(Site site) {
        SiteConfig config = site.config();
        List<Entry> entries = new ArrayList<>();
        List<Collection> collections = config.collections().stream().filter(Collection::output)
                .sorted(Comparator.comparing(Collection::label)).toList();
        for (Collection collection : collections) {
            List<Document> documents = collection.isPosts() ? site.posts() : site.collection(collection.label());
            for (Document document : documents) {
                if (site.isWritten(document) && listed(document)) {
                    Object date = document.date() != null ? document.date() : config.time();
                    Object lastModified = document.data().get("last_modified_at");
                    entries.add(new Entry(loc(config, document.url()), lastmod(document,
                            truthy(lastModified) && !"".equals(lastModified) ? lastModified : date, config)));
                }
            }
        }
        List<Document> pages = site.pages().stream()
                .filter(page -> site.isWritten(page) && listed(page) && !"/404.html".equals(page.url()))
                .filter(page -> HTML_EXTENSIONS.contains(page.outputExtension()) || page.url().endsWith("/"))
                .sorted(Comparator.comparing(page -> page.source().fileName()))
                .toList();
        for (Document page : pages) {
            Object lastModified = page.data().get("last_modified_at");
            entries.add(new Entry(loc(config, page.url()), truthy(lastModified) ? lastmod(page, lastModified, config) : null));
        }
        List<StaticFile> files = site.outputStaticFiles().stream()
                .filter(file -> STATIC_EXTENSIONS.contains(file.source().extension()))
                .filter(file -> !file.source().fileName().equals("404.html"))
                .sorted(Comparator.comparing(SitemapEntries::jekyllPath))
                .toList();
        for (StaticFile file : files) {
            entries.add(new Entry(loc(config, file.url()),
                    Text.dateToXmlschema(config, Instant.ofEpochMilli(file.modifiedMillis()))));
        }
        return entries;
    }

    /** Not {@code sitemap: false} (the boolean: a text "false" does not count, as in Liquid). */
    private static boolean listed(Document document) {
        return !Boolean.FALSE.equals(document.data().get("sitemap"));
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    /** {@code url | replace: '/index.html', '/' | absolute_url | xml_escape}. */
    private static String loc(SiteConfig config, String url) {
        return Text.xmlEscape(Text.absoluteUrl(config, url.replace("/index.html", "/")));
    }

    private static String lastmod(Document document, Object date, SiteConfig config) {
        try {
            return Text.dateToXmlschema(config, date);
        } catch (IllegalArgumentException e) {
            throw new dev.quire.error.QuireException(document.source().location(), "'last_modified_at' is not a date: '"
                    + date + "' (the sitemap prints it as the page's lastmod)",
                    "write a date such as 2024-02-03 10:00:00 +0100");
        }
    }

    /** Jekyll's {@code relative_path} of a static file, by which it sorts them: {@code /x.pdf}, or {@code _docs/x.pdf} in a collection. */
    private static String jekyllPath(StaticFile file) {
        return (file.collection() == null ? "/" : "") + file.source().path();
    }
}
