package dev.quire.renderers.layout;

import com.google.inject.Inject;
import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.model.Deferred;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Hashes;
import dev.quire.model.Layout;
import dev.quire.model.Reads;
import dev.quire.model.Site;
import dev.quire.spi.LayoutEngine;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Writes every document, wrapped in its layout chain: the document's {@code layout}, then that
 * layout's own {@code layout}, and so on outwards, as Jekyll does. Each layout of a chain is
 * applied by the {@link LayoutEngine} for its file's extension: Quire's own renders FreeMarker
 * ({@link FreeMarkerLayouts}), plugins may add others. A missing layout is a warning and the
 * document is written without it, as in Jekyll; so is a layout no engine renders.
 */
public final class LayoutRenderer implements Renderer {

    private final Set<LayoutEngine> engines;

    @Inject
    LayoutRenderer(Set<LayoutEngine> engines) {
        this.engines = engines;
    }

    @Override
    public String name() {
        return "layouts";
    }

    @Override
    public void render(RenderContext context) {
        Site site = context.site();
        Map<String, Object> siteView = Drops.site(site);
        Map<String, LayoutEngine.Templates> byExtension = prepared(site, siteView);
        Map<TemplateFailure.Error, Set<String>> failures = new ConcurrentHashMap<>();
        site.outputDocuments().parallelStream().forEach(document -> {
            try {
                // Through writeDocument: an incremental build keeps the page when nothing it read changed.
                context.writeDocument(document, document.route().outputPath(),
                        problems -> wrap(document, site, byExtension, problems));
            } catch (Exception e) {
                // A value the layout read failed to compute (a post's excerpt): that is the error, in its own file.
                Deferred.Failure deferred = Deferred.Failure.in(e);
                if (deferred != null) {
                    context.problems().report(deferred.problem().problem());
                } else if (e instanceof TemplateFailure failure) {
                    failures.computeIfAbsent(failure.error(), error -> new ConcurrentSkipListSet<>()).add(failure.document());
                } else if (e instanceof QuireException quire) {
                    context.problems().report(quire.problem());
                } else {
                    context.problems().error(document.source().location(), "laying out this document failed: " + e,
                            "a bug in Quire or in the plugin of a layout engine (" + enginesOf(document, site)
                                    + "), or input it cannot handle; please report it with this file");
                }
            }
        });
        // A broken layout fails on every page it lays out: one error for it, not one per page.
        failures.entrySet().stream().map(failure -> failure.getKey().problem(documents(failure.getValue())))
                .sorted(Problem.BY_LOCATION).forEach(context.problems()::report);
    }

    /**
     * For each extension of the site's layouts, its engine made ready for this build: before any
     * page is made, so that what an engine reads while it gets ready is no one page's read.
     */
    private Map<String, LayoutEngine.Templates> prepared(Site site, Map<String, Object> siteView) {
        Map<String, LayoutEngine> byExtension = byExtension(engines);
        Map<LayoutEngine, LayoutEngine.Templates> ready = new HashMap<>();
        Map<String, LayoutEngine.Templates> templates = new HashMap<>();
        site.layouts().values().stream().map(Layout::extension).distinct().sorted().forEach(extension -> {
            LayoutEngine engine = byExtension.get(extension);
            if (engine != null) {
                templates.put(extension, ready.computeIfAbsent(engine, e -> recorded(e, site, siteView)));
            }
        });
        return templates;
    }

