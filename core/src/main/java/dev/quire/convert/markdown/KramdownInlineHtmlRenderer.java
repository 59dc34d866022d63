package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline void elements as kramdown writes them back: {@code <br>} as {@code <br />},
 * {@code <img src='a'>} as {@code <img src="a" />}, a bare attribute {@code checked} as
 * {@code checked=""}. Other inline HTML passes unchanged.
 */
final class KramdownInlineHtmlRenderer implements NodeRenderer {

    private static final Pattern VOID_TAG = Pattern.compile(
            "\\A<(br|img|input|wbr)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    KramdownInlineHtmlRenderer(DataHolder options) {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlInline.class, KramdownInlineHtmlRenderer::render));
    }

    private static void render(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        html.raw(rewrite(node.getChars().toString()));
    }

    static String rewrite(String tag) {
        Matcher m = VOID_TAG.matcher(tag);
        if (!m.matches()) {
            return tag;
        }
        StringBuilder out = new StringBuilder("<").append(m.group(1));
        Matcher attribute = ATTRIBUTE.matcher(m.group(2));
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3).replace("\"", "&quot;")
                    : attribute.group(4) != null ? attribute.group(4) : "";
            out.append(' ').append(attribute.group(1)).append("=\"").append(value).append('"');
        }
        return out.append(" />").toString();
    }
}
