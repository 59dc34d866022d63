package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Task lists as kramdown's GFM parser marks them: a list with a task item has
 * {@code class="task-list"}, and every item of it {@code class="task-list-item"}, task or not
 * (flexmark marks only the task items, which {@link KramdownMarkdown}'s options give that class).
 */
final class KramdownTaskLists implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof ListBlock list && hasTask(list)) {
            attributes.addValue("class", "task-list");
        } else if (node instanceof ListItem item && !(item instanceof TaskListItem)
                && item.getParent() instanceof ListBlock list && hasTask(list)) {
            attributes.addValue("class", "task-list-item");
        }
    }

    private static boolean hasTask(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof TaskListItem) {
                return true;
            }
        }
        return false;
    }

    static final class Factory extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new KramdownTaskLists();
        }
    }
}
