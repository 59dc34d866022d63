package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's {@code markdown="1"} on an HTML block element: the element's content is Markdown. The
 * element is written without the {@code markdown} attribute, its converted content indented inside.
 */
final class KramdownHtmlMarkdown {

    private static final Pattern ELEMENT = Pattern.compile(
            "\\A<([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)\\s+markdown\\s*=\\s*(?:\"(?:1|block)\"|'(?:1|block)'|1\\b|block\\b)([^>]*)>"
                    + "(.*)</\\1\\s*>\\s*\\z", Pattern.DOTALL);

    private KramdownHtmlMarkdown() {
    }

    /** An HTML element whose content was converted as Markdown. */
    static final class MarkdownElement extends Block {

        private final String openTag;
        private final String closeTag;

        MarkdownElement(BasedSequence chars, String openTag, String closeTag) {
            super(chars);
            this.openTag = openTag;
            this.closeTag = closeTag;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    static final class PostProcessor extends NodePostProcessor {

        private final Document document;
        private Parser parser;

        PostProcessor(Document document) {
            this.document = document;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!(node instanceof HtmlBlock block) || block.getChars().indexOf("markdown") < 0) {
                return;
            }
            Matcher m = ELEMENT.matcher(block.getChars().toString());
            if (!m.matches()) {
                return;
            }
            String attributes = (m.group(2) + m.group(3)).strip();
            MarkdownElement element = new MarkdownElement(block.getChars(),
                    "<" + m.group(1) + (attributes.isEmpty() ? "" : " " + attributes) + ">", "</" + m.group(1) + ">");
            if (parser == null) { // rare: one parser for the document's elements, with its options
                parser = CopyFreeInlineParser.parser(document);
            }
            Node content = parser.parse(m.group(4));
            while (content.getFirstChild() != null) {
                Node child = content.getFirstChild();
                child.unlink();
                element.appendChild(child);
            }
            block.insertBefore(element);
            block.unlink();
            state.nodeAddedWithDescendants(element);
            state.nodeRemoved(block);
        }
    }

    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(HtmlBlock.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new PostProcessor(document);
        }
    }

    static final class Renderer implements NodeRenderer {

        Renderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(MarkdownElement.class, Renderer::render));
        }

        private static void render(MarkdownElement element, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.raw(element.openTag);
            html.line();
            html.indent();
            context.renderChildren(element);
            html.unIndent();
            html.raw(element.closeTag);
            html.line();
        }
    }
}
