package dev.quire.convert.liquid;

import dev.quire.convert.liquid.LinkTags.TagException;
import dev.quire.convert.markdown.RougeMarkup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.blocks.Block;
import liqp.nodes.LNode;

/**
 * Jekyll 4.3's {@code {% highlight LANG [linenos] %}...{% endhighlight %}}: the body, rendered, with
 * leading and trailing line breaks removed, in Rouge's {@code figure.highlight} markup; with
 * {@code linenos}, Rouge's line-number table. Other options ({@code hl_lines}, {@code mark_lines})
 * are accepted and, as Quire does not split code into Rouge's tokens, have no effect.
 */
final class HighlightTag {

    // Jekyll::Tags::HighlightBlock::SYNTAX
    private static final Pattern SYNTAX =
            Pattern.compile("^([a-zA-Z0-9.+#_-]+)((\\s+\\w+(=(\\w+|\"[^\"]*\"))?)*)$", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("\\w+(=(\\w+|\"[^\"]*\"))?");
    private static final Pattern OUTER_BREAKS = Pattern.compile("\\A[\\n\\r]+|[\\n\\r]+\\z");

    private HighlightTag() {
    }

    static Block highlight() {
        return new Block("highlight") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                LNode body = nodes[nodes.length - 1];
                String markup = TagMarkup.of(context, java.util.Arrays.copyOf(nodes, nodes.length - 1));
                Matcher m = SYNTAX.matcher(markup);
                if (!m.matches()) {
                    throw new TagException("highlight", "Syntax Error in tag 'highlight' while parsing the following markup: "
                            + markup + " Valid syntax: highlight <lang> [linenos]").withMarkup(markup);
                }
                Object rendered = body.render(context);
                String code = OUTER_BREAKS.matcher(rendered == null ? "" : rendered.toString()).replaceAll("");
                return RougeMarkup.highlightTag(m.group(1).toLowerCase(java.util.Locale.ROOT), code,
                        lineNumbers(m.group(2)));
            }
        };
    }

    /** Whether the options ask for line numbers ({@code linenos}, {@code linenos=table}, ...). */
    private static boolean lineNumbers(String options) {
        Matcher m = OPTION.matcher(options);
        while (m.find()) {
            if (m.group().equals("linenos") || m.group().startsWith("linenos=")) {
                return true;
            }
        }
        return false;
    }
}
