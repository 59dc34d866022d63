package dev.quire.pipeline;

import com.google.inject.Inject;
import dev.quire.build.BuildOptions;
import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.load.CollectingLoadContext;
import dev.quire.load.DataReader;
import dev.quire.load.EntryFilter;
import dev.quire.load.SourceWalker;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
import dev.quire.model.StaticFile;
import dev.quire.spi.LoadContext;
import dev.quire.spi.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks the source folder once and hands each file to the loader that claims it; files no loader
 * claims become static files unless they are special or excluded.
 */
final class LoadPhase {

    /** What the source folder holds. */
    record Loaded(List<Document> documents, Map<String, Layout> layouts, List<StaticFile> staticFiles,
            Map<String, Object> data) {
    }

    private final List<Loader> loaders;
    private final SiteConfig config;
    private final List<Path> ownFolders;

    @Inject
    LoadPhase(Set<Loader> loaders, SiteConfig config, BuildOptions options) {
        this.loaders = OrderedSort.sort(loaders);
        this.config = config;
        // Never read back what Quire writes, when the output or state folder lies inside the source.
        this.ownFolders = List.of(options.destination(), options.stateDirectory());
    }

    Loaded run(Parallel parallel, Problems problems) throws IOException {
        EntryFilter filter = new EntryFilter(config);
        List<SourceFile> files = new SourceWalker(config.source(), ownFolders).walk(problems).stream()
                .filter(file -> !filter.isExcluded(file) && !ConfigReader.isConfigFile(file))
                .toList();
        CollectingLoadContext context = new CollectingLoadContext(config, filter, problems);
        List<StaticFile> staticFiles = new java.util.ArrayList<>(parallel.map(files, file -> load(file, context, filter),
                SourceFile::location, problems));
        staticFiles.addAll(context.staticFiles());
        List<Document> documents = context.documents().stream().sorted(Comparator.comparing(Document::source)).toList();
        return new Loaded(documents, byName(context.layouts(), problems), staticFiles,
                DataReader.read(config, problems));
    }

    /** Loads one file; returns it as a static file when no loader claims it. */
    private Optional<StaticFile> load(SourceFile file, LoadContext context, EntryFilter filter) {
        try {
            Loader claimant = null;
            for (Loader loader : loaders) {
                if (loader.claims(file, context)) {
                    if (claimant != null) {
                        context.problems().report(Problem.error(file.location(), "loaders '" + claimant.name()
                                + "' and '" + loader.name() + "' both claim this file",
                                "switch one of the plugins off in _config.yml"));
                        return Optional.empty();
                    }
                    claimant = loader;
                }
            }
            if (claimant != null) {
                claimant.load(file, context);
                return Optional.empty();
            }
            if (filter.isSpecial(file)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(file.absolute(), BasicFileAttributes.class);
            return Optional.of(new StaticFile(file, attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Layout> byName(List<Layout> layouts, Problems problems) {
        Map<String, Layout> byName = new TreeMap<>();
        layouts.stream().sorted(Comparator.comparing(Layout::source)).forEach(layout -> {
            Layout previous = byName.putIfAbsent(layout.name(), layout);
            if (previous != null) {
                problems.error(layout.source().location(), "two layouts are named '" + layout.name() + "': "
                        + previous.source().path() + " and " + layout.source().path(),
                        "remove or rename one of them");
            }
        });
        return byName;
    }
}
