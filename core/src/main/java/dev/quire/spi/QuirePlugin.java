package dev.quire.spi;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.quire.model.Theme;
import java.util.List;

/**
 * A plugin: a Guice module that contributes loaders, transformers, generators, renderers, layout
 * engines and themes. Register the class in {@code META-INF/services/dev.quire.spi.QuirePlugin}; a
 * jar on the class path (for Maven, a {@code <dependency>} of {@code quire-maven-plugin}) is then
 * enough to use it. Plugins can inject {@link dev.quire.model.SiteConfig}.
 *
 * <pre>{@code
 * public final class SitemapPlugin extends QuirePlugin {
 *     public String name() { return "sitemap"; }
 *     protected void configure() { renderers().addBinding().to(SitemapRenderer.class); }
 * }
 * }</pre>
 */
public abstract class QuirePlugin extends AbstractModule {

    /** The plugin's name, as a site names it in {@code quire.disable} of {@code _config.yml}. */
    public abstract String name();

    /**
     * The typed options this plugin reads from {@code _config.yml}. Quire checks each before the
     * build starts, so that a mistyped option fails at once, with every such mistake reported.
     */
    public List<OptionsKey<?>> options() {
        return List.of();
    }

    protected final Multibinder<Loader> loaders() {
        return Multibinder.newSetBinder(binder(), Loader.class);
    }

    protected final Multibinder<Transformer> transformers() {
        return Multibinder.newSetBinder(binder(), Transformer.class);
    }

    protected final Multibinder<Generator> generators() {
        return Multibinder.newSetBinder(binder(), Generator.class);
    }

    protected final Multibinder<Renderer> renderers() {
        return Multibinder.newSetBinder(binder(), Renderer.class);
    }

    /** Template languages for layouts, besides FreeMarker: see {@link LayoutEngine}. */
    protected final Multibinder<LayoutEngine> layoutEngines() {
        return Multibinder.newSetBinder(binder(), LayoutEngine.class);
    }

    protected final Multibinder<Theme> themes() {
        return Multibinder.newSetBinder(binder(), Theme.class);
    }
}
