package dev.quire.convert.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source text of a document's excerpt, by Jekyll 4.3.1's rules ({@code Excerpt#extract_excerpt}):
 * the raw body up to the first separator (all of it when there is none); a Liquid block opened
 * there and not closed gets its end tag appended; Markdown reference-link definitions after the
 * separator that the head uses are appended after a blank line.
 *
 * @param text     the excerpt's source (Liquid and Markdown, not rendered)
 * @param repaired whether end tags were appended (Jekyll warns about it)
 */
public record ExcerptSource(String text, boolean repaired) {

    /** Jekyll's {@code LIQUID_TAG_REGEX}: the name of every tag, blocks or not. */
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w+)\\s*.*?-?%\\}", Pattern.DOTALL);
    /** Jekyll's {@code MKDWN_LINK_REF_REGEX}: a {@code [id]: url} line with up to three leading spaces. */
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}(?:(\\[[^\\]]+\\])(:.+))$",
            Pattern.MULTILINE);
    /** The block tags of Liquid 4 and Jekyll: only these are closed by the repair. */
    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "tablerow", "capture",
            "comment", "raw", "ifchanged", "highlight");

    /** The excerpt source of {@code body} for a non-empty {@code separator}. */
    public static ExcerptSource extract(String body, String separator) {
        int at = body.indexOf(separator);
        if (at < 0 || at + separator.length() == body.length()) {
            return new ExcerptSource(at < 0 ? body : body.substring(0, at), false);
        }
        StringBuilder head = new StringBuilder(body.substring(0, at));
        boolean repaired = head.indexOf("{%") >= 0 && closeBlocks(head);
        List<String> definitions = new ArrayList<>();
        // A definition has "]:"; most posts have none, and the expression would try every position.
        int tailStart = at + separator.length();
        Matcher m = LINK_DEFINITION.matcher(body.indexOf("]:", tailStart) >= 0 ? body.substring(tailStart) : "");
        while (m.find()) {
            if (head.indexOf(m.group(1)) >= 0) {
                definitions.add(m.group(1) + m.group(2));
            }
        }
        if (!definitions.isEmpty()) {
            head.append("\n\n").append(String.join("\n", definitions));
        }
        return new ExcerptSource(head.toString(), repaired);
    }

    /**
     * Appends {@code {% endNAME %}} for each block tag, last first, whose end tag the head does not
     * contain yet; as in Jekyll, one end tag anywhere in the head counts for every block of that name.
     */
    private static boolean closeBlocks(StringBuilder head) {
        List<String> names = new ArrayList<>();
        Matcher m = LIQUID_TAG.matcher(head);
        while (m.find()) {
            names.add(m.group(1));
        }
        boolean modified = false;
        for (int i = names.size() - 1; i >= 0; i--) {
            String name = names.get(i);
            if (BLOCKS.contains(name) && !Pattern.compile("\\{%-?\\s*end" + name + ".*?\\s*-?%\\}", Pattern.DOTALL)
                    .matcher(head).find()) {
                head.append("\n{% end").append(name).append(" %}");
                modified = true;
            }
        }
        return modified;
    }
}
