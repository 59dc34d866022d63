package dev.quire.convert.liquid;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.quire.convert.markdown.KramdownMarkdown;
import dev.quire.model.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import liqp.LValue;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.antlr.CharStreamWithLocation;
import liqp.filters.Filter;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.parser.Flavor;

/**
 * One Liquid parser per build, Jekyll flavour, with Quire's Jekyll filters, {@code _includes} and the
 * {@code link} and {@code post_url} tags.
 * Its output does not depend on the machine: dates are read and printed in the site's time zone
 * ({@code timezone:}, as Jekyll sets it for the whole process) with English names, and the case
 * filters and {@code round} ignore the JVM's default locale.
 */
@Singleton
public final class LiquidEngine {

    static {
        // Liqp prints a date as Ruby's Time#to_s but with "Z" for a zero offset; Ruby writes +0000
        LValue.rubyDateTimeFormat = RubyTime.TO_S;
    }

    private final TemplateParser parser;

    /** An engine with a Markdown converter of its own (tests). */
    public LiquidEngine(SiteConfig config) {
        this(config, new KramdownMarkdown());
    }

    @Inject
    public LiquidEngine(SiteConfig config, KramdownMarkdown markdown) {
        IncludeResolver includes = new IncludeResolver(config.source(), config.source().resolve("_includes"));
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withDefaultTimeZone(config.zone())
                .withLocale(Locale.ENGLISH)
                .withShowExceptionsFromInclude(true)
                .withNameResolver(includes)
                .withTag(IncludeTag.include())
                .withTag(IncludeTag.includeRelative(includes))
                .withTag(LinkTags.postUrl())
                .withTag(LinkTags.link())
                .withBlock(HighlightTag.highlight())
                .withFilter(UrlFilters.relativeUrl(config))
                .withFilter(UrlFilters.absoluteUrl(config));
        for (Filter filter : LocaleFreeFilters.all()) {
            builder.withFilter(filter);
        }
        for (Filter filter : NilSafeStringFilters.all()) {
            builder.withFilter(filter);
        }
        for (Filter filter : DateFilters.all(config.zone())) {
            builder.withFilter(filter);
        }
        for (Filter filter : TextFilters.all(config.zone())) {
            builder.withFilter(filter);
        }
        for (Filter filter : MarkupFilters.all(markdown)) {
            builder.withFilter(filter);
        }
        for (Filter filter : ArrayFilters.all(config.zone())) {
            builder.withFilter(filter);
        }
        for (Filter filter : GroupingFilters.all()) {
            builder.withFilter(filter);
        }
        this.parser = builder.build();
    }

    /**
     * A context to render a template of this engine in, whose registry gives {@code link} and
     * {@code post_url} the site ({@code links}) and collects their deprecation warnings.
     */
    TemplateContext renderContext(LinkTags.State state) {
        TemplateContext context = new TemplateContext(parser, new HashMap<>());
        Map<String, Object> registry = context.getRegistry(LinkTags.REGISTRY);
        registry.put(LinkTags.STATE, state);
        return context;
    }

    /** A template of no file: {@code include_relative} is refused in it. */
    public Template parse(String text) {
        return parser.parse(TagMarkup.protect(text));
    }

    /** A template of the text of {@code file}, whose folder {@code include_relative} reads from. */
    public Template parse(String text, Path file) {
        Path location = file.toAbsolutePath().normalize();
        try {
            return parser.parse(new CharStreamWithLocation(CharStreams.fromString(TagMarkup.protect(text), location.toString()), location));
        } catch (IOException e) { // declared, but nothing is read from a string
            throw new UncheckedIOException(e);
        }
    }
}
