package dev.quire.renderers.statics;

import dev.quire.model.StaticFile;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;

/** Copies static files (files without front matter) to the same path in the output. */
public final class StaticFilesRenderer implements Renderer {

    @Override
    public String name() {
        return "static-files";
    }

    @Override
    public void render(RenderContext context) {
        for (StaticFile file : context.site().outputStaticFiles()) {
            context.output().copy(file.outputPath(), file.source().absolute());
        }
    }
}
