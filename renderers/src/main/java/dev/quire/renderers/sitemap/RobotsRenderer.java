package dev.quire.renderers.sitemap;

import dev.quire.model.Site;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import dev.quire.spi.Text;

/**
 * Writes {@code robots.txt} naming the sitemap, as jekyll-sitemap does, when the sitemap is on and
 * the site has no {@code /robots.txt} of its own.
 */
public final class RobotsRenderer implements Renderer {

    @Override
    public String name() {
        return "robots";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        if (!site.config().options(RobotsOptions.KEY).enabled() || !SiteUrls.sitemapOn(site)
                || SiteUrls.siteHas(site, SiteUrls.ROBOTS)) {
            return;
        }
        context.output().write(SiteUrls.ROBOTS.substring(1),
                "Sitemap: " + Text.absoluteUrl(site.config(), "sitemap.xml") + "\n");
    }
}
