package dev.quire.convert.liquid;


import dev.quire.load.Yaml;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll's filters, each case with the text real Jekyll 4.3.1 printed for it: a post
 * {@code _posts/2019-02-12-filters.html} with this front matter and one {@code <p>} per case,
 * built with {@code timezone: America/New_York} and again with {@code timezone: UTC}.
 */
class JekyllFiltersTest {

    /** The post's front matter, read by Quire's YAML reader as any front matter is. */
    static final String FRONT_MATTER =
            "list: [apples, oranges, grapes]\n" +
            "two: [a, b]\n" +
            "one: [x]\n" +
            "none: []\n" +
            "nums: [1, 2, 3]\n" +
            "obj: {a: 1, b: [x, \"y\\\"z/<>&\u00e9\"], c: null, d: true, e: 1.5, f: \"tab\tnl\"}\n" +
            "ts: 2019-02-05 13:07:09\n" +
            "dd: 2019-03-01\n" +
            "esc: \"foo \\\"bar\\\" <baz> & 'q' \u00e9\"\n" +
            "esc2: \"&amp; \\\"\"\n" +
            "u3: \"100% %20 %2F %zz \ufb01 |^`\\\"<>{}\"\n" +
            "ws: \"hello  world\\tfoo\\nbar \\u00a0x\\u3000y\\vz\"\n" +
            "js: \"a\\\"b\\\\c/\u00e9\\n\\u0001\\u007f\\u2028\"\n";

