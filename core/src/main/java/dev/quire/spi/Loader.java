package dev.quire.spi;

import dev.quire.model.SourceFile;
import java.io.IOException;

/**
 * Turns source files into documents, layouts or other site content. The source folder is walked
 * once; each file is offered to every loader, and exactly one may claim it. A file that no loader
 * claims is a static file (unless it is hidden or excluded, as in Jekyll).
 */
public interface Loader extends Ordered {

    /**
     * Whether this loader reads the file. Must be cheap: it may peek at the file's first line (as
     * Jekyll does to tell a page from a static file) but must not read further.
     */
    boolean claims(SourceFile file, LoadContext context);

    /** Reads the file and adds what it holds to the context. */
    void load(SourceFile file, LoadContext context) throws IOException;
}
