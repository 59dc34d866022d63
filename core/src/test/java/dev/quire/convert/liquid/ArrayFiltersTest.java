package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.load.Yaml;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll's array filters, each case with the text Jekyll 4.3.1 (Liquid 5.4.0, Ruby 3.1) printed for
 * it in a page with this front matter ({@code timezone: UTC}, {@code jekyll build}). Templates on
 * which Jekyll's build fails are in {@link #FAILING}: Quire's rendering fails on them too.
 */
class ArrayFiltersTest {

    static final String FRONT_MATTER =
            "people: [{name: Ann, age: 30, tags: [a, b], team: red}, {name: Bob, age: \"25\", tags: [b], team: blue}, {name: Cy, age: 41, team: red}, {name: Dee, age: 9, tags: c, team: null}, {name: Eve, age: 30, team: green, ok: true}]\n" +
            "nums: [3, 1, 2]\n" +
            "words: [pear, Apple, fig]\n" +
            "mixed: [1, \"two\", null, 2.5, true]\n" +
            "list: [a, b, c]\n" +
            "none: []\n" +
            "str: hello\n" +
            "h: {a: 1, b: [x, \"y<z\"], c: null, d: true, e: 1.5}\n";

    /** Name, template, what Jekyll printed. */
    static final String[][] CASES = {
            {"w1", "{{ page.people | where: \"team\", \"red\" | map: \"name\" | join: \",\" }}", "Ann,Cy"},
            {"w2", "{{ page.people | where: \"age\", 30 | map: \"name\" | join: \",\" }}", "Ann,Eve"},
            {"w3", "{{ page.people | where: \"age\", \"25\" | map: \"name\" | join: \",\" }}", "Bob"},
            {"w4", "{{ page.people | where: \"age\", 25 | map: \"name\" | join: \",\" }}", "Bob"},
            {"w5", "{{ page.people | where: \"tags\", \"b\" | map: \"name\" | join: \",\" }}", "Ann,Bob"},
            {"w6", "{{ page.people | where: \"tags\", \"c\" | map: \"name\" | join: \",\" }}", "Dee"},
            {"w7", "{{ page.people | where: \"team\", nil | map: \"name\" | join: \",\" }}", "Dee"},
            {"w8", "{{ page.people | where: \"ok\", true | map: \"name\" | join: \",\" }}", "Eve"},
            {"w9", "{{ page.people | where: \"ok\", \"true\" | map: \"name\" | join: \",\" }}", "Eve"},
            {"w10", "{{ page.people | where: \"nope\", \"x\" | size }}", "0"},
            {"w11", "{{ page.people | where: \"team\", page.list | size }}", "5"},
            {"w12", "{{ page.str | where: \"a\", \"b\" }}", "hello"},
            {"w13", "{{ page.people | where: \"team\", \"\" | map: \"name\" | join: \",\" }}", ""},
            {"w15", "{{ page.people | where: \"team\", \"red\" | first | map: \"name\" }}", "Ann"},
            {"v1", "{% assign p = \"outer\" %}{{ page.people | where_exp: \"p\", \"p.age == 30\" | size }}{{ p }}", "2outer"},
            {"v2", "{% for p in page.list %}{{ page.people | find_exp: \"p\", \"p.team == 'blue'\" | map: \"name\" }}{{ p }}{% endfor %}", "BobaBobbBobc"},
            {"v3", "{{ 2.50 | inspect }}|{{ -3 | inspect }}|{{ \"\" | inspect }}", "2.5|-3|&quot;&quot;"},
            {"y1", "{{ page.people | where: \"tags\", empty | map: \"name\" | join: \",\" }}", "Cy,Eve"},
            {"y2", "{{ page.people | where: \"tags\", blank | map: \"name\" | join: \",\" }}", "Cy,Eve"},
            {"y3", "{{ page.people | find: \"tags\", empty | map: \"name\" }}", "Cy"},
            {"y4", "{{ page.people | where: \"team\", \"\" | map: \"name\" | join: \",\" }}", ""},
            {"y6", "{{ page.people | where_exp: \"p\", \"p.tags == empty\" | map: \"name\" | join: \",\" }}", ""},
            {"e2", "{{ page.people | where_exp: \"p\", \"p.tags contains 'b'\" | map: \"name\" | join: \",\" }}", "Ann,Bob"},
            {"e3", "{{ page.people | where_exp: \"p\", \"p.team == 'red' or p.ok\" | map: \"name\" | join: \",\" }}", "Ann,Cy,Eve"},
            {"e4", "{{ page.nums | where_exp: \"n\", \"n >= 2\" | join: \",\" }}", "3,2"},
            {"e5", "{{ page.people | where_exp: \"p\", \"p.team\" | map: \"name\" | join: \",\" }}", "Ann,Bob,Cy,Eve"},
            {"e6", "{{ page.str | where_exp: \"s\", \"s\" }}", "hello"},
            {"e7", "{{ page.people | where_exp: \"p\", \"p.age == 30 and p.team == 'green'\" | map: \"name\" | join: \",\" }}", "Eve"},
            {"g1", "{% assign g = page.people | group_by: \"team\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}:{{ x.items | map: \"name\" | join: \",\" }}]{% endfor %}", "[red:2:Ann,Cy][blue:1:Bob][:1:Dee][green:1:Eve]"},
            {"g2", "{% assign g = page.people | group_by: \"age\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[30:2][25:1][41:1][9:1]"},
            {"g3", "{{ page.people | group_by: \"team\" | size }}", "4"},
            {"g4", "{{ page.str | group_by: \"x\" }}", "hello"},
            {"g6", "{{ page.none | group_by: \"x\" | size }}", "0"},
            {"g7", "{% assign g = page.people | group_by: \"tags\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[[\"a\", \"b\"]:1][[\"b\"]:1][:2][c:1]"},
            {"s1", "{{ page.nums | sort | join: \",\" }}", "1,2,3"},
            {"s2", "{{ page.words | sort | join: \",\" }}", "Apple,fig,pear"},
            {"s3", "{{ page.people | sort: \"age\" | map: \"name\" | join: \",\" }}", "Dee,Bob,Ann,Eve,Cy"},
            {"s4", "{{ page.people | sort: \"team\" | map: \"name\" | join: \",\" }}", "Dee,Bob,Eve,Ann,Cy"},
            {"s5", "{{ page.people | sort: \"team\", \"last\" | map: \"name\" | join: \",\" }}", "Bob,Eve,Ann,Cy,Dee"},
            {"s6", "{{ page.people | sort: \"team\", \"first\" | map: \"name\" | join: \",\" }}", "Dee,Bob,Eve,Ann,Cy"},
            {"s7", "{{ page.people | sort: \"name\" | map: \"name\" | join: \",\" }}", "Ann,Bob,Cy,Dee,Eve"},
            {"s8", "{{ page.people | sort: \"ok\" | map: \"name\" | join: \",\" }}", "Ann,Bob,Cy,Dee,Eve"},
            {"s9", "{{ page.people | sort: \"ok\", \"last\" | map: \"name\" | join: \",\" }}", "Eve,Ann,Bob,Cy,Dee"},
            {"f1", "{{ page.people | find: \"team\", \"red\" | map: \"name\" }}", "Ann"},
            {"f2", "{{ page.people | find: \"age\", 25 | map: \"name\" }}", "Bob"},
            {"f3", "[{{ page.people | find: \"team\", \"x\" }}]", "[]"},
            {"f4", "{{ page.people | find: \"tags\", \"b\" | map: \"name\" }}", "Ann"},
            {"f5", "{{ page.str | find: \"a\", \"b\" }}", "hello"},
            {"f6", "{% assign x = page.people | find: \"name\", \"Cy\" %}{{ x.age }}", "41"},
            {"x3", "{{ page.nums | find_exp: \"n\", \"n < 3\" }}", "1"},
            {"x4", "{{ page.str | find_exp: \"s\", \"s\" }}", "hello"},
            {"p1", "{{ page.list | push: \"d\" | join: \",\" }}|{{ page.list | join: \",\" }}", "a,b,c,d|a,b,c"},
            {"p2", "{{ page.list | pop | join: \",\" }}|{{ page.list | join: \",\" }}", "a,b|a,b,c"},
            {"p3", "{{ page.list | pop: 2 | join: \",\" }}", "a"},
            {"p4", "{{ page.list | shift | join: \",\" }}|{{ page.list | join: \",\" }}", "b,c|a,b,c"},
            {"p5", "{{ page.list | shift: 2 | join: \",\" }}", "c"},
            {"p6", "{{ page.list | unshift: \"z\" | join: \",\" }}|{{ page.list | join: \",\" }}", "z,a,b,c|a,b,c"},
            {"p7", "{{ page.str | push: \"d\" }}", "hello"},
            {"p8", "{{ page.list | pop: 5 | size }}", "0"},
            {"p9", "{{ page.list | shift: \"2\" | join: \",\" }}", "c"},
            {"p10", "{{ page.none | pop | size }}", "0"},
            {"p11", "{{ page.list | push: page.nums | size }}", "4"},
            {"p12", "{{ page.list | push: page.nums | last | join: \"-\" }}", "3-1-2"},
            {"p13", "{{ page.str | unshift: \"d\" }}", "hello"},
            {"p14", "{{ page.list | pop: 0 | join: \",\" }}", "a,b,c"},
            {"p15", "{{ page.list | unshift: page.nums | size }}", "4"},
            {"i1", "{{ page.h | inspect }}", "{&quot;a&quot;=&gt;1, &quot;b&quot;=&gt;[&quot;x&quot;, &quot;y&lt;z&quot;], &quot;c&quot;=&gt;nil, &quot;d&quot;=&gt;true, &quot;e&quot;=&gt;1.5}"},
            {"i2", "{{ page.list | inspect }}", "[&quot;a&quot;, &quot;b&quot;, &quot;c&quot;]"},
            {"i3", "{{ page.str | inspect }}", "&quot;hello&quot;"},
            {"i4", "{{ page.mixed | inspect }}", "[1, &quot;two&quot;, nil, 2.5, true]"},
            {"i5", "{{ nothing | inspect }}", "nil"},
            {"i6", "{{ 5 | inspect }}", "5"},
            {"i7", "{{ 2.5 | inspect }}", "2.5"},
            {"i8", "{{ 'a\"b<c>&' | inspect }}", "&quot;a\\&quot;b&lt;c&gt;&amp;&quot;"},
            {"i9", "{{ page.nums | inspect }}", "[3, 1, 2]"},
            {"i10", "{{ page.people | first | inspect }}", "{&quot;name&quot;=&gt;&quot;Ann&quot;, &quot;age&quot;=&gt;30, &quot;tags&quot;=&gt;[&quot;a&quot;, &quot;b&quot;], &quot;team&quot;=&gt;&quot;red&quot;}"}
    };

