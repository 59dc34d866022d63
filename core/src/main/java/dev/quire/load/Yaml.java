package dev.quire.load;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses YAML (front matter, {@code _config.yml}) safely: no arbitrary types, and limits on
 * aliases, nesting, size and alias expansion so that hostile input is an error rather than an
 * out-of-memory.
 *
 * <p>Timestamps keep the distinction Jekyll depends on: a date alone becomes a {@link LocalDate}
 * (midnight in the site's zone later), a timestamp becomes an {@link OffsetDateTime}, in UTC when
 * it has no offset (as Ruby's YAML reads it). Quoted strings stay strings.
 */
public final class Yaml {

    /** How many values aliases may add to a document beyond those written out. */
    static final int MAX_EXPANSION = 100_000;

    private Yaml() {
    }

    /**
     * Parses a YAML mapping. An empty text gives an empty map. The result and every list, map and
     * set in it are unmodifiable, in the order of the text; a value reached through several
     * aliases is one shared object.
     *
     * @param text      the YAML text
     * @param file      the file, for messages
     * @param firstLine the line of the file where the YAML text starts (1-based)
     * @throws QuireException when the text is not valid YAML, not a mapping, contains itself
     *                        through an alias, or expands through aliases to too many values
     */
    public static Map<String, Object> parseMapping(String text, String file, int firstLine) {
        Object value = parseValue(text, file, firstLine);
        return value == null ? Map.of() : mapping(value, file, firstLine);
    }

    private static Map<String, Object> mapping(Object value, String file, int firstLine) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new QuireException(SourceLocation.of(file, firstLine),
                    "YAML must be a mapping of keys to values, found " + describe(value),
                    "write 'key: value' lines");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, v) -> result.put(String.valueOf(key), v));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Parses any YAML document (a mapping, a list or a scalar), with the same checks and the same
     * immutable result as {@link #parseMapping}; an empty text gives {@code null}.
     */
    public static Object parseValue(String text, String file, int firstLine) {
        return parse(text, file, firstLine, false).value();
    }

    /**
     * A mapping with where its keys are written, at any depth ({@code feed.tags.path} as the path
     * {@code [feed, tags, path]}; keys inside lists are not located), each at the key's first
     * character (a quoted key at its quote). Keys are named as in {@link #values} ({@code 1:} as
     * {@code "1"}); a key written twice is where it is written last, as its value is the last one.
     *
     * @param values the mapping, as {@link #parseMapping} gives it
     * @param paths  where each key is written, by its path from the top
     */
    public record LocatedMapping(Map<String, Object> values, Map<List<String>, SourceLocation> paths) {

        public LocatedMapping {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
        }

        /** Where each top-level key is written. */
        public Map<String, SourceLocation> keys() {
            Map<String, SourceLocation> keys = new LinkedHashMap<>();
            paths.forEach((path, at) -> {
                if (path.size() == 1) {
                    keys.put(path.get(0), at);
                }
            });
            return keys;
        }
    }

    /**
     * Parses a YAML mapping as {@link #parseMapping} does, and keeps where its keys are written
     * (the parser's own marks), for messages about a key's value.
     */
    public static LocatedMapping parseLocatedMapping(String text, String file, int firstLine) {
        Parsed parsed = parse(text, file, firstLine, true);
        if (parsed.value() == null) {
            return new LocatedMapping(Map.of(), Map.of());
        }
        Map<String, Object> values = mapping(parsed.value(), file, firstLine);
        Map<List<String>, SourceLocation> paths = new LinkedHashMap<>();
        locateKeys((MappingNode) parsed.node(), List.of(), parsed, paths, file, firstLine);
        return new LocatedMapping(values, paths);
    }

    private static void locateKeys(MappingNode mapping, List<String> parent, Parsed parsed,
            Map<List<String>, SourceLocation> paths, String file, int firstLine) {
        for (NodeTuple tuple : mapping.getValue()) {
            List<String> path = new ArrayList<>(parent);
            path.add(parsed.keyName(tuple.getKeyNode()));
            // A key written again replaces its earlier value, and with it the keys that value had.
            paths.keySet().removeIf(known -> known.size() > path.size() && known.subList(0, path.size()).equals(path));
            paths.put(List.copyOf(path), at(tuple.getKeyNode().getStartMark(), file, firstLine));
            if (tuple.getValueNode() instanceof MappingNode inner) {
                locateKeys(inner, path, parsed, paths, file, firstLine);
            }
        }
    }

    /** A parsed document: its value, and (when asked for) its node and constructor, to name its keys. */
    private record Parsed(Object value, Node node, JekyllConstructor constructor) {

        /** A key as the constructed mapping names it (after construction, so merge keys are resolved). */
        String keyName(Node keyNode) {
            return String.valueOf(constructor.construct(keyNode));
        }
    }

    private static Parsed parse(String text, String file, int firstLine, boolean keepNode) {
        LoaderOptions options = loaderOptions();
        JekyllConstructor constructor = new JekyllConstructor(options);
        Object value;
        Node node;
        try {
            org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(constructor,
                    new Representer(new DumperOptions()), new DumperOptions(), options);
            node = yaml.compose(new StringReader(text));
            if (node == null) {
                return new Parsed(null, null, constructor);
            }
            new YamlExpansionCheck(file, firstLine).size(node);
            value = constructor.construct(node);
        } catch (MarkedYAMLException e) {
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null) {
                what = e.getContext() + ", " + what;
            }
            throw new QuireException(locate(e, text, file, firstLine), "invalid YAML: " + what,
                    "fix the YAML syntax; quote values that contain ': ', '#', or start with '[', '{', '*', '&'",
                    e);
        } catch (YAMLException e) {
            throw new QuireException(SourceLocation.of(file, firstLine), "invalid YAML: " + e.getMessage(),
                    "simplify the YAML: Quire refuses deep nesting and many aliases", e);
        } catch (BadValue e) {
            String tag = e.node.getTag().getValue().replace(Tag.PREFIX, "!!");
            String what = e.node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "the value";
            throw new QuireException(at(e.node.getStartMark(), file, firstLine),
                    "invalid YAML: " + what + " cannot be read as " + tag,
                    "remove the tag " + tag + " or fix the value", e);
        }
        Node kept = keepNode ? node : null;
        if (value instanceof Map<?, ?> map) {
            YamlFreezer freezer = new YamlFreezer();
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, v) -> result.put(String.valueOf(key), freezer.freeze(v)));
            return new Parsed(Collections.unmodifiableMap(result), kept, constructor);
        }
        return new Parsed(value == null ? null : new YamlFreezer().freeze(value), kept, constructor);
    }

    /**
     * Where a syntax error is. SnakeYAML notices many errors (an unclosed list or quote) only at
     * the end of the text, which in front matter is the closing {@code ---} line; the construct
     * left open is where the user has to look, so the context mark wins there, and without one
     * the end of the last line that has text.
     */
    private static SourceLocation locate(MarkedYAMLException e, String text, String file, int firstLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) {
            return SourceLocation.of(file, firstLine);
        }
        if (atEnd(mark, text)) {
            if (e.getContextMark() != null && !atEnd(e.getContextMark(), text)) {
                mark = e.getContextMark();
            } else {
                return endOfLastLine(text, file, firstLine);
            }
        }
        return at(mark, file, firstLine);
    }

    static SourceLocation at(Mark mark, String file, int firstLine) {
        return mark == null ? SourceLocation.of(file, firstLine)
                : new SourceLocation(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** Whether only whitespace follows the mark (its index counts code points). */
    private static boolean atEnd(Mark mark, String text) {
        int points = text.codePointCount(0, text.length());
        if (mark.getIndex() >= points) {
            return true;
        }
        return text.substring(text.offsetByCodePoints(0, mark.getIndex())).isBlank();
    }

    private static SourceLocation endOfLastLine(String text, String file, int firstLine) {
        String content = text.stripTrailing();
        if (content.isEmpty()) {
            return SourceLocation.of(file, firstLine);
        }
        int lineStart = content.lastIndexOf('\n') + 1;
        int line = (int) content.chars().filter(c -> c == '\n').count();
        return new SourceLocation(file, firstLine + line, content.codePointCount(lineStart, content.length()) + 1);
    }

    private static String describe(Object value) {
        return value instanceof List ? "a list" : "a single value '" + value + "'";
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(8 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        return options;
    }

    /** SafeConstructor with java.time timestamps. */
    private static final class JekyllConstructor extends SafeConstructor {
        JekyllConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructTimestamp());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }

        /** A value its tag cannot read ({@code !!int x}) is reported at that value. */
        @Override
        protected Object constructObject(Node node) {
            try {
                return super.constructObject(node);
            } catch (YAMLException | BadValue e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BadValue(node, e);
            }
        }

        private final class ConstructTimestamp extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String text = ((ScalarNode) node).getValue();
                return YamlTimestamps.parse(text);
            }
        }
    }

    /** A value that its constructor could not read, with the node it came from. */
    private static final class BadValue extends RuntimeException {
        private final transient Node node;

        BadValue(Node node, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.node = node;
        }
    }
}
