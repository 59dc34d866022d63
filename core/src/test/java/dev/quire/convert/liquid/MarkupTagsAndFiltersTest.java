package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestDocuments;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code highlight}, {@code markdownify} and {@code smartify} as Jekyll 4.3 prints them. */
class MarkupTagsAndFiltersTest {

    @TempDir
    Path root;

    private String render(String template, Map<String, Object> variables) {
        return new LiquidEngine(TestContexts.config(root, Map.of())).parse(template).render(new HashMap<>(variables));
    }

    private String render(String template) {
        return render(template, Map.of());
    }

    @Test
    void highlightWrapsTheEscapedCodeInRougesFigure() {
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                + "puts \"&lt;a&gt; &amp;\"\n  x</code></pre></figure>",
                render("{% highlight ruby %}\n\nputs \"<a> &\"\n  x\n\n{% endhighlight %}"));
    }

    @Test
    void highlightWithLinenosPrintsRougesTable() {
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                + "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td>"
                + "<td class=\"code\"><pre>a\nb\n</pre></td></tr></tbody></table></code></pre></figure>",
                render("{% highlight ruby linenos %}\na\nb\n{% endhighlight %}"));
    }

    @Test
    void highlightLanguageWithPlusHasADashInItsClass() {
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\">x</code></pre></figure>",
                render("{% highlight c++ %}x{% endhighlight %}"));
    }

    @Test
    void highlightRendersLiquidInItsBody() {
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-text\" data-lang=\"text\">v = 3</code></pre></figure>",
                render("{% highlight text %}v = {{ n }}{% endhighlight %}", Map.of("n", 3)));
    }

    @Test
    void highlightWithoutALanguageFailsNamingFileLineAndFix() {
        TestSite site = TestSite.create(root, Map.of("err.md", "---\n---\nline2\n{% highlight %}x{% endhighlight %}\n"));
        SiteConfig config = TestContexts.config(site.source(), Map.of());
        Document document = TestDocuments.resolve(config, "err.md");
        Site indexed = new Site(config, List.of(), List.of(document), Map.of(), List.of());
        QuireException e = assertThrows(QuireException.class, () -> new LiquidTransformer(new LiquidEngine(config))
                .transform(document, TestContexts.convert(indexed, new RecordingProblems())));
        assertEquals("Liquid error: Syntax Error in tag 'highlight' while parsing the following markup:  "
                + "Valid syntax: highlight <lang> [linenos]", e.problem().message());
        assertEquals("err.md", e.problem().location().file());
        assertEquals(4, e.problem().location().line());
        assertEquals("name the language, then options: {% highlight ruby linenos %}", e.problem().hint());
    }

    @Test
    void markdownifyConvertsWithTheSitesMarkdown() {
        assertEquals("<p>Hello <strong>world</strong></p>\n", render("{{ \"Hello **world**\" | markdownify }}"));
        assertEquals("<h1 id=\"a-header\">A header</h1>\n", render("{{ \"# A header\" | markdownify }}"));
        assertEquals("", render("{{ nothing | markdownify }}"));
    }

    @Test
    void smartifyOnlyTouchesTypography() {
        assertEquals("It’s “smart” – *really*…", render("{{ s | smartify }}", Map.of("s", "It's \"smart\" -- *really*...")));
        assertEquals("", render("{{ nothing | smartify }}"));
    }
}