    /** Name, template, what Jekyll printed: the same in America/New_York and in UTC. */
    static final String[][] ANY_ZONE = {
            {"dd", "{{ page.dd }}", "2019-03-01"},
            {"x7", "{{ nothing | date_to_xmlschema }}", ""},
            {"x8", "{{ \"\" | date_to_xmlschema }}", ""},
            {"r4", "{{ nothing | date_to_rfc822 }}", ""},
            {"s1", "{{ page.date | date_to_string }}", "12 Feb 2019"},
            {"s2", "{{ page.date | date_to_string: \"ordinal\" }}", "12th Feb 2019"},
            {"s3", "{{ page.date | date_to_string: \"ordinal\", \"US\" }}", "Feb 12th, 2019"},
            {"s4", "{{ page.date | date_to_string: \"x\", \"US\" }}", "12 Feb 2019"},
            {"s5", "{{ \"2019-03-01\" | date_to_string: \"ordinal\" }}", "1st Mar 2019"},
            {"s6", "{{ \"2019-03-02\" | date_to_string: \"ordinal\" }}", "2nd Mar 2019"},
            {"s7", "{{ \"2019-03-03\" | date_to_string: \"ordinal\", \"US\" }}", "Mar 3rd, 2019"},
            {"s8", "{{ \"2019-03-11\" | date_to_string: \"ordinal\" }}", "11th Mar 2019"},
            {"s9", "{{ \"2019-03-12\" | date_to_string: \"ordinal\" }}", "12th Mar 2019"},
            {"s10", "{{ \"2019-03-13\" | date_to_string: \"ordinal\" }}", "13th Mar 2019"},
            {"s11", "{{ \"2019-03-21\" | date_to_string: \"ordinal\" }}", "21st Mar 2019"},
            {"s12", "{{ \"2019-03-22\" | date_to_string: \"ordinal\" }}", "22nd Mar 2019"},
            {"s13", "{{ \"2019-03-23\" | date_to_string: \"ordinal\" }}", "23rd Mar 2019"},
            {"s14", "{{ \"2019-03-31\" | date_to_string: \"ordinal\" }}", "31st Mar 2019"},
            {"s15", "{{ \"2019-03-05\" | date_to_string }}", "05 Mar 2019"},
            {"s16", "{{ nothing | date_to_string }}", ""},
            {"s18", "{{ \"2019-03-05\" | date_to_string: \"ordinal\", \"us\" }}", "5th Mar 2019"},
            {"l1", "{{ page.date | date_to_long_string }}", "12 February 2019"},
            {"l2", "{{ page.date | date_to_long_string: \"ordinal\" }}", "12th February 2019"},
            {"l3", "{{ \"2019-09-01\" | date_to_long_string: \"ordinal\", \"US\" }}", "September 1st, 2019"},
            {"l4", "{{ \"2019-09-22\" | date_to_long_string }}", "22 September 2019"},
            {"e1", "{{ page.esc | xml_escape }}", "foo &quot;bar&quot; &lt;baz&gt; &amp; &apos;q&apos; \u00e9"},
            {"e2", "{{ nothing | xml_escape }}", ""},
            {"e3", "{{ 5 | xml_escape }}", "5"},
            {"e4", "{{ page.esc2 | xml_escape }}", "&amp;amp; &quot;"},
            {"c1", "{{ \"foo,bar;baz? ~*'()!\u00e9 +/&=#%\" | cgi_escape }}", "foo%2Cbar%3Bbaz%3F+~%2A%27%28%29%21%C3%A9+%2B%2F%26%3D%23%25"},
            {"c2", "{{ \"a-b_c.d\" | cgi_escape }}", "a-b_c.d"},
            {"u1", "{{ \"foo, bar \\baz?\" | uri_escape }}", "foo,%20bar%20%5Cbaz?"},
            {"u2", "{{ \"/a b/\u00e9?x=1&y=[2]#f\" | uri_escape }}", "/a%20b/%C3%A9?x=1&y=[2]#f"},
            {"u3", "{{ page.u3 | uri_escape }}", "100%25%20%20%20/%20%25zz%20fi%20%7C%5E%60%22%3C%3E%7B%7D"},
            {"w0", "{{ page.ws | number_of_words }}", "6"},
            {"w1", "{{ \"hello  world\\tfoo\\nbar \" | number_of_words }}", "2"},
            {"w2", "{{ \"\u4f60\u597d\u4e16\u754c hello \u3053\u3093\u306b\u3061\u306f \uc548\ub155 world\" | number_of_words }}", "5"},
            {"w3", "{{ \"\u4f60\u597d\u4e16\u754c hello \u3053\u3093\u306b\u3061\u306f \uc548\ub155 world\" | number_of_words: \"cjk\" }}", "13"},
            {"w4", "{{ \"\u4f60\u597d\u4e16\u754c hello \u3053\u3093\u306b\u3061\u306f \uc548\ub155 world\" | number_of_words: \"auto\" }}", "13"},
            {"w5", "{{ \"hello world\" | number_of_words: \"auto\" }}", "2"},
            {"w6", "{{ \"\" | number_of_words }}", "0"},
            {"w7", "{{ \"a\u4f60b\" | number_of_words: \"cjk\" }}", "3"},
            {"n0", "[{{ page.ws | normalize_whitespace }}]", "[hello world foo bar \u00a0x\u3000y z]"},
            {"n1", "[{{ \"  a \\t b\\n\\n c  \" | normalize_whitespace }}]", "[a \\t b\\n\\n c]"},
            {"n2", "[{{ nothing | normalize_whitespace }}]", "[]"},
            {"a1", "{{ page.list | array_to_sentence_string }}", "apples, oranges, and grapes"},
            {"a2", "{{ page.list | array_to_sentence_string: \"or\" }}", "apples, oranges, or grapes"},
            {"a3", "{{ page.two | array_to_sentence_string }}", "a and b"},
            {"a4", "{{ page.one | array_to_sentence_string }}", "x"},
            {"a5", "[{{ page.none | array_to_sentence_string }}]", "[]"},
            {"a6", "{{ page.nums | array_to_sentence_string: \"und\" }}", "1, 2, und 3"},
            {"g1", "{{ \"The _config.yml file?\" | slugify }}", "the-config-yml-file"},
            {"g2", "{{ \"The _config.yml file?\" | slugify: \"pretty\" }}", "the-_config.yml-file"},
            {"g3", "{{ \"The _c\u00f6nfig.yml file?\" | slugify: \"ascii\" }}", "the-c-nfig-yml-file"},
            {"g4", "{{ \"The c\u00f6nfig.yml file?\" | slugify: \"latin\" }}", "the-config-yml-file"},
            {"g5", "{{ \"  The _config.yml  file? \" | slugify: \"raw\" }}", "the-_config.yml-file?"},
            {"g6", "{{ \"The _Config.yml File\" | slugify: \"none\" }}", "the _config.yml file"},
            {"g7", "{{ \"\u00c9t\u00e9 \u00e0 Paris (v2)\" | slugify }}", "\u00e9t\u00e9-\u00e0-paris-v2"},
            {"j1", "{{ page.obj | jsonify }}", "{\"a\":1,\"b\":[\"x\",\"y\\\"z/<>&\u00e9\"],\"c\":null,\"d\":true,\"e\":1.5,\"f\":\"tab\\tnl\"}"},
            {"j2", "{{ page.list | jsonify }}", "[\"apples\",\"oranges\",\"grapes\"]"},
            {"j3", "{{ page.js | jsonify }}", "\"a\\\"b\\\\c/\u00e9\\n\\u0001\u007f\u2028\""},
            {"j4", "{{ nothing | jsonify }}", "null"},
            {"j5", "{{ 5 | jsonify }}", "5"},
            {"j7", "{{ page.nums | jsonify }}", "[1,2,3]"},
            {"j8", "{{ 2.50 | jsonify }}", "2.5"},
            {"j9", "{{ true | jsonify }}", "true"},
            {"t2", "{{ page.dd | date: \"%Y\" }}", "2019"},
            {"t3", "{{ page.dd | date: \"%Y-%m-%d %H:%M %z\" }}", "2019-03-01 00:00 +0000"}
    };

