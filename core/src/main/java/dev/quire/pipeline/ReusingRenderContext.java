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
 * wrote, and {@link #documentText} gives the text it made, when nothing they were made from has
 * changed; otherwise they run, recording what they read.
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

    @Override
    public String documentText(Document document, String name, DocumentRender render) throws Exception {
        WorkReuse.Outcome<String> outcome = reuse.apply("text " + renderer + " " + Drops.ownerOf(document) + " "
                + name, document, stage, problems, render::render, text -> text);
        return outcome.taken() != null ? outcome.taken().content() : outcome.value();
    }
}
