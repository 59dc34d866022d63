package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Header ids as Jekyll's Markdown (kramdown, GFM input) makes them: the header's plain text, lower
 * case, with every character that is not a letter, mark, digit, connector, {@code -}, space or tab
 * removed, spaces and tabs turned into {@code -}; a repeated id gets {@code -1}, {@code -2}, ...
 */
public final class KramdownHeaderIds implements HtmlIdGenerator {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\- \\t]");

    private final Map<Node, String> ids = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    public static HeaderIdGeneratorFactory factory() {
        return new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new KramdownHeaderIds();
            }

            @Override
            public HtmlIdGenerator create() {
                return new KramdownHeaderIds();
            }
        };
    }

    /** The id for header text, without de-duplication. */
    public static String baseId(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-').replace('\t', '-');
    }

    @Override
    public void generateIds(Document document) {
        generateIds(document, null);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getAnchorRefId().isEmpty()) {
                StringBuilder text = new StringBuilder();
                collectText(heading, text);
                String id = unique(baseId(text.toString()));
                heading.setAnchorRefId(id);
                ids.put(heading, id);
            }
        }
    }

    /** The header's text as kramdown sees it: typographic symbols as the characters they print as. */
    private static void collectText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TypographicSmarts smarts) {
                text.append(smarts.getTypographicText());
            } else if (child instanceof TypographicQuotes quotes) {
                text.append(quotes.getTypographicOpening());
                collectText(quotes, text);
                text.append(quotes.getTypographicClosing());
            } else if (child instanceof Code code) {
                text.append(code.getText());
            } else if (child instanceof Text || child instanceof SoftLineBreak) {
                text.append(child.getChars());
            } else {
                collectText(child, text);
            }
        }
    }

    private String unique(String id) {
        int seen = counters.merge(id, 1, Integer::sum) - 1;
        return seen == 0 ? id : id + "-" + seen;
    }

    @Override
    public String getId(Node node) {
        if (node instanceof Heading heading) {
            String anchor = heading.getAnchorRefId();
            return anchor.isEmpty() ? ids.get(node) : anchor;
        }
        return ids.get(node);
    }

    @Override
    public String getId(CharSequence text) {
        return unique(baseId(text.toString()));
    }
}