    /**
     * The engine prepared for this build, its reads while it got ready recorded and credited to
     * every page its layouts make (as if each had read them), so that partial builds stay exact.
     */
    private static LayoutEngine.Templates recorded(LayoutEngine engine, Site site, Map<String, Object> siteView) {
        Reads.Recorded<LayoutEngine.Templates> prepared;
        try {
            prepared = Reads.during(() -> engine.prepare(new LayoutEngine.Context(site, siteView)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (prepared.reads().isEmpty()) {
            return prepared.value();
        }
        return (layout, input) -> {
            Reads.recordAll(prepared.reads());
            return prepared.value().apply(layout, input);
        };
    }

    /** Each extension's engine: one each, written with their dot, as layout files' extensions are. */
    private static Map<String, LayoutEngine> byExtension(Set<LayoutEngine> engines) {
        Map<String, LayoutEngine> byExtension = new TreeMap<>();
        engines.stream().sorted(Comparator.comparing(engine -> engine.getClass().getName())).forEach(engine -> {
            for (String extension : engine.extensions()) {
                if (!extension.startsWith(".") || extension.length() < 2) {
                    throw new QuireException(null, "the layout engine " + engine.getClass().getName()
                            + " gives the extension '" + extension + "', without its dot",
                            "a bug in the plugin of that engine: extensions are written as '.html'");
                }
                LayoutEngine other = byExtension.putIfAbsent(extension, engine);
                if (other != null) {
                    throw new QuireException(null, "two layout engines render " + extension + " layouts: "
                            + other.getClass().getName() + " and " + engine.getClass().getName(),
                            "build with only one of the plugins that add them (quire.disable in _config.yml names plugins)");
                }
            }
        });
        return byExtension;
    }

    /** The classes of the engines of the document's layouts, for a message about a failure. */
    private String enginesOf(Document document, Site site) {
        Map<String, LayoutEngine> byExtension = byExtension(engines);
        Set<String> names = new java.util.TreeSet<>();
        String name = document.layout();
        // At most one step per layout: a chain that loops is reported elsewhere.
        for (int step = 0; step < site.layouts().size() && name != null && site.layouts().containsKey(name); step++) {
            LayoutEngine engine = byExtension.get(site.layouts().get(name).extension());
            if (engine != null) {
                names.add(engine.getClass().getName());
            }
            name = site.layouts().get(name).parent();
        }
        return String.join(", ", names);
    }

    /** The first document by path, and how many others: {@code a.md and 3 other documents}. */
    private static String documents(Set<String> paths) {
        String first = paths.iterator().next();
        int others = paths.size() - 1;
        return others == 0 ? first : first + " and " + others + " other document" + (others == 1 ? "" : "s");
    }

    private static String wrap(Document document, Site site, Map<String, LayoutEngine.Templates> byExtension,
            Problems problems) throws Exception {
        String content = document.content();
        Map<String, Object> page = Drops.page(document, site);
        Map<String, Object> globals = Drops.globals(document, site);
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Object> layoutData = Map.of();
        String name = document.layout();
        while (name != null) {
            Layout layout = site.layouts().get(name);
            if (layout == null) {
                // Named by the document, or by the layout it was wrapped in last, as Jekyll says.
                String requester = seen.isEmpty() ? document.source().displayPath()
                        : site.layouts().get(List.copyOf(seen).get(seen.size() - 1)).source().displayPath();
                problems.warn(document.source().location(), "Build Warning: Layout '" + name + "' requested in "
                        + requester + " does not exist.", "create _layouts/" + name + ".ftlh or change 'layout:'");
                return content;
            }
            LayoutEngine.Templates templates = byExtension.get(layout.extension());
            if (templates == null) {
                problems.warn(document.source().location(), "layout '" + name + "' (" + layout.source().displayPath()
                        + ") is in a template language no layout engine renders; the document is written without it",
                        "rewrite it as _layouts/" + name + ".ftlh (FreeMarker), or add a plugin that renders "
                                + layout.extension() + " layouts");
                return content;
            }
            if (!seen.add(name)) {
                throw new QuireException(layout.source().location(), "layouts wrap each other in a loop: "
                        + String.join(" -> ", seen) + " -> " + name, "remove 'layout:' from one of these layouts");
            }
            // Jekyll's payload["layout"]: this layout's data with the inner layouts' merged over it.
            layoutData = Hashes.deepMerge(layout.frontMatter(), layoutData);
            content = templates.apply(layout, new LayoutEngine.Input(document, content, page, globals, problems,
                    layoutData));
            name = layout.parent();
        }
        return content;
    }
}
