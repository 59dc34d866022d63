package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Paragraphs as kramdown prints them in nested blocks: the {@code <p>} is indented with its block,
 * its continuation lines are not (flexmark would indent every line).
 */
final class KramdownParagraphRenderer implements NodeRenderer {

    private final ListOptions listOptions;

    KramdownParagraphRenderer(DataHolder options) {
        this.listOptions = ListOptions.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
    }

    private static boolean onlyAttributes(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof NonRenderingInline)) {
                return false;
            }
        }
        return paragraph.hasChildren();
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        if (onlyAttributes(paragraph)) {
            return; // a block attribute list on a line of its own, given to the block before it
        }
        boolean wrapped = !(paragraph.getParent() instanceof ParagraphItemContainer container)
                || !container.isParagraphWrappingDisabled(paragraph, listOptions, context.getOptions());
        if (wrapped) {
            html.line();
            html.srcPos(paragraph.getChars()).withAttr().tag("p", false);
        }
        html.openPre();
        context.renderChildren(paragraph);
        html.closePre();
        if (wrapped) {
            html.tag("/p");
            html.line();
        }
    }
}
