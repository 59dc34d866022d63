package dev.quire.load;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.LoadContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@link LoadContext} of a build: reads front matter (warning about a block that is never
 * closed) and collects what loaders add. Thread-safe: files are loaded in parallel.
 */
public final class CollectingLoadContext implements LoadContext {

    private final SiteConfig config;
    private final Problems problems;
    private final EntryFilter filter;
    private final FrontMatterReader reader = new FrontMatterReader();
    private final List<Document> documents = Collections.synchronizedList(new ArrayList<>());
    private final List<Layout> layouts = Collections.synchronizedList(new ArrayList<>());
    private final List<StaticFile> staticFiles = Collections.synchronizedList(new ArrayList<>());

    public CollectingLoadContext(SiteConfig config, EntryFilter filter, Problems problems) {
        this.config = config;
        this.filter = filter;
        this.problems = problems;
    }

    @Override
    public SiteConfig config() {
        return config;
    }

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public boolean isSpecial(SourceFile file) {
        return filter.isSpecial(file);
    }

    @Override
    public FrontMatterFile read(SourceFile file) throws IOException {
        // Jekyll's default leaves invalid front matter out with an error message; Quire's fails the
        // build, unless the site asks for Jekyll's way with strict_front_matter: false.
        FrontMatterFile read = Boolean.FALSE.equals(config.get("strict_front_matter"))
                ? reader.readLenient(file, problems) : reader.read(file);
        if (FrontMatterReader.isUnclosed(read)) {
            problems.warn(file.location(1, 1), "front matter is not closed: the whole file is used as content",
                    "end the front matter with a line '---'");
        }
        return read;
    }

    @Override
    public void addDocument(Document document) {
        documents.add(document);
    }

    @Override
    public void addLayout(Layout layout) {
        layouts.add(layout);
    }

    @Override
    public void addStaticFile(StaticFile file) {
        staticFiles.add(file);
    }

    /** The static files added so far, in the order they were added (which varies with threads). */
    public List<StaticFile> staticFiles() {
        synchronized (staticFiles) {
            return List.copyOf(staticFiles);
        }
    }

    /** The documents added so far, in the order they were added (which varies with threads). */
    public List<Document> documents() {
        synchronized (documents) {
            return List.copyOf(documents);
        }
    }

    /** The layouts added so far, in the order they were added (which varies with threads). */
    public List<Layout> layouts() {
        synchronized (layouts) {
            return List.copyOf(layouts);
        }
    }
}
