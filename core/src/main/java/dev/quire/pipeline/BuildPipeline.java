package dev.quire.pipeline;

import com.google.inject.Inject;
import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.commit.Committer;
import dev.quire.commit.Staging;
import dev.quire.error.BuildFailedException;
import dev.quire.error.Problem;
import dev.quire.incremental.BuildCache;
import dev.quire.incremental.PreviousBuild;
import dev.quire.incremental.StageValues;
import dev.quire.incremental.WorkReuse;
import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.model.StaticFile;
import dev.quire.resolve.CollectionFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One build: load, resolve, index, generate, convert, render, commit. Each phase takes immutable input and
 * returns new values; problems are collected over a phase, and a phase with errors stops the build
 * before anything is written.
 */
final class BuildPipeline {

    private final SiteConfig config;
    private final BuildOptions options;
    private final LoadPhase load;
    private final TransformPhase transform;
    private final GeneratePhase generate;
    private final RenderPhase render;
    private final ProblemCollector problems = new ProblemCollector();

    @Inject
    BuildPipeline(SiteConfig config, BuildOptions options, LoadPhase load, TransformPhase transform,
            GeneratePhase generate, RenderPhase render) {
        this.config = config;
        this.options = options;
        this.load = load;
        this.transform = transform;
        this.generate = generate;
        this.render = render;
    }

    /**
     * What a successful build leaves for the next one to decide whether it may skip.
     *
     * @param result        what the build did
     * @param outputs       the output files it produced, relative to the output folder
     * @param reported      the warnings and notes it reported, sorted
     * @param nextScheduled the earliest document date after the build time, if any
     * @param cache          the records of the work done on documents, for the next build to take
     * @param contentSources the site's own files that became documents or static files: a change to
     *                       one of them alone lets the next build take work from this one
     */
    record Outcome(BuildResult result, Set<String> outputs, List<Problem> reported,
            Optional<ZonedDateTime> nextScheduled, BuildCache cache, Set<String> contentSources) {
    }

    /** Runs just before the output folder changes. */
    @FunctionalInterface
    interface BeforeCommit {
        void run() throws IOException;
    }

    /**
     * @param early        problems found before the pipeline ran (plugin options), reported with the build's own
     * @param beforeCommit runs once the site is rendered without errors, before the output folder changes
     * @param previous     the work of the last build this one may take ({@link PreviousBuild#none()}: none)
     */
    Outcome run(BuildListener listener, List<Problem> early, BeforeCommit beforeCommit, PreviousBuild previous)
            throws BuildFailedException, IOException {
        early.forEach(problems::report);
        Path source = options.source().toAbsolutePath().normalize();
        try (Parallel parallel = new Parallel(options.threads())) {
            long start = System.nanoTime();
            LoadPhase.Loaded loaded = load.run(parallel, problems);
            // Load and resolve errors drop only their own document: go on to report every
            // document's errors in one build, and fail after the index.
            start = finish(listener, "load", loaded.documents().size() + " documents, " + loaded.layouts().size()
                    + " layouts, " + loaded.staticFiles().size() + " static files", start, false);
            Set<String> contentSources = contentSources(loaded);
            WorkReuse reuse = new WorkReuse(reusable(previous, contentSources, listener));

            List<Document> resolved = transform.resolve(loaded.documents(), parallel, problems);
            start = finish(listener, "resolve", resolved.size() + " published of " + loaded.documents().size()
                    + " documents", start, false);

            List<StaticFile> staticFiles = CollectionFiles.resolve(loaded.staticFiles(), config, problems);
            Site site = IndexPhase.run(config, resolved, loaded.layouts(), staticFiles, loaded.data(),
                    loaded.theme(), problems);
            start = finish(listener, "index", site.posts().size() + " posts, " + site.pages().size() + " pages", start);

            GeneratePhase.Result generated = generate.run(site, problems);
            site = generated.site();
            start = finish(listener, "generate", generated.added() + " pages added, " + generated.replaced()
                    + " replaced by " + generate.generators().size() + " generators", start);

            // Excerpts first, so that every document's Liquid sees them in page and site.posts.
            site = site.withDocuments(transform.excerpts(site, site.posts(), parallel, problems),
                    transform.excerpts(site, site.pages(), parallel, problems),
                    transform.excerpts(site, site.collectionDocuments(), parallel, problems));
            // Collections first, then pages, as Jekyll renders them: a page's Liquid sees the posts'
            // converted content (site.posts[0].content), a post's sees the others' source.
            StageValues indexed = new StageValues(site, source);
            Site documentsConverted = site.withDocuments(
                    transform.convert(indexed, site.posts(), parallel, problems, reuse), site.pages(),
                    transform.convert(indexed, site.collectionDocuments(), parallel, problems, reuse));
            StageValues postsConverted = new StageValues(documentsConverted, source);
            Site converted = documentsConverted.withDocuments(documentsConverted.posts(),
                    transform.convert(postsConverted, site.pages(), parallel, problems, reuse),
                    documentsConverted.collectionDocuments());
            int reusedConversions = reuse.reused();
            start = finish(listener, "convert", converted.documents().size() + " documents"
                    + (reusedConversions > 0 ? ", " + reusedConversions + " as the last build converted them" : ""),
                    start);

            Staging staging = render.run(new StageValues(converted, source), parallel, problems, reuse);
            int taken = reuse.reused() - reusedConversions;
            start = finish(listener, "render", staging.size() + " files from " + render.renderers().size()
                    + " renderers" + (taken > 0 ? ", " + taken + " pages and parts as the last build made them" : ""),
                    start);

            if (reuse.hasPrevious()) {
                // Why a page was made again: the user edited what it reads (-X in Maven, --verbose in the CLI).
                listener.debug("incremental build: done again: "
                        + (reuse.redone().isEmpty() ? "nothing" : String.join(", ", reuse.redone())));
            }
            beforeCommit.run();
            Committer.Result result = new Committer(options.destination(), options.stateDirectory()).commit(staging);
            finish(listener, "commit", result.written() + " written, " + result.unchanged() + " unchanged, "
                    + result.deleted() + " removed", start);
            List<Problem> all = problems.sorted();
            tell(listener, all);
            List<Problem> warnings = all.stream().filter(Problem::isWarning).toList();
            return new Outcome(new BuildResult(options.destination(), result.written(), result.unchanged(),
                    result.deleted(), warnings), staging.sorted().keySet(),
                    all.stream().filter(problem -> problem.isWarning() || problem.isInfo()).toList(),
                    transform.nextScheduled(), reuse.cache(), contentSources);
        }
    }

