package dev.quire.renderers.search;

import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import java.util.List;

/** Registers the search index renderer ({@code search.json}, read by the default theme's search page). */
public final class SearchPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public List<OptionsKey<?>> options() {
        return List.of(SearchOptions.KEY);
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(SearchIndexRenderer.class);
    }
}
