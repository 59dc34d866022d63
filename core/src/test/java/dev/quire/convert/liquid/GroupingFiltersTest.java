package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.quire.load.Yaml;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code group_by_exp} and {@code sample}; the {@code arrays} fixture holds what Jekyll 4.3.1 printed. */
class GroupingFiltersTest {

    @TempDir
    Path root;

    private String render(String template, String frontMatter, String path) {
        SiteConfig config = TestContexts.config(root, Map.of("timezone", "UTC"));
        Map<String, Object> page = new LinkedHashMap<>(Yaml.parseMapping(frontMatter, "x.html", 2));
        page.put("path", path);
        return new LiquidEngine(config).parse(template).render(Map.of("page", page));
    }

    private String render(String template) {
        return render(template, "people: [{name: Ann, team: red, age: 30}, {name: Bob, team: blue, age: 25},"
                + " {name: Cy, team: red, age: 41}, {name: Dee, age: 9}]\nnums: [3, 1, 2, 4, 5, 6]\n", "x.html");
    }

    @Test
    void groupByExpGroupsByTheValueInFirstAppearanceOrder() {
        assertEquals("red:Ann+Cy;blue:Bob;none:Dee;", render("{% assign g = page.people | group_by_exp: \"p\","
                + " \"p.team | default: 'none'\" %}{% for x in g %}{{ x.name }}:{{ x.items | map: \"name\" | join: \"+\" }};{% endfor %}"));
        assertEquals("[{&quot;name&quot;=&gt;1, &quot;items&quot;=&gt;[3, 1, 5], &quot;size&quot;=&gt;3}, "
                + "{&quot;name&quot;=&gt;0, &quot;items&quot;=&gt;[2, 4, 6], &quot;size&quot;=&gt;3}]",
                render("{{ page.nums | group_by_exp: \"n\", \"n | modulo: 2\" | inspect }}"),
                "the name is the value (an integer here), not its text");
        assertEquals("{&quot;name&quot;=&gt;nil, &quot;items&quot;=&gt;[{&quot;name&quot;=&gt;&quot;Dee&quot;, "
                + "&quot;age&quot;=&gt;9}], &quot;size&quot;=&gt;1}",
                render("{{ page.people | group_by_exp: \"p\", \"p.team\" | last | inspect }}"), "nil is a group of its own");
    }

    @Test
    void groupByExpLeavesOtherInputAndOuterVariablesAlone() {
        assertEquals("hello", render("{{ \"hello\" | group_by_exp: \"p\", \"p\" }}"));
        assertEquals("6outer", render("{% assign p = \"outer\" %}{{ page.nums | group_by_exp: \"p\", \"p\" | size }}{{ p }}"));
    }

    @Test
    void sampleIsTheSameForAPageInEveryBuild() {
        String template = "{{ page.nums | sample: 3 | join: \",\" }}|{{ page.nums | sample }}";
        String first = render(template);
        assertEquals(first, render(template));
        assertEquals(3, first.split("\\|")[0].split(",").length);
    }

    @Test
    void sampleDependsOnThePage() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(render("{{ page.nums | sample: 6 | join: \",\" }}", "nums: [3, 1, 2, 4, 5, 6]\n", "p" + i + ".md"));
        }
        assertNotEquals(1, seen.size(), "different pages shuffle differently");
        for (String order : seen) {
            assertEquals("1,2,3,4,5,6", java.util.Arrays.stream(order.split(",")).sorted().reduce((a, b) -> a + "," + b)
                    .orElseThrow(), "every item once");
        }
    }

    @Test
    void sampleOfNonArraysAndEdgeCounts() {
        assertEquals("hello", render("{{ \"hello\" | sample }}"));
        assertEquals("x|[&quot;x&quot;]|nil|[]", render("{{ page.one | sample }}|{{ page.one | sample: 3 | inspect }}|"
                + "{{ page.none | sample | inspect }}|{{ page.one | sample: 0 | inspect }}", "one: [x]\nnone: []\n", "x.md"));
    }
}
