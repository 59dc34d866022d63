package dev.quire.pipeline;

import com.google.inject.Inject;
import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import dev.quire.spi.GenerateContext;
import dev.quire.spi.Generator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the generators one after another, in their sorted order, each on the site the previous one
 * left, then checks that no generated page claims an output path something else has.
 */
final class GeneratePhase {

    private final List<Generator> generators;

    @Inject
    GeneratePhase(Set<Generator> generators) {
        this.generators = OrderedSort.sort(generators);
    }

    List<Generator> generators() {
        return generators;
    }

    /** What the phase did: the site after every generator, and how many pages were added and replaced. */
    record Result(Site site, int added, int replaced) {
    }

    Result run(Site indexed, Problems problems) {
        Site site = indexed;
        Map<Document, String> madeBy = new IdentityHashMap<>();
        int added = 0;
        int replaced = 0;
        for (Generator generator : generators) {
            Changes changes = new Changes(generator.name(), site, problems, madeBy);
            try {
                generator.generate(changes);
            } catch (QuireException e) {
                problems.report(e.problem(), e.getCause());
            } catch (Exception e) {
                problems.report(Problem.error(null, "generator '" + generator.name() + "' failed: "
                        + Parallel.describe(e), "a bug in the generator plugin, or input it cannot handle"), e);
            }
            site = changes.site();
            added += changes.added;
            replaced += changes.replaced;
        }
        if (added + replaced > 0) {
            OutputClaims.check(site, document -> madeBy.containsKey(document)
                    ? document.source().path() + " (made by generator '" + madeBy.get(document) + "')"
                    : document.source().path(), problems);
        }
        return new Result(site, added, replaced);
    }

    /**
     * One generator's context. Each change is visible in {@link #site()} at once; pages added one
     * after another are gathered and the site is rebuilt (and sorted) once, when it is next read.
     */
    private static final class Changes implements GenerateContext {

        private final String generator;
        private final Problems problems;
        private final Map<Document, String> madeBy;
        private final List<Document> pending = new ArrayList<>();
        private Site site;
        private int added;
        private int replaced;

        Changes(String generator, Site site, Problems problems, Map<Document, String> madeBy) {
            this.generator = generator;
            this.site = site;
            this.problems = problems;
            this.madeBy = madeBy;
        }

        @Override
        public Site site() {
            if (!pending.isEmpty()) {
                List<Document> posts = new ArrayList<>(site.posts());
                List<Document> pages = new ArrayList<>(site.pages());
                List<Document> others = new ArrayList<>(site.collectionDocuments());
                for (Document document : pending) {
                    (document.isPost() ? posts : document.inCollection() ? others : pages).add(document);
                }
                pending.clear();
                site = site.withDocuments(posts, pages, others);
            }
            return site;
        }

        @Override
        public SiteConfig config() {
            return site.config();
        }

        @Override
        public Problems problems() {
            return problems;
        }

        @Override
        public void add(Document document) {
            if (document.route() == null) {
                throw new IllegalArgumentException("generator '" + generator + "' added " + document.source().path()
                        + " without a route");
            }
            pending.add(document);
            madeBy.put(document, generator);
            added++;
        }

        @Override
        public void replace(Document original, Document replacement) {
            Site current = site();
            List<Document> posts = replaced(current.posts(), original, replacement);
            List<Document> pages = replaced(current.pages(), original, replacement);
            List<Document> others = replaced(current.collectionDocuments(), original, replacement);
            if (posts == current.posts() && pages == current.pages() && others == current.collectionDocuments()) {
                throw new IllegalArgumentException("generator '" + generator + "' replaced " + original.source().path()
                        + ", which is not a document of the site it was given");
            }
            site = current.withDocuments(posts, pages, others);
            String maker = madeBy.remove(original);
            if (maker != null) {
                madeBy.put(replacement, maker);
            }
            replaced++;
        }

        @Override
        public boolean addLayoutIfAbsent(Layout layout) {
            Site current = site();
            if (current.layouts().containsKey(layout.name())) {
                return false;
            }
            Map<String, Layout> layouts = new LinkedHashMap<>(current.layouts());
            layouts.put(layout.name(), layout);
            site = current.withLayouts(layouts);
            return true;
        }

        /** The list with {@code original} (by identity) replaced, or the same list when it is not there. */
        private static List<Document> replaced(List<Document> list, Document original, Document replacement) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == original) {
                    List<Document> copy = new ArrayList<>(list);
                    copy.set(i, replacement);
                    return copy;
                }
            }
            return list;
        }
    }
}