    /** What Jekyll printed in America/New_York, where the zone shows. */
    static final String[][] NEW_YORK = {
            {"date", "{{ page.date }}", "2019-02-12 00:00:00 -0500"},
            {"ts", "{{ page.ts }}", "2019-02-05 08:07:09 -0500"},
            {"x1", "{{ page.date | date_to_xmlschema }}", "2019-02-12T00:00:00-05:00"},
            {"x2", "{{ page.ts | date_to_xmlschema }}", "2019-02-05T08:07:09-05:00"},
            {"x3", "{{ \"2019-02-05T13:07:09+05:30\" | date_to_xmlschema }}", "2019-02-05T02:37:09-05:00"},
            {"x4", "{{ \"2019-07-05 13:07:09\" | date_to_xmlschema }}", "2019-07-05T13:07:09-04:00"},
            {"x5", "{{ 1550000000 | date_to_xmlschema }}", "2019-02-12T14:33:20-05:00"},
            {"x6", "{{ \"1550000000\" | date_to_xmlschema }}", "2019-02-12T14:33:20-05:00"},
            {"x9", "{{ page.dd | date_to_xmlschema }}", "2019-03-01T00:00:00-05:00"},
            {"x10", "{{ \"2019-02-05 13:07:09.123 +0000\" | date_to_xmlschema }}", "2019-02-05T08:07:09-05:00"},
            {"r1", "{{ page.date | date_to_rfc822 }}", "Tue, 12 Feb 2019 00:00:00 -0500"},
            {"r2", "{{ \"2019-07-05 13:07:09\" | date_to_rfc822 }}", "Fri, 05 Jul 2019 13:07:09 -0400"},
            {"r3", "{{ \"2019-02-05T13:07:09+05:30\" | date_to_rfc822 }}", "Tue, 05 Feb 2019 02:37:09 -0500"},
            {"s17", "{{ \"2019-02-05T03:07:09+00:00\" | date_to_string }}", "04 Feb 2019"},
            {"j6", "{{ page.date | jsonify }}", "\"2019-02-12 00:00:00 -0500\""},
            {"t1", "{{ page.date | append: \"!\" }}", "2019-02-12 00:00:00 -0500!"},
            {"t4", "{{ page.ts | date: \"%Y-%m-%d %H:%M %z\" }}", "2019-02-05 08:07 -0500"},
            {"t5", "{{ page.date | date: \"%Y-%m-%d %H:%M %z\" }}", "2019-02-12 00:00 -0500"}
    };

