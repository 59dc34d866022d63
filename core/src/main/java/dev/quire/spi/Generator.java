package dev.quire.spi;

/**
 * Adds or replaces documents after the site is indexed (every document resolved, none converted)
 * and before excerpts and conversion: paginated indexes, archive pages, redirect pages. Generators
 * run one after another, in {@link Ordered} order, each seeing the site as the previous ones left
 * it. What they add is then converted (Liquid, Markdown) and wrapped in layouts like any page, so
 * renderers (sitemap, feed, search) see it.
 */
public interface Generator extends Ordered {

    /**
     * Adds or replaces documents through {@code context}. Report bad input through
     * {@link GenerateContext#problems()}; an exception fails the build naming this generator.
     */
    void generate(GenerateContext context) throws Exception;
}
