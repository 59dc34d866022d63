package dev.quire.convert.markdown;

import com.google.inject.Inject;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.util.List;
import java.util.Set;

/**
 * Converts Markdown documents to HTML with flexmark, configured once per build (flexmark's parser
 * and renderer are immutable and safe to share between threads), with kramdown's header ids.
 */
public final class MarkdownTransformer implements Transformer {

    private final SiteConfig config;
    private final Parser parser;
    private final HtmlRenderer renderer;

    @Inject
    public MarkdownTransformer(SiteConfig config) {
        this.config = config;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(KramdownHeaderIds.factory()).build();
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
        return renderer.render(parser.parse(markdown));
    }
}
