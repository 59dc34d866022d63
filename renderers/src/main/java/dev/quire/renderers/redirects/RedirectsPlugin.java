package dev.quire.renderers.redirects;

import dev.quire.spi.QuirePlugin;

/** Registers the redirects generator (jekyll-redirect-from's {@code redirect_from} and {@code redirect_to}). */
public final class RedirectsPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "redirects";
    }

    @Override
    protected void configure() {
        generators().addBinding().to(RedirectsGenerator.class);
    }
}
