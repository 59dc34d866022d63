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

    /** A context of the given parts: what the pipeline hands each renderer, and what a test can build. */
    static RenderContext of(Site site, Output output, Problems problems) {
        return new Parts(site, output, problems);
    }

    /** The plain implementation behind {@link #of}. */
    record Parts(Site site, Output output, Problems problems) implements RenderContext {
    }
}
