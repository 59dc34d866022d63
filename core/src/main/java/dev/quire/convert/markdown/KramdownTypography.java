package dev.quire.convert.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * kramdown's typographic symbols as characters: {@code --} en dash, {@code ---} em dash,
 * {@code ...} ellipsis; a lone {@code '} is an opening quote before a letter at the start of a
 * word ({@code 'tis}) and an apostrophe elsewhere ({@code it's}, {@code '90s}). Setting the text
 * on the node (not only when rendering) also gives header ids kramdown's characters.
 */
final class KramdownTypography extends NodePostProcessor {

    @Override
    public void process(NodeTracker state, Node node) {
        if (node instanceof TypographicSmarts smarts) {
            String text = symbol(smarts.getChars());
            if (text != null) {
                smarts.setTypographicText(text);
            }
        }
    }

    private static String symbol(BasedSequence chars) {
        String source = chars.toString();
        switch (source) {
            case "--":
                return "\u2013";
            case "---":
                return "\u2014";
            case "...":
            case ". . .":
                return "\u2026";
            case "'":
                BasedSequence base = chars.getBaseSequence();
                int before = chars.getStartOffset() - 1;
                int after = chars.getEndOffset();
                boolean wordStart = before < 0 || Character.isWhitespace(base.charAt(before));
                boolean letterNext = after < base.length() && Character.isLetter(base.charAt(after));
                return wordStart && letterNext ? "\u2018" : "\u2019";
            default:
                return null;
        }
    }

    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(TypographicSmarts.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new KramdownTypography();
        }
    }
}
