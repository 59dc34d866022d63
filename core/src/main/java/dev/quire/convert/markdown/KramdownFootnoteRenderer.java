package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Footnotes with kramdown's markup: references {@code <sup id="fnref:LABEL" role="doc-noteref">}
 * (a repeated reference {@code fnref:LABEL:N}) numbered in order of first use, and at the end
 * {@code div.footnotes > ol > li#fn:LABEL} with the back links ({@code &#8617;}, then
 * {@code &#8617;<sup>2</sup>}, ...) inside the footnote's last paragraph.
 */
final class KramdownFootnoteRenderer implements PhasedNodeRenderer {

    /** Footnote numbers and reference counts in order of first use (the renderer lives for one render). */
    private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
    private final Map<FootnoteBlock, Integer> uses = new IdentityHashMap<>();
    private final Map<Footnote, Integer> useOfReference = new IdentityHashMap<>();

    KramdownFootnoteRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::reference),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
    }

    private void reference(Footnote footnote, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            html.raw(Html.text(footnote.getChars()));
            return;
        }
        String label = block.getText().toString();
        int use = useOfReference.get(footnote);
        html.raw("<sup id=\"fnref:" + Html.attribute(label) + (use == 0 ? "" : ":" + use)
                + "\" role=\"doc-noteref\"><a href=\"#fn:" + Html.attribute(label)
                + "\" class=\"footnote\" rel=\"footnote\">" + numbers.get(block) + "</a></sup>");
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_TOP, RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_TOP) {
            if (!FootnoteExtension.FOOTNOTES.get(document).isEmpty()) { // most documents have none: skip the walk
                number(document);
            }
            return;
        }
        List<FootnoteBlock> blocks = new ArrayList<>(numbers.keySet());
        blocks.sort(Comparator.comparing(numbers::get));
        if (blocks.isEmpty()) {
            return;
        }
        html.line();
        html.attr("class", "footnotes").attr("role", "doc-endnotes").withAttr().tagLineIndent("div", () ->
                html.tagLineIndent("ol", () -> {
                    for (FootnoteBlock block : blocks) {
                        String label = block.getText().toString();
                        html.attr("id", "fn:" + label).attr("role", "doc-endnote").withAttr()
                                .tagLineIndent("li", () -> note(block, label, context, html));
                    }
                }));
    }

    /** Numbers the footnotes in order of their first reference, as kramdown does. */
    private void number(Node root) {
        for (Node node : root.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() != null) {
                FootnoteBlock block = footnote.getFootnoteBlock();
                numbers.putIfAbsent(block, numbers.size() + 1);
                int use = uses.merge(block, 1, Integer::sum) - 1;
                useOfReference.put(footnote, use);
            }
        }
    }

    private void note(FootnoteBlock block, String label, NodeRendererContext context, HtmlWriter html) {
        StringBuilder backlinks = new StringBuilder();
        for (int use = 0; use < uses.get(block); use++) {
            backlinks.append("\u00A0").append("<a href=\"#fnref:").append(Html.attribute(label)).append(use == 0 ? "" : ":" + use)
                    .append("\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;")
                    .append(use == 0 ? "" : "<sup>" + (use + 1) + "</sup>").append("</a>");
        }
        Node last = block.getLastChild();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child == last && child instanceof Paragraph paragraph) {
                html.line();
                html.raw("<p>");
                context.renderChildren(paragraph);
                html.raw(backlinks + "</p>");
                html.line();
            } else {
                context.render(child);
            }
        }
        if (!(last instanceof Paragraph)) {
            html.line();
            html.raw("<p>" + backlinks.substring(1) + "</p>");
            html.line();
        }
    }
}
