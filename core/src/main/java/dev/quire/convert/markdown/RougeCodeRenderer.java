package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Code as Jekyll prints it with kramdown and Rouge: blocks in Rouge's wrapper
 * ({@code div.language-X.highlighter-rouge > div.highlight > pre.highlight > code}, language
 * {@code plaintext} when none is given), inline code with {@code class="language-plaintext highlighter-rouge"}.
 * The code is escaped, without Rouge's token spans.
 */
final class RougeCodeRenderer implements NodeRenderer {

    RougeCodeRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) ->
                        block(language(node.getInfo().toString()), node.getContentChars().toString(), context, html)),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, (node, context, html) ->
                        block("plaintext", node.getContentChars().toString(), context, html)),
                new NodeRenderingHandler<>(Code.class, (node, context, html) -> {
                    html.raw("<code class=\"language-plaintext highlighter-rouge\">");
                    html.raw(Html.text(node.getText()));
                    html.raw("</code>");
                }));
    }

    /** The language of a fence's info string: its first word, {@code plaintext} if there is none. */
    static String language(String info) {
        String trimmed = info.strip();
        int space = trimmed.indexOf(' ');
        String word = space < 0 ? trimmed : trimmed.substring(0, space);
        return word.isEmpty() ? "plaintext" : word;
    }

    private static void block(String language, String code, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.openPre();
        // kramdown indents the wrapper's last closing tag as deep as the block itself
        html.raw(RougeMarkup.codeBlock(language, code, html.getPrefix().length()));
        html.closePre();
        html.line();
    }
}
