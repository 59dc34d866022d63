package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateTest {

    private static String render(String template) {
        SiteConfig config = TestContexts.config(Path.of("site"));
        return new LiquidEngine(config).parse(template, Path.of("site/x.md")).render(Map.of());
    }

    @Test
    void percentEIsTheDaySpacePadded() {
        assertEquals(" 4|4|04|Wed Mar  4 2020|%e|14", render(
                "{{ '2020-03-04 05:06:07' | date: '%e|%-d|%d|%a %b %e %Y|%%e' }}|{{ '2020-03-14' | date: '%e' }}"));
    }
}
