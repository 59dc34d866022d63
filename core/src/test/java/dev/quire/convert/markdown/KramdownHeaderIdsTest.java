package dev.quire.convert.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** kramdown's GFM header ids: lower case, non-word characters removed, spaces to hyphens. */
class KramdownHeaderIdsTest {

    @Test
    void seedPostHeader() {
        assertEquals("deep-learning-and-neural-networks---coursera-reviews",
                KramdownHeaderIds.baseId("Deep Learning and Neural Networks - Coursera Reviews"));
    }

    @Test
    void punctuationIsRemovedNotReplaced() {
        assertEquals("hello-world", KramdownHeaderIds.baseId("Hello, World!"));
        assertEquals("whats-new-in-v20", KramdownHeaderIds.baseId("What's new in v2.0?"));
        assertEquals("a_b-c", KramdownHeaderIds.baseId("a_b (c)"), "underscore is a word character");
    }

    @Test
    void unicodeLettersAreKept() {
        assertEquals("été-à-paris", KramdownHeaderIds.baseId("Été à Paris"));
        assertEquals("日本語の見出し", KramdownHeaderIds.baseId("日本語の見出し"));
    }

    @Test
    void eachSpaceAndTabBecomesAHyphen() {
        assertEquals("a--b", KramdownHeaderIds.baseId("a  b"));
        assertEquals("a-b", KramdownHeaderIds.baseId("a\tb"));
    }

    @Test
    void repeatedIdsAreNumbered() {
        KramdownHeaderIds ids = new KramdownHeaderIds();

        assertEquals("intro", ids.getId("Intro"));
        assertEquals("intro-1", ids.getId("Intro"));
        assertEquals("intro-2", ids.getId("intro"));
        assertEquals("other", ids.getId("Other"));
    }
}
