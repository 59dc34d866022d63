package dev.quire.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Jekyll's {@code Utils.slugify}, with the examples of its documentation. */
class SlugifyTest {

    @Test
    void nullStaysNull() {
        assertNull(Slugify.slugify(null));
        assertNull(Slugify.slugify(null, "pretty", true));
    }

    @Test
    void defaultMode() {
        assertEquals("the-config-yml-file", Slugify.slugify("The _config.yml file"));
        assertEquals("the-config-yml-file", Slugify.slugify("The _config.yml file", "default", false));
        assertEquals("the-config-yml-file", Slugify.slugify("The _config.yml file", null, false),
                "no mode means default");
        assertEquals("été-à-paris-v2", Slugify.slugify("Été à Paris (v2)"), "letters of any script are kept");
        assertEquals("日本語-テスト", Slugify.slugify("日本語 テスト"));
    }

    @Test
    void rawMode() {
        assertEquals("the-_config.yml-file", Slugify.slugify("The _config.yml file", "raw", false));
        assertEquals("a-b-c", Slugify.slugify("a \t b\n\nc", "raw", false));
    }

    @Test
    void prettyMode() {
        assertEquals("the-_config.yml-file", Slugify.slugify("The _config.yml file", "pretty", false));
        assertEquals("._~!$&'()+,;=@", Slugify.slugify("._~!$&'()+,;=@", "pretty", false));
        assertEquals("a-b", Slugify.slugify("a?b", "pretty", false));
        assertEquals("a-b", Slugify.slugify("a/b", "pretty", false));
        assertEquals("a-b", Slugify.slugify("a#b", "pretty", false));
    }

    @Test
    void asciiMode() {
        assertEquals("the-c-nfig-yml-file", Slugify.slugify("The _c\u00f6nfig.yml file", "ascii", false));
    }

    @Test
    void latinMode() {
        assertEquals("the-config-yml-file", Slugify.slugify("The c\u00f6nfig.yml file", "latin", false));
        assertEquals("ete-a-paris-v2", Slugify.slugify("\u00c9t\u00e9 \u00e0 Paris (v2)", "latin", false));
    }

    @Test
    void casedKeepsCase() {
        assertEquals("The-_config.yml-file", Slugify.slugify("The _config.yml file", "pretty", true));
        assertEquals("Mixed_Case.Title!", Slugify.slugify("Mixed_Case.Title!", "pretty", true));
        assertEquals("Custom-Slug", Slugify.slugify("Custom Slug", "pretty", true));
        assertEquals("Été-à-Paris-(v2)", Slugify.slugify("Été à Paris (v2)", "pretty", true));
    }

    @Test
    void unknownModeOnlyLowerCases() {
        assertEquals("the _config.yml file", Slugify.slugify("The _config.yml file", "none", false));
        assertEquals("The _config.yml file", Slugify.slugify("The _config.yml file", "none", true));
    }

    @Test
    void oneLeadingAndOneTrailingHyphenAreStripped() {
        assertEquals("hello-world", Slugify.slugify("  Hello, World!  "));
        assertEquals("hello", Slugify.slugify("--hello--"), "runs are squeezed first, so one hyphen remains each side");
        assertEquals("", Slugify.slugify("!!!"));
        assertEquals("", Slugify.slugify(""));
    }

    @Test
    void runsOfReplacedCharactersBecomeOneHyphen() {
        assertEquals("mixed-case-title", Slugify.slugify("Mixed_Case.Title!"));
        assertEquals("a-b", Slugify.slugify("a - _ . b"));
    }
}
