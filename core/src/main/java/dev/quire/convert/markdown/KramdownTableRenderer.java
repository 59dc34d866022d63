package dev.quire.convert.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Locale;
import java.util.Set;

/**
 * Tables as kramdown prints them: one element per line, indented, alignment as
 * {@code style="text-align: left"}, no empty {@code thead}.
 */
final class KramdownTableRenderer implements NodeRenderer {

    KramdownTableRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(TableBlock.class, (node, context, html) -> section("table", node, context, html)),
                new NodeRenderingHandler<>(TableHead.class, (node, context, html) -> section("thead", node, context, html)),
                new NodeRenderingHandler<>(TableBody.class, (node, context, html) -> section("tbody", node, context, html)),
                new NodeRenderingHandler<>(TableRow.class, (node, context, html) -> section("tr", node, context, html)),
                new NodeRenderingHandler<>(TableSeparator.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(TableCaption.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(TableCell.class, KramdownTableRenderer::cell));
    }

    private static void section(String tag, Node node, NodeRendererContext context, HtmlWriter html) {
        if (!node.hasChildren()) {
            return;
        }
        html.withAttr().tagLineIndent(tag, () -> context.renderChildren(node));
    }

    private static void cell(TableCell cell, NodeRendererContext context, HtmlWriter html) {
        String tag = cell.isHeader() ? "th" : "td";
        if (cell.getAlignment() != null) {
            html.attr("style", "text-align: " + cell.getAlignment().name().toLowerCase(Locale.ROOT));
        }
        html.line();
        html.withAttr().tag(tag);
        context.renderChildren(cell);
        html.tag("/" + tag);
        html.line();
    }
}
