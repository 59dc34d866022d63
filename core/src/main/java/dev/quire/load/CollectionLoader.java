package dev.quire.load;

import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.Route;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.LoadContext;
import dev.quire.spi.Loader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads the collections of {@code collections:} other than posts: in the folder {@code _<label>},
 * a file with front matter is a document of the collection and any other file is one of its
 * static files. As in Jekyll, an entry whose path inside the folder or whose name starts with
 * {@code _ . # ~}, or that ends with {@code ~}, is not read.
 */
public final class CollectionLoader implements Loader {

    @Override
    public String name() {
        return "collections";
    }

    @Override
    public boolean claims(SourceFile file, LoadContext context) {
        return collectionOf(file, context).isPresent();
    }

    @Override
    public void load(SourceFile file, LoadContext context) throws IOException {
        Collection collection = collectionOf(file, context).orElseThrow();
        if (FrontMatterReader.startsWithFrontMatter(file)) {
            FrontMatterFile read = context.read(file);
            String extension = context.config().isMarkdown(file) ? ".html" : file.extension();
            context.addDocument(Document.loaded(file, DocumentKind.in(collection.label()), read.frontMatter(),
                    read.bodyLine(), read.body(), extension));
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(file.absolute(), BasicFileAttributes.class);
        // The route is a placeholder until the resolve phase applies the collection's permalink.
        context.addStaticFile(new StaticFile(file, attributes.size(), attributes.lastModifiedTime().toMillis(),
                collection.label(), new Route("/" + file.path(), file.path()), collection.output()));
    }

    private static Optional<Collection> collectionOf(SourceFile file, LoadContext context) {
        return context.config().collections().stream()
                .filter(collection -> !collection.isPosts())
                .filter(collection -> {
                    String inside = collection.pathInside(file.path());
                    return inside != null && !PostPath.isFilteredEntry(inside);
                })
                .findFirst();
    }
}
