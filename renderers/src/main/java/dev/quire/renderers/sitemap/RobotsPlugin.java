package dev.quire.renderers.sitemap;

import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import java.util.List;

/** The robots.txt renderer, {@code robots}: jekyll-sitemap's {@code robots.txt}, naming the sitemap. */
public final class RobotsPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "robots";
    }

    @Override
    public List<OptionsKey<?>> options() {
        return List.of(RobotsOptions.KEY);
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(RobotsRenderer.class);
    }
}
