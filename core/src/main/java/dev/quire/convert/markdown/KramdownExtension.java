package dev.quire.convert.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Adapts flexmark's AST and HTML to kramdown's: typography, attribute lists, {@code {:toc}},
 * {@code markdown="1"}, list looseness (post-processors); Rouge's code wrappers, tables, footnotes,
 * paragraphs, inline HTML (renderers); header attribute order and task-list classes (attribute providers).
 */
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