    /** Odd values: numbers in strings, dates, nested paths, equal keys, a hash as input. */
    static final String ODD_FRONT_MATTER =
            "items: [{n: 1, s: \"1.50\", k: \"10\", d: 2019-03-01 10:00:00, t: [1, 2], g: {a: x}, b: false}, {n: \"01\", s: 2, k: \"9\", d: 2018-01-01 00:00:00, t: [3], g: {a: y}, b: true}, {n: 1.0, s: \"x\", k: b, d: 2020-05-05 05:05:05, g: {a: x}}, {n: 30, k: 1, t: 1, b: null}]\n" +
            "same: [{k: 1, v: a}, {k: 1, v: b}, {k: 1, v: c}, {k: 1, v: d}, {k: 1, v: e}, {k: 1, v: f}, {k: 1, v: g}, {k: 1, v: h}, {k: 1, v: i}, {k: 1, v: j}]\n" +
            "few: [{k: 2, v: a}, {k: 1, v: b}, {k: 2, v: c}, {k: 1, v: d}, {v: e}, {k: 2, v: f}, {v: g}]\n" +
            "h: {x: {n: 1}, y: {n: 2}, z: {n: 1}}\n" +
            "weird: \"q\\\"#{x}#$y#z\\u0001\\u00e9\\u2028\\x7f\\\\\"\n" +
            "fl: [1.0e+20, 0.1, -0.0, 100.0]\n";

