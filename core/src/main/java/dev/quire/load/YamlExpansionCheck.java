package dev.quire.load;

import dev.quire.error.QuireException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Counts the values a document stands for once its aliases are expanded, without expanding
 * them: the nodes form a graph in which an alias is the anchored node itself, so the count is
 * memoised per node and costs one visit per node. A document without aliases has as many
 * values as nodes, so what is limited is what aliases add; a node that contains itself
 * cannot be expanded at all.
 */
final class YamlExpansionCheck {

    private static final long IN_PROGRESS = -1;

    private final String file;
    private final int firstLine;
    private final Map<Node, Long> sizes = new IdentityHashMap<>();

    YamlExpansionCheck(String file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    long size(Node node) {
        Long known = sizes.get(node);
        if (known != null) {
            if (known == IN_PROGRESS) {
                throw error(node, "YAML value contains itself through an alias",
                        "remove the alias (*name) that refers to the value it is inside");
            }
            return known;
        }
        sizes.put(node, IN_PROGRESS);
        long size = 1;
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size += size(item);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size += size(tuple.getKeyNode()) + size(tuple.getValueNode());
            }
        }
        // sizes.size() is at least the number of distinct nodes below this one
        if (size - sizes.size() > Yaml.MAX_EXPANSION) {
            throw error(node, "YAML expands to more than " + Yaml.MAX_EXPANSION + " values through aliases",
                    "remove aliases (*name) that repeat large lists or maps, or write the values out");
        }
        sizes.put(node, size);
        return size;
    }

    private QuireException error(Node node, String message, String hint) {
        return new QuireException(Yaml.at(node.getStartMark(), file, firstLine), message, hint);
    }
}
