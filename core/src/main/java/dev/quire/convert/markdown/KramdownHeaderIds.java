package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
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
                String id = unique(baseId(new TextCollectingVisitor().collectAndGetText(heading)));
                heading.setAnchorRefId(id);
                ids.put(heading, id);
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
