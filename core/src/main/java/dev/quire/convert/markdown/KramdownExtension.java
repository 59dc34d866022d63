package dev.quire.convert.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Adapts flexmark's HTML to kramdown's markup: Rouge's code wrappers, footnotes, table alignment. */
final class KramdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private KramdownExtension() {
    }

    static KramdownExtension create() {
        return new KramdownExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new KramdownTypography.Factory());
        builder.postProcessorFactory(new KramdownHtmlMarkdown.Factory());
        builder.postProcessorFactory(new KramdownListItems.Factory());
        builder.postProcessorFactory(new KramdownAttributeLists.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new KramdownHeaderAttributes.Factory());
        builder.attributeProviderFactory(new KramdownTaskLists.Factory());
        builder.nodeRendererFactory(RougeCodeRenderer::new);
        builder.nodeRendererFactory(KramdownTableRenderer::new);
        builder.nodeRendererFactory(KramdownParagraphRenderer::new);
        builder.nodeRendererFactory(KramdownFootnoteRenderer::new);
        builder.nodeRendererFactory(KramdownToc.Renderer::new);
        builder.nodeRendererFactory(KramdownHtmlMarkdown.Renderer::new);
        builder.nodeRendererFactory(KramdownInlineHtmlRenderer::new);
    }
}