    static final String[][] ODD = {
            {"a1", "{{ page.items | where: \"s\", 1.5 | size }}", "1"},
            {"a2", "{{ page.items | where: \"n\", \"01\" | size }}", "0"},
            {"a3", "{{ page.items | where: \"n\", 1 | size }}", "2"},
            {"a4", "{{ page.items | where: \"n\", \"1.0\" | size }}", "1"},
            {"a5", "{{ page.items | where: \"t\", 1 | size }}", "2"},
            {"a6", "{{ page.items | where: \"b\", false | size }}", "1"},
            {"a7", "{{ page.items | where: \"g.a\", \"x\" | size }}", "2"},
            {"a8", "[{{ nothing | where: \"a\", \"b\" }}]", "[]"},
            {"a9", "{{ page.items | where: \"d\", \"2018-01-01 00:00:00 +0000\" | size }}", "0"},
            {"a10", "{{ page.h | where: \"n\", 1 | size }}", "2"},
            {"a11", "{{ page.items | where: \"k\", 9 | size }}", "1"},
            {"a12", "{{ page.items | where: \"d\", 0 | size }}", "2"},
            {"a13", "{{ page.items | where: \"d\", 2018 | size }}", "1"},
            {"a14", "{{ page.items | where: \"d\", false | size }}", "3"},
            {"b1", "{{ page.items | sort: \"k\" | map: \"k\" | join: \",\" }}", "1,9,10,b"},
            {"b2", "{{ page.items | sort: \"d\" | map: \"n\" | join: \",\" }}", "30,01,1,1.0"},
            {"b3", "{{ page.items | sort: \"s\" | map: \"n\" | join: \",\" }}", "30,1,01,1.0"},
            {"b4", "{{ page.items | sort: \"t\" | map: \"n\" | join: \",\" }}", "1.0,30,1,01"},
            {"b5", "{{ page.same | sort: \"k\" | map: \"v\" | join: \"\" }}", "abcdefghij"},
            {"b6", "{{ page.few | sort: \"k\" | map: \"v\" | join: \"\" }}", "egbdacf"},
            {"b7", "{{ page.few | sort: \"k\", \"last\" | map: \"v\" | join: \"\" }}", "bdacfeg"},
            {"b8", "{{ page.items | sort: \"g.a\" | map: \"n\" | join: \",\" }}", "30,1,1.0,01"},
            {"b9", "{{ page.items | sort: \"b\", \"last\" | map: \"n\" | join: \",\" }}", "1,01,1.0,30"},
            {"c1", "{% assign g = page.items | group_by: \"n\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[1:2][1.0:1][30:1]"},
            {"c2", "{% assign g = page.items | group_by: \"g.a\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[x:2][y:1][false:1]"},
            {"c3", "{% assign g = page.items | group_by: \"s\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[1.5:1][2:1][x:1][:1]"},
            {"c4", "{% assign g = page.items | group_by: \"d\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[2019-03-01 10:00:00 +0000:1][2018-01-01 00:00:00 +0000:1][2020-05-05 05:05:05 +0000:1][:1]"},
            {"c5", "{% assign g = page.few | group_by: \"k\" %}{{ g | jsonify }}", "[{\"name\":\"2\",\"items\":[{\"k\":2,\"v\":\"a\"},{\"k\":2,\"v\":\"c\"},{\"k\":2,\"v\":\"f\"}],\"size\":3},{\"name\":\"1\",\"items\":[{\"k\":1,\"v\":\"b\"},{\"k\":1,\"v\":\"d\"}],\"size\":2},{\"name\":\"\",\"items\":[{\"v\":\"e\"},{\"v\":\"g\"}],\"size\":2}]"},
            {"c6", "[{{ nothing | group_by: \"k\" }}]", "[]"},
            {"c7", "{% assign g = page.items | group_by: \"t\" %}{% for x in g %}[{{ x.name }}:{{ x.size }}]{% endfor %}", "[[1, 2]:1][[3]:1][:1][1:1]"},
            {"d1", "{{ page.h | where_exp: \"i\", \"i.n == 1\" | size }}", "2"},
            {"d2", "{{ page.items | where_exp: \"i\", \"i.t == empty\" | size }}", "0"},
            {"d3", "[{{ nothing | where_exp: \"i\", \"i\" }}]", "[]"},
            {"d4", "{{ page.items | where_exp: \"i\", \"i.b == false\" | size }}", "1"},
            {"d5", "{{ page.few | where_exp: \"i\", \"i.k == 2 and i.v != 'c' or i.v == 'e'\" | map: \"v\" | join: \"\" }}", "af"},
            {"d6", "[{{ nothing | find_exp: \"i\", \"i\" }}]", "[]"},
            {"d7", "{{ page.h | find_exp: \"i\", \"i.n == 2\" | inspect }}", "{&quot;n&quot;=&gt;2}"},
            {"d8", "{{ page.h | find: \"n\", 1 | inspect }}", "{&quot;n&quot;=&gt;1}"},
            {"d9", "{% assign v = 2 %}{{ page.few | where_exp: \"i\", \"i.k == v\" | map: \"v\" | join: \"\" }}", "acf"},
            {"d10", "{{ page.few | where_exp: \"i\", \"i.v contains 'e'\" | map: \"v\" | join: \"\" }}", "e"},
            {"d11", "{{ page.items | where_exp: \"i\", \"i.t contains 3\" | size }}", "1"},
            {"h1", "{{ page.weird | inspect }}", "&quot;q\\&quot;\\#{x}\\#$y#z\\u0001é\\u2028\\u007F\\\\&quot;"},
            {"h2", "{{ page.fl | inspect }}", "[1.0e+20, 0.1, -0.0, 100.0]"},
            {"h3", "{{ page.items | first | inspect }}", "{&quot;n&quot;=&gt;1, &quot;s&quot;=&gt;&quot;1.50&quot;, &quot;k&quot;=&gt;&quot;10&quot;, &quot;d&quot;=&gt;2019-03-01 10:00:00 +0000, &quot;t&quot;=&gt;[1, 2], &quot;g&quot;=&gt;{&quot;a&quot;=&gt;&quot;x&quot;}, &quot;b&quot;=&gt;false}"},
            {"h4", "{{ true | inspect }}{{ false | inspect }}", "truefalse"},
            {"h5", "{{ page.h | inspect }}", "{&quot;x&quot;=&gt;{&quot;n&quot;=&gt;1}, &quot;y&quot;=&gt;{&quot;n&quot;=&gt;2}, &quot;z&quot;=&gt;{&quot;n&quot;=&gt;1}}"},
            {"h6", "{{ page.same | size | inspect }}", "10"},
            {"h7", "{{ 1.0 | inspect }}|{{ 10 | divided_by: 4.0 | inspect }}", "1.0|2.5"},
            {"h8", "{{ page.few | group_by: \"k\" | inspect }}", "[{&quot;name&quot;=&gt;&quot;2&quot;, &quot;items&quot;=&gt;[{&quot;k&quot;=&gt;2, &quot;v&quot;=&gt;&quot;a&quot;}, {&quot;k&quot;=&gt;2, &quot;v&quot;=&gt;&quot;c&quot;}, {&quot;k&quot;=&gt;2, &quot;v&quot;=&gt;&quot;f&quot;}], &quot;size&quot;=&gt;3}, {&quot;name&quot;=&gt;&quot;1&quot;, &quot;items&quot;=&gt;[{&quot;k&quot;=&gt;1, &quot;v&quot;=&gt;&quot;b&quot;}, {&quot;k&quot;=&gt;1, &quot;v&quot;=&gt;&quot;d&quot;}], &quot;size&quot;=&gt;2}, {&quot;name&quot;=&gt;&quot;&quot;, &quot;items&quot;=&gt;[{&quot;v&quot;=&gt;&quot;e&quot;}, {&quot;v&quot;=&gt;&quot;g&quot;}], &quot;size&quot;=&gt;2}]"},
            {"q1", "{{ page.fl | push: 1 | inspect }}", "[1.0e+20, 0.1, -0.0, 100.0, 1]"},
            {"q2", "{{ page.fl | pop | pop | inspect }}", "[1.0e+20, 0.1]"},
            {"q3", "{{ page.fl | shift: 3 | unshift: \"a\" | inspect }}", "[&quot;a&quot;, 100.0]"},
            {"q4", "{{ page.h | push: 1 | inspect }}", "{&quot;x&quot;=&gt;{&quot;n&quot;=&gt;1}, &quot;y&quot;=&gt;{&quot;n&quot;=&gt;2}, &quot;z&quot;=&gt;{&quot;n&quot;=&gt;1}}"},
            {"q5", "{{ nothing | push: 1 | inspect }}", "nil"},
            {"q6", "{{ page.fl | unshift: nothing | inspect }}", "[nil, 1.0e+20, 0.1, -0.0, 100.0]"}
    };

