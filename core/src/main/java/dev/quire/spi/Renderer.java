package dev.quire.spi;

/**
 * Produces site-wide output: pages through layouts, feeds, sitemaps, copies of static files.
 * Renderers run in parallel, each with its own {@link Output}; they receive the converted site
 * and must not depend on each other's output.
 */
public interface Renderer extends Ordered {

    /**
     * Writes this renderer's files through {@link RenderContext#output()}. Report problems with
     * a document through {@link RenderContext#problems()} and go on with the next document; an
     * exception fails the build naming this renderer.
     */
    void render(RenderContext context) throws Exception;
}
