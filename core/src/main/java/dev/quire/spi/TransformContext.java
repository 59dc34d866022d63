package dev.quire.spi;

import dev.quire.error.Problems;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;

/** What a {@link Transformer} works with. */
public interface TransformContext {

    SiteConfig config();

    /**
     * The indexed site, with every document resolved but not converted.
     *
     * @throws IllegalStateException in the resolve phase, before the site exists
     */
    Site site();

    Problems problems();
}