    /** What Jekyll printed with {@code timezone: UTC}, where the zone shows. */
    static final String[][] UTC = {
            {"date", "{{ page.date }}", "2019-02-12 00:00:00 +0000"},
            {"ts", "{{ page.ts }}", "2019-02-05 13:07:09 +0000"},
            {"x1", "{{ page.date | date_to_xmlschema }}", "2019-02-12T00:00:00+00:00"},
            {"x2", "{{ page.ts | date_to_xmlschema }}", "2019-02-05T13:07:09+00:00"},
            {"x3", "{{ \"2019-02-05T13:07:09+05:30\" | date_to_xmlschema }}", "2019-02-05T07:37:09+00:00"},
            {"x4", "{{ \"2019-07-05 13:07:09\" | date_to_xmlschema }}", "2019-07-05T13:07:09+00:00"},
            {"x5", "{{ 1550000000 | date_to_xmlschema }}", "2019-02-12T19:33:20+00:00"},
            {"x6", "{{ \"1550000000\" | date_to_xmlschema }}", "2019-02-12T19:33:20+00:00"},
            {"x9", "{{ page.dd | date_to_xmlschema }}", "2019-03-01T00:00:00+00:00"},
            {"x10", "{{ \"2019-02-05 13:07:09.123 +0000\" | date_to_xmlschema }}", "2019-02-05T13:07:09+00:00"},
            {"r1", "{{ page.date | date_to_rfc822 }}", "Tue, 12 Feb 2019 00:00:00 +0000"},
            {"r2", "{{ \"2019-07-05 13:07:09\" | date_to_rfc822 }}", "Fri, 05 Jul 2019 13:07:09 +0000"},
            {"r3", "{{ \"2019-02-05T13:07:09+05:30\" | date_to_rfc822 }}", "Tue, 05 Feb 2019 07:37:09 +0000"},
            {"s17", "{{ \"2019-02-05T03:07:09+00:00\" | date_to_string }}", "05 Feb 2019"},
            {"j6", "{{ page.date | jsonify }}", "\"2019-02-12 00:00:00 +0000\""},
            {"t1", "{{ page.date | append: \"!\" }}", "2019-02-12 00:00:00 +0000!"},
            {"t4", "{{ page.ts | date: \"%Y-%m-%d %H:%M %z\" }}", "2019-02-05 13:07 +0000"},
            {"t5", "{{ page.date | date: \"%Y-%m-%d %H:%M %z\" }}", "2019-02-12 00:00 +0000"}
    };

    /** Odd input: a second post, {@code _posts/2019-02-12-edge.html}, America/New_York. */
    static final String EDGE_FRONT_MATTER =
            "big: 1.0e+20\n" +
            "small: 0.00001\n" +
            "int: 12345678901234567890\n" +
            "mixed: [1, \"two\", null, 2.5, true]\n" +
            "nested: {when: 2019-03-01 10:00:00, day: 2019-03-02, list: [[1, 2], []]}\n" +
            "ls: \"2019-02-05 13:07:09 PST\"\n";