    /** {@code sort} without a property: Ruby's {@code Array#sort}. */
    static final String PLAIN_SORT_FRONT_MATTER =
            "mixn: [3, 1.5, 2, -1, 10]\n" +
            "strs: [\"10\", \"9\", \"b\", \"B\", \"é\", \"a\"]\n" +
            "bools: [true, false]\n" +
            "nested: [[2, 1], [1, 5], [1, 2]]\n" +
            "withnil: [2, null, 1]\n" +
            "str: hello\n" +
            "nohash: {}\n" +
            "cats: {news: [{title: A}, {title: B}], art: [{title: C}], Zed: []}\n";

    static final String[][] PLAIN_SORT = {
            {"c1", "{% assign s = page.cats | sort %}{% for c in s %}{{ c[0] }}:{{ c[1] | size }};{% endfor %}", "Zed:0;art:1;news:2;"},
            {"c3", "{{ page.cats | sort | first | inspect }}", "[&quot;Zed&quot;, []]"},
            {"k1", "{{ page.nohash | group_by: \"x\" | size }}|{{ page.nohash | sort: \"x\" | size }}", "0|0"},
            {"o1", "{{ page.mixn | sort | join: \",\" }}", "-1,1.5,2,3,10"},
            {"o2", "{{ page.strs | sort | join: \",\" }}", "10,9,B,a,b,é"},
            {"o4", "{{ page.nested | sort | inspect }}", "[[1, 2], [1, 5], [2, 1]]"},
            {"o8", "{{ page.mixn | sort: nil | join: \",\" }}", "-1,1.5,2,3,10"}
    };

