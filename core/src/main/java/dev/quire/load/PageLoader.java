package dev.quire.load;

import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.LoadContext;
import dev.quire.spi.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads pages: files whose first line is {@code ---} anywhere outside the special folders. Only
 * that first line is read to decide, as Jekyll does; a file starting with {@code ----} or
 * {@code ---x} is a static file.
 */
public final class PageLoader implements Loader {

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public boolean claims(SourceFile file, LoadContext context) {
        if (context.isSpecial(file)) {
            return false;
        }
        try {
            return FrontMatterReader.startsWithFrontMatter(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void load(SourceFile file, LoadContext context) throws IOException {
        FrontMatterFile read = context.read(file);
        String extension = context.config().isMarkdown(file) ? ".html" : file.extension();
        context.addDocument(Document.loaded(file, DocumentKind.PAGE, read.frontMatter(), read.bodyLine(), read.body(), extension));
    }
}
