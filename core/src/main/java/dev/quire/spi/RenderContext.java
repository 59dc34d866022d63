package dev.quire.spi;

import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Site;

/** What a {@link Renderer} works with. */
public interface RenderContext {

    /** The site, with every document converted (its content is HTML, not yet in a layout). */
    Site site();

    /** Where this renderer writes. Nothing reaches the output folder before the build succeeds. */
    Output output();

    Problems problems();

    /** The name of the renderer this context was made for, as problems name it. */
    String renderer();

    /**
     * Runs {@code action} on each document, in order. When it fails on one, the build fails with
     * a problem that names this renderer and that document (a {@link QuireException} keeps its own
     * location), and the action goes on with the next document, so that one build reports every
     * document that fails.
     */
    default void forEachDocument(Iterable<Document> documents, DocumentAction action) {
        for (Document document : documents) {
            try {
                action.apply(document);
            } catch (QuireException e) {
                problems().report(e.problem(), e.getCause());
            } catch (Exception e) {
                problems().report(Problem.error(document.source().location(), "renderer '" + renderer()
                        + "' failed on this document: " + e, "a bug in the renderer, or input it cannot handle;"
                        + " the other documents were rendered"), e);
            }
        }
    }

    /**
     * Writes {@code path}, one output file of {@code document}, with the text {@code render} makes.
     * In an incremental build the file the last build wrote there is kept instead, and {@code render}
     * is not called, when the document is the same and every value {@code render} read then is the
     * same: what it read through the template views of {@link dev.quire.model.Drops} ({@code page},
     * {@code site}, other documents' views), with the site's templates (layouts, includes) unchanged.
     * So {@code render} must read nothing else (no files, no other objects); a renderer that does
     * writes through {@link #output()}, which always writes. Problems {@code render} reports through
     * its argument are reported again when the file is kept.
     */
    default void writeDocument(Document document, String path, DocumentRender render) throws Exception {
        output().write(path, render.render(problems()));
    }

    /**
     * The text {@code render} makes of {@code document} for a file of the whole site (its line in a
     * search index, its entry in a feed), under a {@code name} unique in this renderer. In an
     * incremental build it is the text the last build made when the document and everything
     * {@code render} read then are unchanged, as for {@link #writeDocument}, with the same rule: read
     * the document itself and the site's views, nothing else.
     */
    default String documentText(Document document, String name, DocumentRender render) throws Exception {
        return render.render(problems());
    }

    /** Makes the text of one output file of a document; reports through the problems it is given. */
    @FunctionalInterface
    interface DocumentRender {
        String render(Problems problems) throws Exception;
    }

    /** Work on one document that may fail. */
    @FunctionalInterface
    interface DocumentAction {
        void apply(Document document) throws Exception;
    }

    /** A context of the given parts: what the pipeline hands each renderer, and what a test can build. */
    static RenderContext of(String renderer, Site site, Output output, Problems problems) {
        return new Parts(renderer, site, output, problems);
    }

    /** A context for a renderer named {@code test}. */
    static RenderContext of(Site site, Output output, Problems problems) {
        return of("test", site, output, problems);
    }

    /** The plain implementation behind {@link #of}. */
    record Parts(String renderer, Site site, Output output, Problems problems) implements RenderContext {
    }
}