    /** Templates Jekyll 4.3.1 fails on: a property read from a number (TypeError), a string compared with a number. */
    static final String[] FAILING = {
            "{{ page.h | where: \"a\", 1 | size }}",
            "{{ page.nums | group_by: \"x\" }}",
            "{{ page.nums | find: \"x\", 1 }}",
            "{{ page.nums | sort: \"x\" }}",
            "{{ page.people | where_exp: \"p\", \"p.age > 20\" | size }}",
            "{{ page.people | find_exp: \"p\", \"p.age > 35\" }}",
            // Liquid error: Invalid nils order: 'middle' is not a valid nils order. It must be 'first' or 'last'.
            "{{ page.list | sort: \"x\", \"middle\" }}",
            // Ruby's Array#sort: comparison of ... failed; no sort for a String; Jekyll: Cannot sort a null object.
            "{{ page.mixed | sort }}",
            "{{ page.people | sort }}",
            "{{ page.str | sort }}",
            // a hash's [key, value] pairs: no property to read
            "{{ page.h | sort: \"x\" }}",
            "{{ page.h | group_by: \"x\" }}",
            "{{ nothing | sort }}",
    };

    /** Cases where Quire still prints something else. */
    static final Set<String> KNOWN_DIFFERENCES = Set.of();

    @TempDir
    Path root;

