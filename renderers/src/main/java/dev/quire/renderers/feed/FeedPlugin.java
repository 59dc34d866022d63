package dev.quire.renderers.feed;

import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import java.util.List;

/** The Atom feed renderer, {@code feed}: jekyll-feed's output and options. */
public final class FeedPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "feed";
    }

    @Override
    public List<OptionsKey<?>> options() {
        return List.of(FeedOptions.KEY);
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(FeedRenderer.class);
    }
}
