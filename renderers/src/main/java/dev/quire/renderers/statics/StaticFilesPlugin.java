package dev.quire.renderers.statics;

import dev.quire.spi.QuirePlugin;

/** Registers the static-file renderer. */
public final class StaticFilesPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "static-files";
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(StaticFilesRenderer.class);
    }
}
