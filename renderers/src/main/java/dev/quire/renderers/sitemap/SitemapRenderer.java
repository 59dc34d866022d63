package dev.quire.renderers.sitemap;

import dev.quire.model.Site;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import dev.quire.spi.Text;

/** Writes {@code sitemap.xml} as jekyll-sitemap 1.4.0, unless the site has a {@code /sitemap.xml} of its own. */
public final class SitemapRenderer implements Renderer {

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        if (!site.config().options(SitemapOptions.KEY).enabled() || SiteUrls.siteHas(site, SiteUrls.SITEMAP)) {
            return;
        }
        String stylesheet = SiteUrls.siteHas(site, "/sitemap.xsl") ? Text.absoluteUrl(site.config(), "/sitemap.xsl") : null;
        context.output().write(SiteUrls.SITEMAP.substring(1), SitemapWriter.write(SitemapEntries.of(site), stylesheet));
    }
}
