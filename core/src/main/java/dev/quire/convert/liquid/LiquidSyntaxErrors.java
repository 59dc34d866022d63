package dev.quire.convert.liquid;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns liqp's parser messages ("mismatched input '%}' expecting {BlockId, ...}") into what a
 * writer needs: which tag is wrong, where, and what it should look like. Positions are 1-based
 * lines and 0-based columns of the template text.
 */
final class LiquidSyntaxErrors {

    /** What went wrong, where, and how to fix it. */
    record Explanation(int line, int column, String message, String hint) {
    }

    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%}", Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern INVALID_TAG = Pattern.compile("Invalid Tag: '([^']*)'");
    private static final Pattern UNKNOWN_FILTER = Pattern.compile("no filter available named: \\|?(\\S+)");

    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "tablerow", "capture", "comment",
            "raw", "highlight");
    /** Blocks whose body is text, not Liquid. */
    private static final Set<String> VERBATIM = Set.of("comment", "raw");

    private static final Map<String, String> SYNTAX = Map.ofEntries(
            Map.entry("if", "{% if condition %} ... {% elsif condition %} ... {% else %} ... {% endif %}"),
            Map.entry("elsif", "{% elsif condition %} inside {% if %}"),
            Map.entry("unless", "{% unless condition %} ... {% endunless %}"),
            Map.entry("case", "{% case value %}{% when value %} ... {% else %} ... {% endcase %}"),
            Map.entry("when", "{% when value %} or {% when value1, value2 %} inside {% case %}"),
            Map.entry("for", "{% for item in array %} ... {% endfor %}, with limit:, offset:, reversed or a range (1..5)"),
            Map.entry("tablerow", "{% tablerow item in array cols:2 %} ... {% endtablerow %}"),
            Map.entry("assign", "{% assign name = value | filter %}"),
            Map.entry("capture", "{% capture name %} ... {% endcapture %}"),
            Map.entry("cycle", "{% cycle 'a', 'b' %}"),
            Map.entry("increment", "{% increment name %}"),
            Map.entry("decrement", "{% decrement name %}"),
            Map.entry("include", "{% include file.html %} or {% include file.html key=value %} (the file is in _includes)"),
            Map.entry("include_relative", "{% include_relative file.md key=value %} (the path is relative to this file)"),
            Map.entry("highlight", "{% highlight language %} ... {% endhighlight %}, optionally with linenos"),
            Map.entry("link", "{% link path/of/a/file.md %}"),
            Map.entry("post_url", "{% post_url 2010-07-21-name %}"));

    private LiquidSyntaxErrors() {
    }

    /**
     * @param fileLine maps a line of the template to the line of the file it is in, for messages
     *                 that name another line
     */
    static Explanation explain(String template, int line, int column, String message,
            java.util.function.IntUnaryOperator fileLine) {
        Matcher invalid = INVALID_TAG.matcher(message);
        if (invalid.find()) {
            return new Explanation(line, column, "Unknown tag '" + invalid.group(1) + "'",
                    "Quire has Liquid's tags and Jekyll's include, include_relative, highlight, link, post_url and raw;"
                            + " a tag of a Jekyll plugin needs a Quire plugin, or print the text as it is with"
                            + " {% raw %}...{% endraw %}");
        }
        Matcher filter = UNKNOWN_FILTER.matcher(message);
        if (filter.find()) {
            return new Explanation(line, column, "Unknown filter '" + filter.group(1) + "'",
                    "check its name: Quire has Liquid's standard filters and Jekyll's (the README lists them)");
        }
        Explanation structure = structure(template, fileLine);
        if (structure != null) {
            return structure;
        }
        int offset = offset(template, line, column);
        // A parser error is a syntax error; anything else failed while rendering (a filter's argument).
        boolean syntax = message.startsWith("parser error");
        String kind = syntax ? "Syntax error" : "Error";
        Matcher tag = TAG.matcher(template);
        while (tag.find()) {
            if (tag.start() <= offset && offset <= tag.end()) {
                String name = tag.group(1);
                String valid = SYNTAX.get(name);
                return new Explanation(line, column, kind + " in tag '" + name + "': " + plain(message),
                        valid == null ? "check the tag's parameters" : "valid syntax: " + valid);
            }
        }
        Matcher output = OUTPUT.matcher(template);
        while (output.find()) {
            if (output.start() <= offset && offset <= output.end()) {
                return new Explanation(line, column, kind + " in output '" + output.group() + "': " + plain(message),
                        syntax ? "valid syntax: {{ value }} or {{ value | filter: argument }}"
                                : "check the values and the filters' arguments here");
            }
        }
        return new Explanation(line, column, message,
                "check the Liquid syntax here: tags are {% name %}, outputs {{ value | filter }}");
    }

    /** A block that is never closed, an end tag that closes nothing, or one that closes the wrong block. */
    private static Explanation structure(String template, java.util.function.IntUnaryOperator fileLine) {
        record Opened(String name, int start) {
        }
        Deque<Opened> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(template);
        while (tag.find()) {
            String name = tag.group(1);
            if (!open.isEmpty() && VERBATIM.contains(open.peek().name()) && !name.equals("end" + open.peek().name())) {
                continue;
            }
            if (BLOCKS.contains(name)) {
                open.push(new Opened(name, tag.start()));
            } else if (name.startsWith("end") && BLOCKS.contains(name.substring(3))) {
                String closes = name.substring(3);
                int[] at = position(template, tag.start());
                if (open.isEmpty()) {
                    return new Explanation(at[0], at[1], "'{% " + name + " %}' closes no open '" + closes + "'",
                            "remove it, or open the block before it with {% " + closes + " ... %}");
                }
                Opened innermost = open.pop();
                if (!innermost.name().equals(closes)) {
                    return new Explanation(at[0], at[1], "'{% " + name + " %}' closes the '" + innermost.name()
                            + "' opened on line " + fileLine.applyAsInt(position(template, innermost.start())[0]),
                            "close '" + innermost.name() + "' with {% end" + innermost.name() + " %} first");
                }
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        Opened unclosed = open.peek();
        int[] at = position(template, unclosed.start());
        return new Explanation(at[0], at[1], "'" + unclosed.name() + "' tag was never closed",
                "close it with {% end" + unclosed.name() + " %}");
    }

    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)' expecting .*", Pattern.DOTALL);
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'", Pattern.DOTALL);

    /** The parser's message without its grammar vocabulary ("expecting {BlockId, ...}"). */
    private static String plain(String message) {
        String text = message.replaceFirst("^parser error \"(.*)\"$", "$1");
        Matcher mismatched = MISMATCHED.matcher(text);
        if (mismatched.matches()) {
            return "unexpected '" + mismatched.group(1) + "'";
        }
        Matcher noViable = NO_VIABLE.matcher(text);
        return noViable.matches() ? "cannot read '" + noViable.group(1) + "'" : text;
    }

    /** The offset of a 1-based line and 0-based column. */
    private static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), offset + Math.max(column, 0));
    }

    /** The 1-based line and 0-based column of an offset. */
    private static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart};
    }
}
