package dev.quire.convert.markdown;

import com.google.inject.Inject;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.Set;

/**
 * Converts Markdown documents to HTML as Jekyll's kramdown does ({@link KramdownMarkdown}, one
 * parser and renderer per build, shared by every document).
 */
public final class MarkdownTransformer implements Transformer {

    private final SiteConfig config;
    private final KramdownMarkdown markdown;

    @Inject
    public MarkdownTransformer(SiteConfig config, KramdownMarkdown markdown) {
        this.config = config;
        this.markdown = markdown;
    }

    /** A transformer with a converter of its own (tests). */
    public MarkdownTransformer(SiteConfig config) {
        this(config, new KramdownMarkdown());
    }

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Phase phase() {
        return Phase.CONVERT;
    }

    @Override
    public Set<String> after() {
        return Set.of("liquid");
    }

    @Override
    public Document transform(Document document, TransformContext context) {
        if (!config.isMarkdown(document.source())) {
            return document;
        }
        return document.withContent(toHtml(document.content()));
    }

    public String toHtml(String markdown) {
        return this.markdown.toHtml(markdown);
    }
}
