package dev.quire.renderers.sitemap;

import dev.quire.model.Site;
import java.util.List;
import java.util.Map;

/** What the sitemap and robots renderers ask of a site: whether it has a file of its own at a URL, whether the sitemap is on. */
final class SiteUrls {

    static final String SITEMAP = "/sitemap.xml";
    static final String ROBOTS = "/robots.txt";

    private SiteUrls() {
    }

    /**
     * jekyll-sitemap's {@code file_exists?}: a page or static file of the site has this URL (here any
     * written document, so that the site's file is never written over).
     */
    static boolean siteHas(Site site, String url) {
        return site.outputDocuments().stream().anyMatch(document -> url.equals(document.url()))
                || site.outputStaticFiles().stream().anyMatch(file -> url.equals(file.url()));
    }

    /** Whether this build writes a sitemap (or the site has its own): the plugin is on and {@code sitemap:} is not false. */
    static boolean sitemapOn(Site site) {
        Object quire = site.config().get("quire");
        Object disabled = quire instanceof Map<?, ?> settings ? settings.get("disable") : null;
        boolean pluginOff = disabled instanceof List<?> names && names.stream().anyMatch(name -> "sitemap".equals(String.valueOf(name)));
        return !pluginOff && site.config().options(SitemapOptions.KEY).enabled();
    }
}
