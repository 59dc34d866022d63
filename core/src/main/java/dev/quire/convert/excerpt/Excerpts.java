package dev.quire.convert.excerpt;

import dev.quire.error.Problems;
import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import java.util.function.UnaryOperator;

/**
 * Gives documents their {@code excerpt} variable as Jekyll 4.3.1 does: posts always, pages only
 * with {@code page_excerpts: true}; none when the separator ({@code excerpt_separator} of the front
 * matter, else of the site, {@code "\n\n"} by default) is empty. An {@code excerpt} in the front
 * matter is kept as written (no Liquid, no Markdown). Otherwise the excerpt's source is rendered
 * like the document's content (Liquid, then the converter) but never placed in a layout, with the
 * document's variables except {@code excerpt}.
 */
public final class Excerpts {

    private Excerpts() {
    }

    /**
     * The document with its {@code excerpt} set, or the same document.
     *
     * @param render runs the document's converters over a document's content
     */
    public static Document withExcerpt(Document document, SiteConfig config, UnaryOperator<Document> render,
            Problems problems) {
        if (!hasExcerpt(document, config)) {
            return document;
        }
        Object given = document.data().get("excerpt");
        if (given != null && !Boolean.FALSE.equals(given)) {
            return document;
        }
        String separator = separator(document, config);
        if (separator.isEmpty()) {
            return document;
        }
        ExcerptSource source = ExcerptSource.extract(document.body(), separator);
        if (source.repaired()) {
            problems.warn(document.source().location(document.bodyLine(), 0), "Excerpt modified in "
                    + document.source().path() + "! Found a Liquid block containing the excerpt separator "
                    + RubyInspect.string(separator) + ". The block has been modified with the appropriate closing tag.",
                    "set 'excerpt' or another 'excerpt_separator' in the front matter if the excerpt is unsatisfactory");
        }
        // Only the content goes through the converters, never a layout; Jekyll's excerpt still
        // shows the document's layout as page.layout, and no excerpt of its own.
        // Rendered when first read (a template printing it, a feed): most builds print few excerpts.
        Document excerpt = document.withoutData("excerpt").withContent(source.text());
        return document.withData("excerpt", new Deferred(() -> render.apply(excerpt).content()));
    }

    /**
     * Whether the document gets an excerpt. In Jekyll every document of a collection does, posts
     * included; pages only with {@code page_excerpts}.
     */
    static boolean hasExcerpt(Document document, SiteConfig config) {
        return document.inCollection() || config.flag("page_excerpts");
    }

    /** Jekyll's {@code (data["excerpt_separator"] || site.config["excerpt_separator"]).to_s}. */
    static String separator(Document document, SiteConfig config) {
        Object value = document.data().get("excerpt_separator");
        if (value == null || Boolean.FALSE.equals(value)) {
            value = config.get("excerpt_separator");
        }
        return value == null ? "" : value.toString();
    }

    /** Ruby's {@code String#inspect} for the separators people use, for the warning. */
    private static final class RubyInspect {
        static String string(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                    + "\"";
        }
    }
}
