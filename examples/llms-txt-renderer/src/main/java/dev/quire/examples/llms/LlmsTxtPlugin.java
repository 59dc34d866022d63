package dev.quire.examples.llms;

import dev.quire.spi.OptionsKey;
import dev.quire.spi.QuirePlugin;
import java.util.List;

/**
 * The plugin: one Guice module, found through
 * {@code META-INF/services/dev.quire.spi.QuirePlugin}, that adds one renderer and declares its
 * options so that Quire checks them before the build.
 */
public final class LlmsTxtPlugin extends QuirePlugin {

    @Override
    public String name() {
        return "llms-txt";
    }

    @Override
    public List<OptionsKey<?>> options() {
        return List.of(LlmsTxtOptions.KEY);
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(LlmsTxtRenderer.class);
    }
}
