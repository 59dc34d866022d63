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
import dev.quire.model.Theme;
import dev.quire.spi.LoadContext;
import dev.quire.spi.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
            Map<String, Object> data, Theme theme) {
    }

    /** The folders of a theme Quire reads, besides its pages and assets: the others are the site's business. */
    private static final List<String> THEME_FOLDERS = List.of("_layouts/", "_includes/", "_sass/");

    private final List<Loader> loaders;
    private final SiteConfig config;
    private final List<Path> ownFolders;
    private final Set<Theme> themes;

    @Inject
    LoadPhase(Set<Loader> loaders, Set<Theme> themes, SiteConfig config, BuildOptions options) {
        this.loaders = OrderedSort.sort(loaders);
        this.themes = themes;
        this.config = config;
        // Never read back what Quire writes, when the output or state folder lies inside the source.
        this.ownFolders = List.of(options.destination(), options.stateDirectory());
    }

    Loaded run(Parallel parallel, Problems problems) throws IOException {
        EntryFilter filter = new EntryFilter(config);
        List<SourceFile> files = new SourceWalker(config.source(), ownFolders).walk(problems).stream()
                .filter(file -> !filter.isExcluded(file) && !ConfigReader.isConfigFile(file))
                .toList();
        Theme theme = ThemeChoice.choose(themes, config, problems).orElse(null);
        if (theme != null) {
            files = withTheme(files, theme, filter, problems);
        }
        CollectingLoadContext context = new CollectingLoadContext(config, filter, problems);
        List<StaticFile> staticFiles = new java.util.ArrayList<>(parallel.map(files, file -> load(file, context, filter),
                SourceFile::location, problems));
        staticFiles.addAll(context.staticFiles());
        List<Document> documents = context.documents().stream().sorted(Comparator.comparing(Document::source)).toList();
        return new Loaded(documents, byName(context.layouts(), problems), staticFiles,
                DataReader.read(config, problems), theme);
    }

    /**
     * The site's files and, under them, the theme's: its layouts, includes, Sass partials, pages and
     * assets, but none the site has at the same path, and none the site's {@code exclude:} names.
     */
    private static List<SourceFile> withTheme(List<SourceFile> siteFiles, Theme theme, EntryFilter filter,
            Problems problems) throws IOException {
        Set<String> sitePaths = new HashSet<>();
        siteFiles.forEach(file -> sitePaths.add(file.path()));
        List<SourceFile> all = new ArrayList<>(siteFiles);
        for (SourceFile file : new SourceWalker(theme.root()).walk(problems)) {
            SourceFile themed = new SourceFile(file.root(), file.path(), theme.name());
            boolean read = !file.path().startsWith("_") || THEME_FOLDERS.stream().anyMatch(file.path()::startsWith);
            if (read && !sitePaths.contains(file.path()) && !filter.isExcluded(themed)
                    && !ConfigReader.isConfigFile(themed)) {
                all.add(themed);
            }
        }
        all.sort(null);
        return all;
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
        // The site's layouts first: a theme's layout is used only where the site has none of its name.
        layouts.stream().sorted(Comparator.comparing((Layout layout) -> layout.source().fromTheme())
                .thenComparing(Layout::source)).forEach(layout -> {
            Layout previous = byName.putIfAbsent(layout.name(), layout);
            if (previous != null && layout.source().fromTheme() && !previous.source().fromTheme()) {
                return;
            }
            if (previous != null) {
                problems.error(layout.source().location(), "two layouts are named '" + layout.name() + "': "
                        + previous.source().displayPath() + " and " + layout.source().displayPath(),
                        "remove or rename one of them");
            }
        });
        return byName;
    }
}
