package dev.quire.convert.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jekyll's {@code smartify} cases (the markdown fixture's smartify page holds Jekyll's output). */
class SmartyPantsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "It's \"smart\" -- really...           | It’s “smart” – really…",
        "'single' and \"double\" --- dash <<angle>> | ‘single’ and “double” — dash «angle»",
        "<b>tags</b> & ampersand                | <b>tags</b> &amp; ampersand",
        "&amp; &#8217; stay                     | &amp; &#8217; stay",
        "*not* markdown                         | *not* markdown",
        "1 < 2 > 0                              | 1 &lt; 2 &gt; 0",
        "the '90s                               | the ’90s",
        "(\"in brackets\")                      | (“in brackets”)",
        "``                                     | ``",
    })
    void smartifiesAsKramdown(String input, String expected) {
        assertEquals(expected, SmartyPants.smartify(input));
    }
}
