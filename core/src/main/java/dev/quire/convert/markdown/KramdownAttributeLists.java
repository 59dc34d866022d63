package dev.quire.convert.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.ext.attributes.internal.NodeAttributeRepository;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kramdown's attribute lists on top of flexmark's attributes extension, which reads
 * {@code {: .class #id key="v"}} but takes the leading {@code :} for an attribute:
 * <ul>
 * <li>braces without a colon ({@code { x }}, {@code {{ x }}}) are text, not an attribute list,
 *     except a header id ({@code # Title {#id}});</li>
 * <li>the {@code :} of an inline attribute list ({@code {: ...}}) is dropped;</li>
 * <li>attribute list definitions {@code {:name: ...}} are removed, and a bare {@code name} in an
 *     attribute list stands for their attributes; other bare names are dropped, as kramdown does
 *     (except {@code toc}, see {@link KramdownToc});</li>
 * <li>a block attribute list on a line of its own right after a block, less indented than the
 *     paragraph it was read into (a lazy continuation line for flexmark), belongs to that block:
 *     {@code > quote\n{: .note}} to the quote, {@code * item\n{: .list}} to the list.</li>
 * </ul>
 */
final class KramdownAttributeLists extends DocumentPostProcessor {

    /** The reference kramdown's table of contents is marked with ({@code {:toc}}). */
    static final String TOC = "toc";

    @Override
    public Document processDocument(Document document) {
        NodeAttributeRepository owners = AttributesExtension.NODE_ATTRIBUTES.get(document);
        if (owners.isEmpty()) {
            return document; // no attribute list was read: skip the walk
        }
        List<AttributesNode> lists = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributesNode list) {
                lists.add(list);
            }
        }
        Map<String, List<AttributeNode>> definitions = new HashMap<>();
        for (AttributesNode list : lists) {
            String name = definedName(list);
            if (name != null) {
                definitions.put(name, attributes(list).subList(1, attributes(list).size()));
            }
        }
        for (AttributesNode list : lists) {
            Node owner = owner(owners, list);
            if (!list.getChars().startsWith("{:") && !isHeaderId(list)) {
                // kramdown reads only {: ...} and {:name: ...}; "{{ x }}" or "{ x }" is text (a Liquid
                // example in a raw block, text of a page without Liquid).
                disown(owners, owner, list);
                list.insertBefore(new Text(list.getChars()));
                list.unlink();
                continue;
            }
            if (definedName(list) != null) {
                disown(owners, owner, list);
                list.unlink();
                continue;
            }
            for (AttributeNode attribute : attributes(list)) {
                String name = attribute.getName().toString();
                if (name.equals(":")) {
                    attribute.unlink();
                } else if (name.equals(":" + TOC) || (name.equals(TOC) && attribute.getValue().isNull())) {
                    attribute.unlink();
                    KramdownToc.mark(list);
                } else if (!attribute.isId() && !attribute.isClass() && attribute.getValue().isNull()
                        && attribute.getAttributeSeparator().isNull()) {
                    for (AttributeNode defined : definitions.getOrDefault(name, List.of())) {
                        attribute.insertBefore(copy(defined));
                    }
                    attribute.unlink();
                }
            }
            Node block = blockOfOwnLine(list);
            if (block != null && owner != null && owner != block) {
                disown(owners, owner, list);
                owners.put(block, list);
            }
        }
        return document;
    }

    /** kramdown's header id, {@code # Title {#id}}: the one attribute list written without a colon. */
    private static boolean isHeaderId(AttributesNode list) {
        return list.getParent() instanceof com.vladsch.flexmark.ast.Heading && list.getNext() == null
                && list.getChars().toString().matches("\\{#[A-Za-z][\\w-]*}");
    }

    /** {@code name} of a definition {@code {:name: ...}}, else {@code null}. */
    private static String definedName(AttributesNode list) {
        if (list.getFirstChild() instanceof AttributeNode first) {
            String name = first.getName().toString();
            if (name.length() > 2 && name.startsWith(":") && name.endsWith(":")) {
                return name.substring(1, name.length() - 1);
            }
        }
        return null;
    }

    private static List<AttributeNode> attributes(AttributesNode list) {
        List<AttributeNode> attributes = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    private static AttributeNode copy(AttributeNode attribute) {
        return new AttributeNode(attribute.getName(), attribute.getAttributeSeparator(), attribute.getOpeningMarker(),
                attribute.getValue(), attribute.getClosingMarker());
    }

    private static Node owner(NodeAttributeRepository owners, AttributesNode list) {
        for (Map.Entry<Node, ArrayList<AttributesNode>> entry : owners.entrySet()) {
            if (entry.getValue().contains(list)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static void disown(NodeAttributeRepository owners, Node owner, AttributesNode list) {
        if (owner != null && owners.get(owner) != null) {
            owners.get(owner).remove(list);
        }
    }

    /**
     * The block an attribute list on a line of its own at the end of a paragraph belongs to: the
     * paragraph, or the outer block it was lazily continued into ({@code null} if it is not alone on
     * its line).
     */
    private static Node blockOfOwnLine(AttributesNode list) {
        if (!(list.getParent() instanceof Paragraph paragraph) || list.getNext() != null || list.getPrevious() == null) {
            return null;
        }
        BasedSequence base = list.getChars().getBaseSequence();
        int lineStart = list.getStartOffset();
        while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (!base.subSequence(lineStart, list.getStartOffset()).isBlank()) {
            return null;
        }
        int column = list.getStartOffset() - lineStart;
        Node block = paragraph;
        while (!(block.getParent() instanceof Document) && column < column(block)) {
            block = block.getParent();
        }
        if (block instanceof ListItem && block.getParent() instanceof ListBlock listBlock) {
            block = listBlock;
        }
        return block;
    }

    private static int column(Node node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int start = node.getStartOffset();
        int lineStart = start;
        while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return start - lineStart;
    }

    static final class Factory extends DocumentPostProcessorFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(AttributesNodePostProcessor.Factory.class);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new KramdownAttributeLists();
        }
    }
}
