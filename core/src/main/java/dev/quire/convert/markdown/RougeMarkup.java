package dev.quire.convert.markdown;

/**
 * The HTML Jekyll's Rouge wraps code in, so that Jekyll themes' CSS applies. The code is escaped but
 * not split into Rouge's token spans ({@code <span class="k">}): no Java library highlights with
 * Rouge's lexers and class names.
 */
public final class RougeMarkup {

    private RougeMarkup() {
    }

    /** A Markdown code block: {@code div.language-X.highlighter-rouge > div.highlight > pre.highlight > code}. */
    public static String codeBlock(String language, String code) {
        return codeBlock(language, code, 0);
    }

    /** A Markdown code block nested {@code indent} spaces deep: kramdown indents the last {@code </div>} as much. */
    public static String codeBlock(String language, String code, int indent) {
        return "<div class=\"language-" + language + " highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>"
                + Html.text(code) + "</code></pre></div>" + " ".repeat(indent) + "</div>";
    }

    /**
     * The {@code highlight} Liquid tag: {@code figure.highlight > pre > code}, the class with {@code +}
     * as {@code -}; with line numbers, Rouge's table (gutter and code cells, each line ending in a break).
     */
    public static String highlightTag(String language, String code, boolean lineNumbers) {
        StringBuilder html = new StringBuilder(code.length() + 256);
        html.append("<figure class=\"highlight\"><pre><code class=\"language-").append(language.replace('+', '-'))
                .append("\" data-lang=\"").append(language).append("\">");
        if (lineNumbers) {
            long lines = code.lines().count();
            html.append("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">");
            for (long i = 1; i <= Math.max(lines, 1); i++) {
                html.append(i).append('\n');
            }
            html.append("</pre></td><td class=\"code\"><pre>").append(Html.text(code)).append('\n')
                    .append("</pre></td></tr></tbody></table>");
        } else {
            html.append(Html.text(code));
        }
        return html.append("</code></pre></figure>").toString();
    }
}
