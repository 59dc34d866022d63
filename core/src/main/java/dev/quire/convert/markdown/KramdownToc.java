package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * kramdown's table of contents: a one-item list reading {@code TOC} with the attribute list
 * {@code {:toc}} becomes a nested list of the document's headers ({@code ul} or, for an ordered
 * list, {@code ol}, with {@code id="markdown-toc"}), each a link to its header with the id
 * {@code markdown-toc-ID}, in kramdown's indentation.
 */
final class KramdownToc {

    private KramdownToc() {
    }

    /** The node standing for the table of contents. */
    static final class TocBlock extends Block {

        private final boolean ordered;

        TocBlock(BasedSequence chars, boolean ordered) {
            super(chars);
            this.ordered = ordered;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Replaces the {@code TOC} list holding {@code attributes} by a {@link TocBlock}, if there is one. */
    static void mark(Node attributes) {
        Node node = attributes;
        while (node != null && !(node instanceof ListBlock)) {
            node = node.getParent();
        }
        if (node instanceof ListBlock list && list.getFirstChild() == list.getLastChild()
                && list.getFirstChild() != null && list.getFirstChild().getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof Text text && text.getChars().trim().toString().equals("TOC")) {
            list.insertBefore(new TocBlock(list.getChars(), list instanceof OrderedList));
            list.unlink();
        }
    }

    /** A header in the tree of contents. */
    private record Entry(Heading heading, List<Entry> children) {
    }

    static final class Renderer implements NodeRenderer {

        Renderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TocBlock.class, Renderer::render));
        }

        private static void render(TocBlock toc, NodeRendererContext context, HtmlWriter html) {
            // a header belongs below the last header before it of a lower level
            List<Entry> roots = new ArrayList<>();
            List<Entry> open = new ArrayList<>();
            for (Node node : toc.getDocument().getDescendants()) {
                if (node instanceof Heading heading) {
                    Entry entry = new Entry(heading, new ArrayList<>());
                    while (!open.isEmpty() && open.get(open.size() - 1).heading().getLevel() >= heading.getLevel()) {
                        open.remove(open.size() - 1);
                    }
                    (open.isEmpty() ? roots : open.get(open.size() - 1).children()).add(entry);
                    open.add(entry);
                }
            }
            String tag = toc.ordered ? "ol" : "ul";
            StringBuilder out = new StringBuilder();
            out.append('<').append(tag).append(" id=\"markdown-toc\">\n");
            items(roots, 0, tag, context, out);
            out.append("</").append(tag).append(">");
            html.line();
            html.openPre();
            html.raw(out);
            html.closePre();
            html.line();
        }

        private static void items(List<Entry> entries, int indent, String tag, NodeRendererContext context, StringBuilder out) {
            String pad = " ".repeat(indent + 2);
            for (Entry entry : entries) {
                String id = context.getNodeId(entry.heading());
                out.append(pad).append("<li><a href=\"#").append(Html.attribute(id)).append("\" id=\"markdown-toc-")
                        .append(Html.attribute(id)).append("\">").append(inner(entry.heading(), context)).append("</a>");
                if (entry.children().isEmpty()) {
                    out.append("</li>\n");
                } else {
                    String nested = " ".repeat(indent + 4);
                    out.append(nested).append('<').append(tag).append(">\n");
                    items(entry.children(), indent + 4, tag, context, out);
                    out.append(nested).append("</").append(tag).append(">\n").append(pad).append("</li>\n");
                }
            }
        }

        /** The header's content as HTML. */
        private static String inner(Heading heading, NodeRendererContext context) {
            NodeRendererContext sub = context.getSubContext(false);
            sub.doNotRenderLinks();
            sub.renderChildren(heading);
            return sub.getHtmlWriter().toString(0, 0).strip();
        }
    }
}