    static final String[][] EDGE = {
            {"k1", "{{ \"\u65e5\u672c\u8a9e text \u00dcn\u00efc\u00f6d\u00e9\" | slugify: \"latin\" }}", "text-unicode"},
            {"k3", "{{ \"a--b__c\" | slugify: \"raw\" }}", "a--b__c"},
            {"k4", "{{ \"-a-\" | slugify: \"ascii\" }}", "a"},
            {"k5", "{{ \"\u65e5\u672c\u8a9e text\" | slugify: \"ascii\" }}", "text"},
            {"k6", "{{ \"\u65e5\u672c\u8a9e text\" | slugify }}", "\u65e5\u672c\u8a9e-text"},
            {"k7", "{{ \"\u00dcn\u00efc\u00f6d\u00e9\" | slugify: \"pretty\" }}", "\u00fcn\u00efc\u00f6d\u00e9"},
            {"k8", "{{ \"Stra\u00dfe \u00c6on \u00f8re na\u00efve e\u0301\" | slugify: \"latin\" }}", "strasse-aeon-ore-naive-e"},
            {"m2", "{{ page.mixed | array_to_sentence_string }}", "1, two, , 2.5, and true"},
            {"m3", "{{ page.mixed | jsonify }}", "[1,\"two\",null,2.5,true]"},
            {"m4", "{{ page.nested | jsonify }}", "{\"when\":\"2019-03-01 05:00:00 -0500\",\"day\":\"2019-03-02\",\"list\":[[1,2],[]]}"},
            {"m5", "{{ page.big | jsonify }}|{{ page.small | jsonify }}|{{ page.int | jsonify }}", "1.0e+20|1.0e-05|12345678901234567890"},
            {"m6", "{{ page.mixed | xml_escape }}", "[1, &quot;two&quot;, nil, 2.5, true]"},
            {"m8", "{{ page.ls | date_to_xmlschema }}", "2019-02-05T16:07:09-05:00"},
            {"m9", "{{ \"today\" | date_to_xmlschema | size }}", "25"},
            {"m10", "{{ page.nested.list | jsonify }}", "[[1,2],[]]"},
            {"m13", "{{ -1 | date_to_xmlschema }}", "1969-12-31T18:59:59-05:00"},
            {"m15", "{{ 2.0 | jsonify }}|{{ 10 | divided_by: 4.0 | jsonify }}", "2.0|2.5"}
    };

    /**
     * Cases where Quire still prints something else. A YAML date ({@code dd: 2019-03-01}) reaches
     * Liquid as midnight in the site's zone: Ruby keeps a {@code Date}, which prints as
     * {@code 2019-03-01} (Quire: {@code 2019-03-01 00:00:00 -0500}) and whose {@code %z} is
     * {@code +0000} (Quire: the site's offset, the same under UTC).
     */
    static final Set<String> KNOWN_DIFFERENCES = Set.of("dd", "t3",
            // the same YAML date inside a hash: Ruby's JSON has "2019-03-02", Quire's the time at midnight
            "m4",
            // an array given to a string filter: Ruby prints its inspect ([1, "two", nil]), Liqp joins the items
            "m6");

    @TempDir
    Path root;

    @Test
    void newYork() {
        check("America/New_York", ANY_ZONE);
        check("America/New_York", NEW_YORK);
    }

    @Test
    void utc() {
        check("UTC", ANY_ZONE);
        check("UTC", UTC);
    }

    @Test
    void oddInput() {
        check("America/New_York", EDGE_FRONT_MATTER, EDGE);
    }

    private void check(String zone, String[][] cases) {
        check(zone, FRONT_MATTER, cases);
    }

    private void check(String zone, String frontMatter, String[][] cases) {
        SiteConfig config = TestContexts.config(root, Map.of("timezone", zone));
        LiquidEngine engine = new LiquidEngine(config);
        Map<String, Object> data = new HashMap<>(Yaml.parseMapping(frontMatter, "filters.html", 2));
        data.put("date", ZonedDateTime.of(2019, 2, 12, 0, 0, 0, 0, ZoneId.of(zone)));
        // as LiquidTransformer hands documents to Liquid
        Map<String, Object> page = LiquidValues.inZone(data, config.zone());
        LiquidCases.assertRenders(engine, page, cases, KNOWN_DIFFERENCES);
    }
}
