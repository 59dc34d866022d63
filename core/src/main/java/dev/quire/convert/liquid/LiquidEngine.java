package dev.quire.convert.liquid;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.quire.model.SiteConfig;
import liqp.Template;
import liqp.TemplateParser;
import liqp.antlr.LocalFSNameResolver;
import liqp.parser.Flavor;

/** One Liquid parser per build, Jekyll flavour, with Quire's Jekyll filters and {@code _includes}. */
@Singleton
public final class LiquidEngine {

    private final TemplateParser parser;

    @Inject
    public LiquidEngine(SiteConfig config) {
        this.parser = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withNameResolver(new LocalFSNameResolver(config.source().resolve("_includes").toString()))
                .withFilter(UrlFilters.relativeUrl(config))
                .withFilter(UrlFilters.absoluteUrl(config))
                .build();
    }

    public Template parse(String text) {
        return parser.parse(text);
    }
}
