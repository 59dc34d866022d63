package dev.quire.pipeline;

import dev.quire.build.BuildOptions;
import dev.quire.convert.liquid.LiquidTransformer;
import dev.quire.convert.markdown.MarkdownTransformer;
import dev.quire.load.CollectionLoader;
import dev.quire.load.LayoutLoader;
import dev.quire.load.PageLoader;
import dev.quire.load.PostLoader;
import dev.quire.model.SiteConfig;
import dev.quire.resolve.DateTransformer;
import dev.quire.resolve.DefaultsTransformer;
import dev.quire.resolve.PermalinkTransformer;
import dev.quire.resolve.PublishingTransformer;
import dev.quire.resolve.TaxonomyTransformer;
import dev.quire.resolve.TitleTransformer;
import dev.quire.spi.QuirePlugin;

/** Quire's own loaders and transformers, plus the build's configuration, for every build. */
final class CoreModule extends QuirePlugin {

    private final SiteConfig config;
    private final BuildOptions options;

    CoreModule(SiteConfig config, BuildOptions options) {
        this.config = config;
        this.options = options;
    }

    @Override
    public String name() {
        return "core";
    }

    @Override
    protected void configure() {
        bind(SiteConfig.class).toInstance(config);
        bind(BuildOptions.class).toInstance(options);
        loaders().addBinding().to(PostLoader.class);
        loaders().addBinding().to(PageLoader.class);
        loaders().addBinding().to(LayoutLoader.class);
        loaders().addBinding().to(CollectionLoader.class);
        transformers().addBinding().to(DefaultsTransformer.class);
        transformers().addBinding().to(DateTransformer.class);
        transformers().addBinding().to(TitleTransformer.class);
        transformers().addBinding().to(TaxonomyTransformer.class);
        transformers().addBinding().to(PublishingTransformer.class);
        transformers().addBinding().to(PermalinkTransformer.class);
        transformers().addBinding().to(LiquidTransformer.class);
        transformers().addBinding().to(MarkdownTransformer.class);
        // Generators, renderers, layout engines and themes come from plugins; an empty set is still a set.
        generators();
        renderers();
        layoutEngines();
        themes();
    }
}
