package dev.quire.testing;

import dev.quire.model.Document;
import dev.quire.spi.QuirePlugin;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;

/**
 * A test plugin whose renderer ({@code test-content}) writes every document's converted content,
 * without any layout, to its output path. Use it with {@link TestPlugins#classLoader} to see what
 * the core pipeline produces without the real renderers.
 */
public final class ContentRendererPlugin extends QuirePlugin {

    public static final String NAME = "test-content";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void configure() {
        renderers().addBinding().to(ContentRenderer.class);
    }

    /** Writes each document's content to its output path. */
    public static final class ContentRenderer implements Renderer {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public void render(RenderContext context) {
            for (Document document : context.site().outputDocuments()) {
                context.output().write(document.route().outputPath(), document.content());
            }
        }
    }
}
