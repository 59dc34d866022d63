package dev.quire.spi;

import dev.quire.model.Document;

/**
 * One step applied to every document. Transformers of the {@link Phase#RESOLVE} phase see only the
 * configuration (dates, permalinks, publishing rules); those of the {@link Phase#CONVERT} phase see
 * the whole {@link dev.quire.model.Site} (Liquid, Markdown). Documents are transformed in parallel,
 * so a transformer must be stateless or thread-safe; it returns a new document, never mutates one.
 */
public interface Transformer extends Ordered {

    enum Phase { RESOLVE, CONVERT }

    Phase phase();

    /**
     * Returns the transformed document (or the same one when there is nothing to do). Throw
     * {@link dev.quire.error.QuireException} to fail this document with a located message.
     */
    Document transform(Document document, TransformContext context);
}
