package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A header's attributes in kramdown's order: those of its attribute list as written, the
 * automatic id last ({@code <h2 class="title" id="a-header">}); flexmark writes the id first.
 */
final class KramdownHeaderAttributes implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Heading) || attributes.get("id") == null) {
            return;
        }
        List<AttributesNode> lists = AttributesExtension.NODE_ATTRIBUTES.get(node.getDocument()).get(node);
        if (lists == null || lists.isEmpty()) {
            return;
        }
        List<String> written = new ArrayList<>();
        for (AttributesNode list : lists) {
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributeNode attribute) {
                    written.add(attribute.isId() ? "id" : attribute.isClass() ? "class" : attribute.getName().toString());
                }
            }
        }
        List<Attribute> ordered = new ArrayList<>(attributes.values());
        ordered.sort(Comparator.comparingInt(attribute -> {
            int at = written.indexOf(attribute.getName());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        attributes.clear();
        ordered.forEach(attributes::addValue);
    }

    static final class Factory extends IndependentAttributeProviderFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesAttributeProvider.Factory.class);
        }

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new KramdownHeaderAttributes();
        }
    }
}
