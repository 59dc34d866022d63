package dev.quire.pipeline;

import com.google.inject.Inject;
import dev.quire.convert.excerpt.Excerpts;
import dev.quire.error.Problems;
import dev.quire.incremental.StageValues;
import dev.quire.incremental.WorkReuse;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.spi.TransformContext;
import dev.quire.spi.Transformer;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the transformers of one phase over every document, in parallel, each document through the
 * transformers in their sorted order. Documents that publishing rules drop are left out.
 */
final class TransformPhase {

    private final List<Transformer> resolvers;
    private final List<Transformer> converters;
    private final SiteConfig config;
    /** The earliest document date after the build time seen while resolving: when the site changes by itself. */
    private final AtomicReference<ZonedDateTime> nextScheduled = new AtomicReference<>();

    @Inject
    TransformPhase(Set<Transformer> transformers, SiteConfig config) {
        List<Transformer> sorted = OrderedSort.sort(transformers);
        this.resolvers = sorted.stream().filter(t -> t.phase() == Transformer.Phase.RESOLVE).toList();
        this.converters = sorted.stream().filter(t -> t.phase() == Transformer.Phase.CONVERT).toList();
        this.config = config;
    }

    List<Document> resolve(List<Document> documents, Parallel parallel, Problems problems) {
        return run(resolvers, documents, null, parallel, problems);
    }

    /**
     * The earliest date after the build time of a document resolved so far, published or not: from
     * then on, with {@code future: false}, a build of the same sources gives another site (a
     * scheduled post appears), so an up-to-date check must not skip it.
     */
    Optional<ZonedDateTime> nextScheduled() {
        return Optional.ofNullable(nextScheduled.get());
    }

    private void noteDate(Document document) {
        ZonedDateTime date = document.date();
        if (date != null && date.isAfter(config.time())) {
            nextScheduled.accumulateAndGet(date, (a, b) -> a == null || b.isBefore(a) ? b : a);
        }
    }

    List<Document> convert(Site site, List<Document> documents, Parallel parallel, Problems problems) {
        return run(converters, documents, site, parallel, problems);
    }

    /**
     * Converts each document, or takes its content from the last build when the document and
     * everything its conversion read then are unchanged in {@code stage} (the site this conversion
     * sees). Only with Quire's own converters: another one may read what no record shows.
     */
    List<Document> convert(StageValues stage, List<Document> documents, Parallel parallel, Problems problems,
            WorkReuse reuse) {
        if (!recordable()) {
            return convert(stage.site(), documents, parallel, problems);
        }
        return parallel.map(documents, document -> {
            WorkReuse.Outcome<Document> outcome;
            try {
                outcome = reuse.apply("convert " + Drops.ownerOf(document), document, stage, problems,
                        captured -> convertOne(document, context(stage.site(), captured)), Document::content);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e); // converters throw no checked exceptions
            }
            return Optional.of(outcome.taken() != null ? document.withContent(outcome.taken().content())
                    : outcome.value());
        }, document -> document.source().location(), problems);
    }

    /** Whether every converter is one of Quire's, whose reads of the site go through the recorded views. */
    private boolean recordable() {
        return converters.stream().allMatch(c -> c.getClass().getName().startsWith("dev.quire.convert."));
    }

    private Document convertOne(Document document, TransformContext context) {
        Document current = document;
        for (Transformer converter : converters) {
            current = converter.transform(current, context);
        }
        return current;
    }

    /**
     * Gives each document its {@code excerpt}, rendered by this phase's converters over the site as
     * indexed (so an excerpt's own Liquid sees other documents without theirs).
     */
    List<Document> excerpts(Site site, List<Document> documents, Parallel parallel, Problems problems) {
        TransformContext context = context(site, problems);
        return parallel.map(documents, document -> Optional.of(Excerpts.withExcerpt(document, config, excerpt -> {
            Document current = excerpt;
            for (Transformer converter : converters) {
                current = converter.transform(current, context);
            }
            return current;
        }, problems)), document -> document.source().location(), problems);
    }

    private List<Document> run(List<Transformer> transformers, List<Document> documents, Site site, Parallel parallel,
            Problems problems) {
        TransformContext context = context(site, problems);
        return parallel.map(documents, document -> {
            Document current = document;
            for (Transformer transformer : transformers) {
                current = transformer.transform(current, context);
                if (!current.published()) {
                    noteDate(current);
                    return Optional.empty();
                }
            }
            noteDate(current);
            return Optional.of(current);
        }, document -> document.source().location(), problems);
    }

    private TransformContext context(Site site, Problems problems) {
        return new TransformContext() {
            @Override
            public SiteConfig config() {
                return config;
            }

            @Override
            public Site site() {
                if (site == null) {
                    throw new IllegalStateException("the site does not exist yet in the resolve phase");
                }
                return site;
            }

            @Override
            public Problems problems() {
                return problems;
            }
        };
    }
}
