package dev.quire.spi;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/**
 * A plugin: a Guice module that contributes loaders, transformers and renderers. Register the
 * class in {@code META-INF/services/dev.quire.spi.QuirePlugin}; a jar on the class path (for Maven,
 * a {@code <dependency>} of {@code quire-maven-plugin}) is then enough to use it. Plugins can
 * inject {@link dev.quire.model.SiteConfig}.
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

    protected final Multibinder<Loader> loaders() {
        return Multibinder.newSetBinder(binder(), Loader.class);
    }

    protected final Multibinder<Transformer> transformers() {
        return Multibinder.newSetBinder(binder(), Transformer.class);
    }

    protected final Multibinder<Renderer> renderers() {
        return Multibinder.newSetBinder(binder(), Renderer.class);
    }
}
