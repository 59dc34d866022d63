package dev.quire.renderers.layout;

import dev.quire.spi.QuirePlugin;

/** Registers the layout renderer and its FreeMarker layout engine. */
public final class LayoutsPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "layouts";
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(LayoutRenderer.class);
        layoutEngines().addBinding().to(FreeMarkerLayouts.class);
    }
}
