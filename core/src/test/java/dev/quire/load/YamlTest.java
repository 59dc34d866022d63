package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class YamlTest {

    @Test
    void emptyTextIsAnEmptyMapping() {
        assertEquals(Map.of(), Yaml.parseMapping("", "_config.yml", 1));
        assertEquals(Map.of(), Yaml.parseMapping("# comment only\n", "_config.yml", 1));
    }

    @Test
    void scalarsListsAndMaps() {
        Map<String, Object> yaml = Yaml.parseMapping("""
                title: My Site
                count: 3
                ratio: 1.5
                flag: true
                nothing:
                list: [a, b]
                nested:
                  key: value
                """, "_config.yml", 1);

        assertEquals("My Site", yaml.get("title"));
        assertEquals(3, yaml.get("count"));
        assertEquals(1.5, yaml.get("ratio"));
        assertEquals(true, yaml.get("flag"));
        assertTrue(yaml.containsKey("nothing"));
        assertEquals(null, yaml.get("nothing"));
        assertEquals(List.of("a", "b"), yaml.get("list"));
        assertEquals(Map.of("key", "value"), yaml.get("nested"));
    }

    @Test
    void nonStringKeysBecomeStrings() {
        Map<String, Object> yaml = Yaml.parseMapping("2019: year\ntrue: yes\n", "x.yml", 1);

        assertEquals("year", yaml.get("2019"));
        assertEquals(true, yaml.get("true"));
    }

    @Test
    void errorLineIsCountedFromTheGivenFirstLine() {
        QuireException e = assertThrows(QuireException.class,
                () -> Yaml.parseMapping("a: 1\nb: [x\nc: 2\n", "_config.yml", 10));

        // "c: 2" on the text's third line, inside the list that '[' opened, is where it breaks
        assertEquals(new SourceLocation("_config.yml", 12, 2), e.problem().location(), e.getMessage());
    }

    @Test
    void mappingValueErrorHasExactLineAndColumn() {
        QuireException e = assertThrows(QuireException.class,
                () -> Yaml.parseMapping("title: a: b\n", "_config.yml", 1));

        assertEquals(new SourceLocation("_config.yml", 1, 9), e.problem().location());
    }

    @Test
    void aProblemAtTheEndOfTheTextIsAtTheEndOfTheLastLineWithText() {
        // the problem and its context are both at the end: the list waits for its next item
        QuireException e = assertThrows(QuireException.class,
                () -> Yaml.parseMapping("title: x\ntags: [a,\n\n", "page.md", 2));

        assertEquals(new SourceLocation("page.md", 3, 10), e.problem().location(), e.getMessage());
    }

    @Test
    void aValueItsTagCannotReadIsAnErrorAtThatValue() {
        QuireException e = assertThrows(QuireException.class,
                () -> Yaml.parseMapping("a: 1\nlist: [1, !!int x]\n", "_config.yml", 1));

        assertEquals(new SourceLocation("_config.yml", 2, 11), e.problem().location(), e.getMessage());
        assertEquals("invalid YAML: 'x' cannot be read as !!int", e.problem().message());
    }

    @Test
    void expansionThroughAliasesIsLimitedEvenUnderTheAliasCount() {
        // 46 aliases, well under the alias limit, but the value expands to 3^16 nodes
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, y, z]\n");
        for (int i = 1; i <= 15; i++) {
            yaml.append("a").append(i).append(": &a").append(i)
                    .append(" [*a").append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        yaml.append("tags: *a15\n");

        QuireException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(QuireException.class, () -> Yaml.parseMapping(yaml.toString(), "bomb.md", 2)));

        assertEquals("YAML expands to more than 100000 values through aliases", e.problem().message());
        assertEquals("bomb.md", e.problem().location().file());
        // a10 is the first list to expand to more than 100000 values (3^11): line 11 of the text,
        // where its anchor '&a10' is
        assertEquals(new SourceLocation("bomb.md", 12, 6), e.problem().location(), e.getMessage());
        assertTrue(e.problem().hint().contains("alias"), e.problem().hint());
    }

    @Test
    void aliasesThatExpandModeratelyAreFine() {
        Map<String, Object> yaml = Yaml.parseMapping("""
                base: &base {layout: post, tags: [a, b]}
                one: *base
                two: *base
                merged:
                  <<: *base
                  title: x
                """, "_config.yml", 1);

        assertEquals(Map.of("layout", "post", "tags", List.of("a", "b")), yaml.get("two"));
        assertEquals(Map.of("layout", "post", "tags", List.of("a", "b"), "title", "x"), yaml.get("merged"));
    }

    @Test
    void aLargeDocumentWithoutAliasesIsNotAnExpansion() {
        String yaml = "list: [" + "1, ".repeat(150_000) + "1]\n";

        assertEquals(150_001, ((List<?>) Yaml.parseMapping(yaml, "_data/big.yml", 1).get("list")).size());
    }

    @Test
    void aValueThatContainsItselfIsAnError() {
        QuireException e = assertThrows(QuireException.class,
                () -> Yaml.parseMapping("a: 1\nloop: &loop [x, *loop]\n", "page.md", 2));

        assertEquals(new SourceLocation("page.md", 3, 7), e.problem().location(), e.getMessage());
        assertTrue(e.problem().message().contains("contains itself"), e.problem().message());
    }

    @Test
    void theResultIsDeeplyUnmodifiableAndKeepsOrder() {
        Map<String, Object> yaml = Yaml.parseMapping("""
                z: 1
                list: &l [c, {k: v, a: [1, 2]}, ~]
                again: *l
                map: {y: 1, b: 2, nothing: }
                set: !!set {p, q}
                pairs: !!pairs [{one: 1}, {two: 2}]
                a: 2
                """, "_config.yml", 1);

        assertEquals(List.of("z", "list", "again", "map", "set", "pairs", "a"), List.copyOf(yaml.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> yaml.put("new", 1));
        List<?> list = (List<?>) yaml.get("list");
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add("d"));
        assertEquals(null, list.get(2));
        Map<?, ?> inner = (Map<?, ?>) list.get(1);
        assertEquals(List.of("k", "a"), List.copyOf(inner.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) inner).put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) inner.get("a")).set(0, 3));
        assertSame(list, yaml.get("again"), "an aliased value is frozen once and shared");
        Map<?, ?> map = (Map<?, ?>) yaml.get("map");
        assertEquals(List.of("y", "b", "nothing"), List.copyOf(map.keySet()));
        assertTrue(map.containsKey("nothing"));
        assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) map).remove("y"));
        Set<?> set = (Set<?>) yaml.get("set");
        assertEquals(List.of("p", "q"), List.copyOf(set));
        assertThrows(UnsupportedOperationException.class, () -> ((Set<Object>) set).clear());
        assertEquals(List.of(List.of("one", 1), List.of("two", 2)), yaml.get("pairs"), "pairs become lists");
    }

    @Test
    void timestampsAsRubyReadsThem() {
        assertEquals(LocalDate.of(2019, 5, 26), YamlTimestamps.parse("2019-05-26"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC),
                YamlTimestamps.parse("2019-05-25 10:00:00"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 500_000_000, ZoneOffset.UTC),
                YamlTimestamps.parse("2019-05-25T10:00:00.5Z"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.ofHours(-4)),
                YamlTimestamps.parse("2019-05-25 10:00:00 -4"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                YamlTimestamps.parse("2019-05-25 10:00:00 +05:30"));
        assertEquals("2019-13-45", YamlTimestamps.parse("2019-13-45"), "an impossible date stays text");
        assertEquals("2019-05-25 10:00:00 +19", YamlTimestamps.parse("2019-05-25 10:00:00 +19"),
                "an impossible offset stays text");
    }

    @Test
    void aLocatedMappingKnowsWhereEachKeyAndEachKeyOfAMappingUnderItIsWritten() {
        Yaml.LocatedMapping yaml = Yaml.parseLocatedMapping("""
                title: x
                "quoted": 1
                'single': 2
                1: one
                feed:
                  path: a.xml

                  limit: 5
                inline: {a: 1,  b: 2}
                list: [x]
                """, "conf/site.yml", 3);

        assertEquals(List.of("title", "quoted", "single", "1", "feed", "inline", "list"), List.copyOf(yaml.keys().keySet()));
        assertEquals(yaml.values().keySet(), yaml.keys().keySet());
        assertEquals(new SourceLocation("conf/site.yml", 3, 1), yaml.keys().get("title"));
        assertEquals(new SourceLocation("conf/site.yml", 4, 1), yaml.keys().get("quoted"), "at the quote");
        assertEquals(new SourceLocation("conf/site.yml", 5, 1), yaml.keys().get("single"));
        assertEquals(new SourceLocation("conf/site.yml", 6, 1), yaml.keys().get("1"), "named as the value's key");
        assertEquals(new SourceLocation("conf/site.yml", 8, 3), yaml.paths().get(List.of("feed", "path")));
        assertEquals(new SourceLocation("conf/site.yml", 10, 3), yaml.paths().get(List.of("feed", "limit")));
        assertEquals(new SourceLocation("conf/site.yml", 11, 10), yaml.paths().get(List.of("inline", "a")));
        assertEquals(new SourceLocation("conf/site.yml", 11, 17), yaml.paths().get(List.of("inline", "b")));
        assertEquals(11, yaml.paths().size(), "only mappings have keys below them: " + yaml.paths());
        assertEquals(Map.of("path", "a.xml", "limit", 5), yaml.values().get("feed"));
    }

    @Test
    void keysAreLocatedAtAnyDepthAndAKeyWrittenAgainDropsTheKeysOfItsEarlierValue() {
        Yaml.LocatedMapping yaml = Yaml.parseLocatedMapping("""
                feed:
                  tags:
                    path: t.xml
                    only: [a]
                jekyll-archives:
                  permalinks:
                    year: /y/
                  permalinks: {month: /m/}
                """, "_config.yml", 1);

        assertEquals(new SourceLocation("_config.yml", 3, 5), yaml.paths().get(List.of("feed", "tags", "path")));
        assertEquals(new SourceLocation("_config.yml", 8, 3), yaml.paths().get(List.of("jekyll-archives", "permalinks")));
        assertEquals(new SourceLocation("_config.yml", 8, 16),
                yaml.paths().get(List.of("jekyll-archives", "permalinks", "month")));
        assertFalse(yaml.paths().containsKey(List.of("jekyll-archives", "permalinks", "year")),
                "the earlier value's keys are gone with it: " + yaml.paths());
    }

    @Test
    void aKeyWrittenTwiceIsLocatedWhereItsValueComesFrom() {
        Yaml.LocatedMapping yaml = Yaml.parseLocatedMapping("""
                base: &base
                  path: a.xml
                theme: a
                theme: b
                feed:
                  <<: *base
                  limit: 5
                """, "_config.yml", 1);

        assertEquals("b", yaml.values().get("theme"));
        assertEquals(new SourceLocation("_config.yml", 4, 1), yaml.keys().get("theme"));
        assertEquals(new SourceLocation("_config.yml", 7, 3), yaml.paths().get(List.of("feed", "limit")));
        assertEquals(new SourceLocation("_config.yml", 2, 3), yaml.paths().get(List.of("feed", "path")),
                "a merged key is where the merged mapping writes it");
    }

    @Test
    void anEmptyLocatedMappingHasNoKeysAndANonMappingIsAnError() {
        assertEquals(new Yaml.LocatedMapping(Map.of(), Map.of()), Yaml.parseLocatedMapping("", "a.yml", 1));
        QuireException e = assertThrows(QuireException.class, () -> Yaml.parseLocatedMapping("- a\n", "a.yml", 1));
        assertEquals("a.yml:1", e.problem().location().toString());
    }
}
