package dev.quire.testing;

import dev.quire.load.FrontMatterReader;
import dev.quire.load.PostPath;
import dev.quire.model.Document;
import dev.quire.model.DocumentKind;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.resolve.DateTransformer;
import dev.quire.resolve.PermalinkTransformer;
import dev.quire.resolve.PublishingTransformer;
import dev.quire.resolve.TaxonomyTransformer;
import dev.quire.resolve.TitleTransformer;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents read from files of a configuration's source folder, as the core loaders read them,
 * and resolved by the core transformers, without running a build.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * Reads a file of {@code config.source()} as a post (when its path makes it one, drafts
     * included), a document of a configured collection, or a page.
     */
    public static Document load(SiteConfig config, String path) {
        SourceFile file = new SourceFile(config.source(), path);
        FrontMatterFile read;
        try {
            read = new FrontMatterReader().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean post = PostPath.parse(file).isPresent();
        Map<String, Object> frontMatter = read.frontMatter();
        if (post && PostPath.parse(file).get().draft()) {
            frontMatter = new LinkedHashMap<>(frontMatter);
            frontMatter.put("draft", true);
        }
        DocumentKind kind = post ? DocumentKind.POST : config.collections().stream()
                .filter(collection -> !collection.isPosts() && collection.pathInside(path) != null)
                .map(collection -> DocumentKind.in(collection.label()))
                .findFirst().orElse(DocumentKind.PAGE);
        return Document.loaded(file, kind, frontMatter, read.bodyLine(), read.body(),
                config.isMarkdown(file) ? ".html" : file.extension());
    }

    /**
     * Reads and resolves a file: dates, title, taxonomy, publishing and permalink, in that order,
     * also for documents the publishing rules drop (check {@link Document#published()}).
     */
    public static Document resolve(SiteConfig config, String path) {
        TransformContext context = TestContexts.resolve(config);
        Document document = load(config, path);
        for (Transformer transformer : List.of(new DateTransformer(), new TitleTransformer(),
                new TaxonomyTransformer(), new PublishingTransformer(), new PermalinkTransformer())) {
            document = transformer.transform(document, context);
        }
        return document;
    }
}
