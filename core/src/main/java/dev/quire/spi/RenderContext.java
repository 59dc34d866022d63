package dev.quire.spi;

import dev.quire.error.Problems;
import dev.quire.model.Site;

/** What a {@link Renderer} works with. */
public interface RenderContext {

    /** The site, with every document converted (its content is HTML, not yet in a layout). */
    Site site();

    /** Where this renderer writes. Nothing reaches the output folder before the build succeeds. */
    Output output();

    Problems problems();
}
