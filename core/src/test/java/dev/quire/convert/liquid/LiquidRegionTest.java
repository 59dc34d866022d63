package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LiquidRegionTest {

    @Test
    void textWithoutLiquidHasNoRegion() {
        assertNull(LiquidRegion.of("plain { text } with braces"));
    }

    @Test
    void regionSpansFirstOpeningToLastClosing() {
        String text = "intro\nline {{ a }} and {% if b %}x{% endif %} tail\nmore";
        LiquidRegion region = LiquidRegion.of(text);
        assertEquals("{{ a }} and {% if b %}x{% endif %}", text.substring(region.start(), region.end()));
        assertEquals(1, region.linesBefore());
        assertEquals(5, region.firstLineColumn());
        assertEquals(2, region.line(1));
        assertEquals(7, region.column(1, 2));
        assertEquals(3, region.column(2, 3));
    }

    @Test
    void unclosedOpeningAfterTheLastClosingKeepsTheRestSoTheErrorIsNotLost() {
        String text = "{{ a }} then {{ broken";
        LiquidRegion region = LiquidRegion.of(text);
        assertEquals(text.length(), region.end());
    }

    @Test
    void whitespaceControlWidensTheRegionOverTheWhitespaceItTrims() {
        String text = "a  \n  {{- x -}}  \n b";
        LiquidRegion region = LiquidRegion.of(text);
        assertEquals("  \n  {{- x -}}  \n ", text.substring(region.start(), region.end()));
    }
}
