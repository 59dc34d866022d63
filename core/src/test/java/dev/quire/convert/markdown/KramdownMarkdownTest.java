package dev.quire.convert.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each kramdown feature Quire matches, as exact HTML (the markdown fixture holds Jekyll's own output). */
class KramdownMarkdownTest {

    private static final KramdownMarkdown MARKDOWN = new KramdownMarkdown();

    private static String html(String markdown) {
        return MARKDOWN.toHtml(markdown);
    }

    @Test
    void attributeListAfterAParagraphGivesItClassIdAndAttributes() {
        assertEquals("<p class=\"lead\">Text.</p>\n", html("Text.\n{: .lead}\n"));
        assertEquals("<p id=\"intro\" data-x=\"1\">Text.</p>\n", html("Text.\n{: #intro data-x=\"1\"}\n"));
    }

    @Test
    void attributeListBeforeAParagraphAppliesToIt() {
        assertEquals("<p class=\"before\">Text.</p>\n", html("{: .before}\nText.\n"));
    }

    @Test
    void attributeListOnALineAfterAQuoteOrListBelongsToThatBlock() {
        assertEquals("<blockquote class=\"note\">\n  <p>A quote</p>\n</blockquote>\n", html("> A quote\n{: .note}\n"));
        assertEquals("<ul class=\"list\">\n  <li>one</li>\n  <li>two</li>\n</ul>\n", html("* one\n* two\n{: .list}\n"));
    }

    @Test
    void spanAttributeListsApplyToTheElementBefore() {
        assertEquals("<p>An <em class=\"em\">emphasis</em> and <a href=\"/a\" class=\"btn\" target=\"_blank\">link</a>.</p>\n",
                html("An *emphasis*{: .em} and [link](/a){: .btn target=\"_blank\"}.\n"));
    }

    @Test
    void bracesWithoutAColonAreTextExceptAHeaderId() {
        assertEquals("<p>Print {{ page.title }} and { x } as written.</p>\n",
                html("Print {{ page.title }} and { x } as written.\n"));
        assertEquals("<p>{{ kept }}</p>\n", html("{{ kept }}\n"));
        assertEquals("<h2 id=\"my-id\">Title</h2>\n", html("## Title {#my-id}\n"));
    }

    @Test
    void attributeListDefinitionsAreUsedByNameAndNotPrinted() {
        assertEquals("<p class=\"shared\">Referenced.</p>\n", html("{:ref: .shared}\nReferenced.\n{: ref}\n"));
    }

    @Test
    void headerAttributesComeBeforeTheAutomaticIdAndAnIdReplacesIt() {
        assertEquals("<h2 class=\"title\" id=\"custom\">A header</h2>\n", html("## A header\n{: .title #custom}\n"));
        assertEquals("<h2 class=\"title\" id=\"a-header\">A header</h2>\n", html("## A header\n{: .title}\n"));
    }

    @Test
    void tocListBecomesKramdownsTableOfContents() {
        assertEquals("""
                <ul id="markdown-toc">
                  <li><a href="#one" id="markdown-toc-one">One</a>    <ul>
                      <li><a href="#two-b" id="markdown-toc-two-b">Two <em>b</em></a></li>
                    </ul>
                  </li>
                  <li><a href="#three" id="markdown-toc-three">Three</a></li>
                </ul>
                <h1 id="one">One</h1>
                <h2 id="two-b">Two <em>b</em></h2>
                <h1 id="three">Three</h1>
                """, html("* TOC\n{:toc}\n\n# One\n\n## Two *b*\n\n# Three\n"));
    }

    @Test
    void orderedTocListGivesAnOrderedTable() {
        assertEquals("<ol id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li>\n</ol>\n<h2 id=\"a\">A</h2>\n",
                html("1. TOC\n{:toc}\n\n## A\n"));
    }

    @Test
    void footnotesAreNumberedByFirstUseWithKramdownsMarkup() {
        assertEquals("""
                <p>A<sup id="fnref:b" role="doc-noteref"><a href="#fn:b" class="footnote" rel="footnote">1</a></sup> \
                B<sup id="fnref:a" role="doc-noteref"><a href="#fn:a" class="footnote" rel="footnote">2</a></sup> \
                C<sup id="fnref:b:1" role="doc-noteref"><a href="#fn:b" class="footnote" rel="footnote">1</a></sup></p>
                <div class="footnotes" role="doc-endnotes">
                  <ol>
                    <li id="fn:b" role="doc-endnote">
                      <p>Bee.\u00A0<a href="#fnref:b" class="reversefootnote" role="doc-backlink">&#8617;</a>\
                \u00A0<a href="#fnref:b:1" class="reversefootnote" role="doc-backlink">&#8617;<sup>2</sup></a></p>
                    </li>
                    <li id="fn:a" role="doc-endnote">
                      <p>Ay.\u00A0<a href="#fnref:a" class="reversefootnote" role="doc-backlink">&#8617;</a></p>
                    </li>
                  </ol>
                </div>
                """, html("A[^b] B[^a] C[^b]\n\n[^a]: Ay.\n[^b]: Bee.\n"));
    }

    @Test
    void definitionListsAreTightUnlessABlankLineComesBefore() {
        assertEquals("<dl>\n  <dt>Term</dt>\n  <dd>One.</dd>\n  <dd>\n    <p>Two.</p>\n  </dd>\n</dl>\n",
                html("Term\n: One.\n\n: Two.\n"));
    }

    @Test
    void abbreviationsBecomeAbbrElements() {
        assertEquals("<p>The <abbr title=\"Hyper Text Markup Language\">HTML</abbr> spec.</p>\n",
                html("The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n"));
    }

    @Test
    void tablesPrintOneCellPerLineWithStyleAlignment() {
        assertEquals("""
                <table>
                  <thead>
                    <tr>
                      <th style="text-align: left">L</th>
                      <th>N</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      <td style="text-align: left">a</td>
                      <td>1</td>
                    </tr>
                  </tbody>
                </table>
                """, html("| L | N |\n|:--|---|\n| a | 1 |\n"));
    }

    @Test
    void codeBlocksComeInRougesWrapper() {
        assertEquals("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>"
                + "puts \"&lt;a&gt; &amp;\"\n  x\n</code></pre></div></div>\n", html("```ruby\nputs \"<a> &\"\n  x\n```\n"));
        assertEquals("<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>"
                + "plain\n</code></pre></div></div>\n", html("```\nplain\n```\n"));
        assertEquals("<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>"
                + "int x;\n</code></pre></div></div>\n", html("    int x;\n"));
        assertEquals("<p><code class=\"language-plaintext highlighter-rouge\">a \"b\" &lt;c&gt;</code></p>\n",
                html("`a \"b\" <c>`\n"));
    }

    @Test
    void typographyAsKramdownPrintsIt() {
        assertEquals("<p>“Double” and ‘single’, it’s – and — and… «angle» ’90s ‘tis</p>\n",
                html("\"Double\" and 'single', it's -- and --- and... <<angle>> '90s 'tis\n"));
    }

    @Test
    void headerIdsUseTheTypographicCharacters() {
        assertEquals("<h3 id=\"a-quoted--dash\">A “quoted” – dash</h3>\n", html("### A \"quoted\" -- dash\n"));
    }

    @Test
    void taskListsMarkTheListAndEveryItem() {
        assertEquals("""
                <ul class="task-list">
                  <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />todo</li>
                  <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />done</li>
                  <li class="task-list-item">plain</li>
                </ul>
                """, html("- [ ] todo\n- [x] done\n- plain\n"));
    }

    @Test
    void markdownInsideAnHtmlElementMarkedMarkdown() {
        assertEquals("<section class=\"s\">\n  <h2 id=\"in\">In</h2>\n  <ul>\n    <li>a</li>\n  </ul>\n</section>\n",
                html("<section markdown=\"1\" class=\"s\">\n## In\n\n- a\n</section>\n"));
        assertEquals("<div>\n*not* Markdown\n</div>\n", html("<div>\n*not* Markdown\n</div>\n"));
    }

    @Test
    void inlineVoidElementsAreWrittenAsKramdownDoes() {
        assertEquals("<p>a <br /> b <img src=\"/a.png\" alt=\"x\" /> <input type=\"checkbox\" checked=\"\" /> <span>s</span></p>\n",
                html("a <br> b <img src='/a.png' alt=\"x\"> <input type=checkbox checked> <span>s</span>\n"));
    }

    @Test
    void codeInANestedBlockIndentsTheWrappersLastClosingTag() {
        assertEquals("<blockquote>\n  <div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\">"
                + "<pre class=\"highlight\"><code>x\n</code></pre></div>  </div>\n</blockquote>\n", html("> ```\n> x\n> ```\n"));
    }

    @Test
    void lastItemIsLooseWhenNoEarlierItemIsTight() {
        assertEquals("<ol>\n  <li>\n    <p>one</p>\n    <p>more</p>\n  </li>\n  <li>\n    <p>two</p>\n  </li>\n</ol>\n",
                html("1. one\n\n   more\n\n2. two\n"));
        assertEquals("<ol>\n  <li>one</li>\n  <li>two</li>\n</ol>\n", html("1. one\n2. two\n"));
    }

    @Test
    void referenceLinksCodeSpansAndLinksOverSeveralLinesInOneParagraph() {
        assertEquals("<p>See <a href=\"http://a.example/\">one</a>, <a href=\"http://b.example/\" title=\"Title\">two</a>"
                + " and [r3],\n<code class=\"language-plaintext highlighter-rouge\">code</code> and <a href=\"/x.html\">x</a>"
                + " on a second line.</p>\n<blockquote>\n  <p><code class=\"language-plaintext highlighter-rouge\">a</code>"
                + " <a href=\"/y.html\" title=\"t\">y</a>\n<code class=\"language-plaintext highlighter-rouge\">b</code></p>\n"
                + "</blockquote>\n",
                html("See [one][r1], [two][r2] and [r3],\n`code` and [x](/x.html) on a second line.\n\n"
                        + "> `a` [y](/y.html \"t\")\n> `b`\n\n[r1]: http://a.example/\n[r2]: http://b.example/ \"Title\"\n"));
    }

    @Test
    void linkUrlsMayHoldSpaces() {
        assertEquals("<p><a href=\"/a b/c.html\">x</a></p>\n", html("[x](/a b/c.html)\n"));
    }

    @Test
    void nestedParagraphsIndentTheirTagButNotTheirContinuationLines() {
        assertEquals("<blockquote>\n  <p>one\ntwo</p>\n</blockquote>\n", html("> one\n> two\n"));
    }
}
