package dev.quire.load;

import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.spi.FrontMatterFile;
import dev.quire.spi.LoadContext;
import dev.quire.testing.RecordingProblems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A load context that keeps what loaders add, for the loader tests. */
final class FakeLoadContext implements LoadContext {

    final SiteConfig config;
    final RecordingProblems problems = new RecordingProblems();
    final List<Document> documents = new ArrayList<>();
    final List<Layout> layouts = new ArrayList<>();
    private final EntryFilter filter;

    FakeLoadContext(SiteConfig config) {
        this.config = config;
        this.filter = new EntryFilter(config);
    }

    @Override
    public SiteConfig config() {
        return config;
    }

    @Override
    public RecordingProblems problems() {
        return problems;
    }

    @Override
    public boolean isSpecial(SourceFile file) {
        return filter.isSpecial(file);
    }

    @Override
    public FrontMatterFile read(SourceFile file) throws IOException {
        return new FrontMatterReader().read(file);
    }

    @Override
    public void addDocument(Document document) {
        documents.add(document);
    }

    @Override
    public void addLayout(Layout layout) {
        layouts.add(layout);
    }
}
