package dev.quire.spi;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;

/**
 * What a {@link Generator} works with: the site as the generators before it left it, and the
 * changes it makes. Documents stay immutable: a change is a new document, visible in
 * {@link #site()} at once.
 */
public interface GenerateContext {

    /** The site: indexed, with the earlier generators' changes; no document is converted yet. */
    Site site();

    SiteConfig config();

    Problems problems();

    /**
     * Adds a generated page. Its {@link Document#source() source} names it in messages: the file it
     * comes from (a paginated index), or a virtual file that says which generator made it. It must
     * have a route; an output path another document or file already has fails the build, naming both.
     */
    void add(Document document);

    /**
     * Replaces a document of the site (found by identity in {@link #site()}) with another version of
     * it, for example the same page with a {@code paginator}.
     *
     * @throws IllegalArgumentException when {@code original} is not a document of the current site
     */
    void replace(Document original, Document replacement);

    /**
     * Gives the site a layout it lacks (jekyll-redirect-from brings its own {@code redirect} layout);
     * a layout of the same name that the site has wins.
     *
     * @return whether the layout was added
     */
    boolean addLayoutIfAbsent(Layout layout);
}
