package dev.quire.renderers.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.spi.Text;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void blockTagsSeparateWordsAndOtherTagsScriptsStylesAndCommentsVanish() {
        assertEquals("Title First para with bold. Item & more",
                PlainText.of("<h2 id=\"t\">Title</h2><p>First para with <strong>bold</strong>.</p>"
                        + "<script>var a = '<p>';</script><!-- <p>note</p> --><style>p{}</style>"
                        + "<UL><LI>Item &amp; more</LI></UL>", 0));
        assertEquals("a b", PlainText.of("a<br/>b", 0));
        assertEquals("ab", PlainText.of("a<pre_x>b", 0), "a whole tag name: pre_x is not pre");
        assertEquals("a b", PlainText.of("a\u00a0<span>b</span>", 0));
        assertEquals("a <p b", PlainText.of("a <p b", 0), "a '<' never closed is text, and still a block tag's");
    }

    @Test
    void cutsAtAWordsEnd() {
        assertEquals("one two", PlainText.of("<p>one two three</p>", 9));
    }

    /**
     * The scans give exactly what the regular expressions they replace give, on HTML made to trip
     * them; a tag name is ASCII, so a letter of another script or a combining mark after "p" ends it.
     */
    @Test
    void givesWhatTheRegularExpressionsGaveOnTrickyHtml() {
        List<String> pieces = List.of("<", ">", "/", "p", "P", "pre", "<p>", "</p>", "<br>", "<br/>", "<script>",
                "</script>", "<style>", "</style>", "<!--", "-->", "<span>", "</span>", "<h2 id=\"x\">", "</h2>", "a", " b ",
                "\n", "&amp;", "&#x41;", "&lt;p&gt;", "\u00a0", "é", "\u0301", "\uD835\uDC00", "_", "<div", "<DIV>", "<td>", "<tdx>",
                "<li>", "<h7>");
        Random random = new Random(20261126);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                html.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertEquals(byRegularExpressions(html.toString()), PlainText.of(html.toString(), 0), html.toString());
        }
    }

    /** A block tag's name, whole: followed by no ASCII word character (not {@code \\b}, whose letters vary by JDK). */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)<(?=/?(?:p|div|h[1-6]|li|ul|ol|pre|blockquote|table|tr|td|th|dl|dt|dd|section|article|aside|header|"
                    + "footer|figure|figcaption|hr|br)(?![A-Za-z0-9_]))");

    /** How the text was made before the scans: a space before block tags, then strip_html's expressions. */
    private static String byRegularExpressions(String html) {
        String spaced = BLOCK_TAG.matcher(html).replaceAll(" <");
        return Text.normalizeWhitespace(PlainText.decode(Text.stripHtml(spaced)).replace('\u00a0', ' '));
    }
}