    @Test
    void asJekyllPrintsThem() {
        check(FRONT_MATTER, CASES);
    }

    @Test
    void oddValues() {
        check(ODD_FRONT_MATTER, ODD);
    }

    /** Where Jekyll's build fails, Quire's rendering fails too. */
    @Test
    void failsWhereJekyllFails() {
        SiteConfig config = TestContexts.config(root, Map.of("timezone", "UTC"));
        LiquidEngine engine = new LiquidEngine(config);
        Map<String, Object> page = LiquidValues.inZone(Yaml.parseMapping(FRONT_MATTER, "arrays.html", 2), config.zone());
        List<Executable> checks = new ArrayList<>();
        for (String template : FAILING) {
            checks.add(() -> assertThrows(RuntimeException.class, () -> engine.parse(template).render(Map.of("page", page)), template));
        }
        assertAll(checks);
    }

    @Test
    void sortWithoutProperty() {
        check(PLAIN_SORT_FRONT_MATTER, PLAIN_SORT);
    }

    private void check(String frontMatter, String[][] cases) {
        SiteConfig config = TestContexts.config(root, Map.of("timezone", "UTC"));
        LiquidEngine engine = new LiquidEngine(config);
        Map<String, Object> page = LiquidValues.inZone(Yaml.parseMapping(frontMatter, "arrays.html", 2), config.zone());
        LiquidCases.assertRenders(engine, page, cases, KNOWN_DIFFERENCES);
    }
}
