package dev.quire.renderers.pagination;

import dev.quire.spi.QuirePlugin;

/** Registers the pagination generator (jekyll-paginate's {@code paginate:} and {@code paginate_path:}). */
public final class PaginationPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "pagination";
    }

    @Override
    protected void configure() {
        generators().addBinding().to(PaginationGenerator.class);
    }
}
