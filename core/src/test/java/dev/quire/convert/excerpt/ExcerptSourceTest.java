package dev.quire.convert.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Jekyll 4.3.1's {@code Excerpt#extract_excerpt}, rule by rule. */
class ExcerptSourceTest {

    private static String excerpt(String body) {
        return ExcerptSource.extract(body, "\n\n").text();
    }

    @Test
    void textBeforeTheFirstSeparator() {
        assertEquals("First *para*.", excerpt("First *para*.\n\nSecond.\n\nThird."));
        assertEquals("Intro", ExcerptSource.extract("Intro<!--more-->rest<!--more-->x", "<!--more-->").text());
    }

    @Test
    void theWholeBodyWithoutSeparatorOrWithOneOnlyAtTheEnd() {
        assertEquals("one\nparagraph", excerpt("one\nparagraph"));
        assertEquals("All.\n\nStill.", ExcerptSource.extract("All.\n\nStill.<!--more-->", "<!--more-->").text());
    }

    @Test
    void anOpenLiquidBlockIsClosed() {
        ExcerptSource source = ExcerptSource.extract("{% if a %}in\n\nstill{% endif %}", "\n\n");
        assertEquals("{% if a %}in\n{% endif %}", source.text());
        assertTrue(source.repaired());
    }

    @Test
    void blocksAreClosedInnermostFirstAndOnceEachName() {
        assertEquals("{% for i in x %}{% unless i %},\n{% endunless %}\n{% endfor %}",
                excerpt("{% for i in x %}{% unless i %},\n\n{% endunless %}{% endfor %}"));
        assertEquals("{% if a %}{% if b %}x\n{% endif %}", excerpt("{% if a %}{% if b %}x\n\n{% endif %}{% endif %}"),
                "an end tag anywhere in the head counts for every block of its name, as in Jekyll");
        assertEquals("{%- raw -%}{{ x }}\n{% endraw %}", excerpt("{%- raw -%}{{ x }}\n\n{% endraw %}"));
    }

    @Test
    void tagsThatAreNotBlocksAndClosedBlocksAreLeftAlone() {
        ExcerptSource source = ExcerptSource.extract("{% assign a = 1 %}{% include x.html %}{% if a %}y{% endif %}\n\nz",
                "\n\n");
        assertEquals("{% assign a = 1 %}{% include x.html %}{% if a %}y{% endif %}", source.text());
        assertFalse(source.repaired());
    }

    @Test
    void referenceDefinitionsTheHeadUsesAreCarriedOver() {
        String body = "See [one][r1], [two][r2] and [r3].\n\nText.\n\n[r1]: http://a/\n   [r2]: http://b/ \"T\"\n"
                + "[unused]: http://c/\n    [r3]: http://indented/\n[R3]: http://upper/\n";
        assertEquals("See [one][r1], [two][r2] and [r3].\n\n[r1]: http://a/\n[r2]: http://b/ \"T\"", excerpt(body),
                "up to three spaces (dropped); the id is compared as written, case and all");
    }

    @Test
    void nothingIsAppendedWhenNoDefinitionIsUsed() {
        assertEquals("Plain.", excerpt("Plain.\n\n[r1]: http://a/\n"));
    }
}
