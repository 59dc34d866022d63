package dev.quire.renderers.sitemap;

import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import java.util.List;

/** The sitemap renderer, {@code sitemap}: jekyll-sitemap's {@code sitemap.xml}. */
public final class SitemapPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public List<OptionsKey<?>> options() {
        return List.of(SitemapOptions.KEY);
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(SitemapRenderer.class);
    }
}
