package dev.quire.spi;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import java.io.IOException;

/** What a {@link Loader} works with. Thread-safe: files are loaded in parallel. */
public interface LoadContext {

    SiteConfig config();

    Problems problems();

    /**
     * Whether the path has a special segment (a name starting with {@code _}, {@code .}, {@code #} or
     * {@code ~}, or ending with {@code ~}, not listed in {@code include:}): such files are neither
     * pages nor static files.
     */
    boolean isSpecial(SourceFile file);

    /** Reads a file's front matter and body; a front-matter error is thrown with its line and column. */
    FrontMatterFile read(SourceFile file) throws IOException;

    void addDocument(Document document);

    void addLayout(Layout layout);

    /** Adds a file that a loader claimed but that is copied as it is (a collection's file without front matter). */
    void addStaticFile(StaticFile file);
}
