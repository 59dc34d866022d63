package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.QuireException;
import dev.quire.model.SiteConfig;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquid mistakes in content: each error names the file, line and column, what is wrong and what is expected. */
class LiquidSyntaxErrorsTest {

    @TempDir
    Path root;

    /** Renders {@code about.md}: front matter on lines 1-3, so the body starts on line 4. */
    private String failure(String body) {
        TestSite site = TestSite.create(root, Map.of("about.md", "---\ntitle: About\n---\n" + body));
        SiteConfig config = TestContexts.config(site.source());
        QuireException e = assertThrows(QuireException.class, () -> new LiquidTransformer(new LiquidEngine(config))
                .transform(TestDocuments.resolve(config, "about.md"), TestContexts.convert(TestContexts.emptySite(config))));
        return e.problem().format();
    }

    @Test
    void anUnknownTagIsNamedWithTheTagsQuireHas() {
        assertEquals("about.md:5:4: Liquid error: Unknown tag 'gist' (Quire has Liquid's tags and Jekyll's include,"
                + " include_relative, highlight, link, post_url and raw; a tag of a Jekyll plugin needs a Quire plugin,"
                + " or print the text as it is with {% raw %}...{% endraw %})",
                failure("Intro\n{% gist 1234 %}\n"));
    }

    @Test
    void anUnknownFilterIsNamed() {
        assertEquals("about.md:4:15: Liquid error: Unknown filter 'shout' (check its name: Quire has Liquid's"
                + " standard filters and Jekyll's (the README lists them))", failure("{{ page.title | shout }}\n"));
    }

    @Test
    void aTagWithBadParametersShowsItsValidSyntax() {
        assertEquals("about.md:5:7: Liquid error: Syntax error in tag 'if': unexpected '%}' (valid syntax:"
                + " {% if condition %} ... {% elsif condition %} ... {% else %} ... {% endif %})",
                failure("Intro\n{% if %}yes{% endif %}\n"));
        assertEquals("about.md:4:13: Liquid error: Syntax error in tag 'for': cannot read '{% for x in %}' (valid"
                + " syntax: {% for item in array %} ... {% endfor %}, with limit:, offset:, reversed or a range (1..5))",
                failure("{% for x in %}{% endfor %}\n"));
    }

    @Test
    void aFailureWhileRenderingIsNotCalledASyntaxError() {
        String failure = failure("Intro\n{{ 10 | divided_by: 0 }}\n");

        assertTrue(failure.startsWith("about.md:5:"), failure);
        assertTrue(failure.contains("Liquid error: Error in output '{{ 10 | divided_by: 0 }}': "), failure);
        assertTrue(failure.endsWith("(check the values and the filters' arguments here)"), failure);
    }

    @Test
    void aBlockThatIsNeverClosedIsReportedWhereItOpens() {
        assertEquals("about.md:5:1: Liquid error: 'for' tag was never closed (close it with {% endfor %})",
                failure("Intro\n{% for post in site.posts %}\n{{ post.title }}\n\nMore text.\n"));
    }

    @Test
    void anEndTagThatClosesNothingOrTheWrongBlockIsReported() {
        assertEquals("about.md:5:1: Liquid error: '{% endif %}' closes no open 'if' (remove it, or open the block"
                + " before it with {% if ... %})", failure("Intro\n{% endif %}\n"));
        assertEquals("about.md:6:1: Liquid error: '{% endfor %}' closes the 'if' opened on line 5 (close 'if' with"
                + " {% endif %} first)", failure("{% for p in site.posts %}\n{% if p.title %}\n{% endfor %}\n"));
    }

    @Test
    void tagsInRawAndCommentDoNotCount() {
        assertEquals("about.md:4:1: Liquid error: 'if' tag was never closed (close it with {% endif %})",
                failure("{% if true %}{% raw %}{% endif %}{% endraw %}{% comment %}{% endif %}{% endcomment %}\n"));
    }
}
