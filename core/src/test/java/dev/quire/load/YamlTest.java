package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

        assertEquals("_config.yml", e.problem().location().file());
        assertTrue(e.problem().location().line() >= 11, e.getMessage());
        assertTrue(e.problem().location().column() >= 1, e.getMessage());
    }

    @Test
    void mappingValueErrorHasExactLineAndColumn() {
        QuireException e = assertThrows(QuireException.class,
                () -> Yaml.parseMapping("title: a: b\n", "_config.yml", 1));

        assertEquals(new SourceLocation("_config.yml", 1, 9), e.problem().location());
    }

    @Test
    void timestampsAsRubyReadsThem() {
        assertEquals(LocalDate.of(2019, 5, 26), Yaml.parseTimestamp("2019-05-26"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.UTC),
                Yaml.parseTimestamp("2019-05-25 10:00:00"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 500_000_000, ZoneOffset.UTC),
                Yaml.parseTimestamp("2019-05-25T10:00:00.5Z"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.ofHours(-4)),
                Yaml.parseTimestamp("2019-05-25 10:00:00 -4"));
        assertEquals(OffsetDateTime.of(2019, 5, 25, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                Yaml.parseTimestamp("2019-05-25 10:00:00 +05:30"));
        assertEquals("2019-13-45", Yaml.parseTimestamp("2019-13-45"), "an impossible date stays text");
    }
}