    /**
     * The last build's records, unless a file added since is not a document or static file (a new
     * layout, include or data file, which any document may read): then none, and a full build.
     */
    private static BuildCache reusable(PreviousBuild previous, Set<String> contentSources, BuildListener listener) {
        Optional<String> other = previous.addedNotContent(contentSources);
        if (other.isPresent()) {
            listener.debug("full build: " + other.get() + " was added and is no document or static file of the site");
            return BuildCache.empty();
        }
        return previous.cache();
    }

    /** The site's own (not a theme's) files loaded as documents or static files, by source path. */
    private static Set<String> contentSources(LoadPhase.Loaded loaded) {
        Set<String> paths = new TreeSet<>();
        loaded.documents().stream().map(Document::source).filter(s -> s.theme() == null && !s.isGenerated())
                .forEach(s -> paths.add(s.path()));
        loaded.staticFiles().stream().map(StaticFile::source).filter(s -> s.theme() == null && !s.isGenerated())
                .forEach(s -> paths.add(s.path()));
        return paths;
    }

    /** Gives the listener the warnings and notes among the problems, in their (sorted) order. */
    static void tell(BuildListener listener, List<Problem> sorted) {
        for (Problem problem : sorted) {
            if (problem.isWarning()) {
                listener.warning(problem);
            } else if (problem.isInfo()) {
                listener.note(problem);
            }
        }
    }

    /** Reports the phase, fails the build if it had errors, and returns the next phase's start. */
    private long finish(BuildListener listener, String phase, String summary, long start) throws BuildFailedException {
        return finish(listener, phase, summary, start, true);
    }

    private long finish(BuildListener listener, String phase, String summary, long start, boolean failOnErrors)
            throws BuildFailedException {
        listener.phaseFinished(phase, summary, Duration.ofNanos(System.nanoTime() - start));
        if (failOnErrors && problems.hasErrors()) {
            List<Problem> all = problems.sorted();
            tell(listener, all);
            BuildFailedException failure = new BuildFailedException(all);
            problems.causes().forEach(failure::addSuppressed);
            throw failure;
        }
        return System.nanoTime();
    }
}
