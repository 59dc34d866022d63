package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * kramdown's rule for the last item of a list, which flexmark's kramdown profile does not apply:
 * its first paragraph is written without {@code <p>} only if an earlier item's is too. So in a list
 * whose other items are all loose, a last one-line item is loose as well.
 */
final class KramdownListItems extends NodePostProcessor {

    @Override
    public void process(NodeTracker state, Node node) {
        if (!(node instanceof ListBlock list) || list.getFirstChild() == list.getLastChild()
                || !(list.getLastChild() instanceof ListItem last) || !(last.getFirstChild() instanceof Paragraph)
                || !last.isTight()) {
            return;
        }
        for (Node item = list.getFirstChild(); item != last; item = item.getNext()) {
            if (item instanceof ListItem earlier && earlier.isTight() && earlier.getFirstChild() instanceof Paragraph) {
                return;
            }
        }
        last.setLoose(true);
    }

    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(BulletList.class, OrderedList.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new KramdownListItems();
        }
    }
}
