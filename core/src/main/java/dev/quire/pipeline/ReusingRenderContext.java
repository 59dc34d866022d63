package dev.quire.pipeline;

import dev.quire.commit.Staging;
import dev.quire.error.Problems;
import dev.quire.incremental.StageValues;
import dev.quire.incremental.WorkReuse;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Site;
import dev.quire.spi.Output;
import dev.quire.spi.RenderContext;

/**
 * The context the pipeline gives a renderer: {@link #writeDocument} keeps the file the last build
 * wrote when nothing it was made from has changed, and records what it reads otherwise.
 */
record ReusingRenderContext(String renderer, StageValues stage, Output output, Problems problems, Staging staging,
        WorkReuse reuse) implements RenderContext {

    @Override
    public Site site() {
        return stage.site();
    }

    @Override
    public void writeDocument(Document document, String path, DocumentRender render) throws Exception {
        WorkReuse.Outcome<String> outcome = reuse.apply("render " + renderer + " " + Drops.ownerOf(document) + " "
                + path, document, stage, problems, render::render, text -> null);
        if (outcome.taken() != null) {
            staging.keep(renderer, path);
        } else {
            output.write(path, outcome.value());
        }
    }
}
