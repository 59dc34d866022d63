package dev.quire.spi;

import dev.quire.error.Problems;
import dev.quire.model.Document;
import dev.quire.model.Layout;
import dev.quire.model.Site;
import java.util.Map;
import java.util.Set;

/**
 * Renders the layouts written in one template language. The layout renderer wraps each document
 * in its chain of layouts (its {@code layout}, then that layout's own {@code layout}, ...) and
 * gives each layout of the chain to the engine whose {@link #extensions()} hold the layout file's
 * extension, so one chain may mix languages. Quire's own engine renders FreeMarker
 * ({@code .ftlh}, {@code .ftl}); a plugin adds another with {@code layoutEngines().addBinding()}.
 * A layout no engine renders is a warning, and the document is written without it.
 */
public interface LayoutEngine {

    /** The extensions of the layout files this engine renders, with their dot: {@code .ftlh}. */
    Set<String> extensions();

    /**
     * Gets ready for one build (a template cache, a configuration): called once per build, before
     * any page is made, and only when the site has a layout this engine renders. What it reads of
     * {@link Context#siteView()} here counts as read by every page one of its layouts makes.
     */
    Templates prepare(Context context);

    /**
     * What an engine gets ready with.
     *
     * @param site     the converted site ({@code site.layouts()}, {@code site.config()}, ...)
     * @param siteView {@code site} as templates see it, with Jekyll's names: read the site through
     *                 it (and {@link Input#page()}), never through {@code site}, because an
     *                 incremental build records what each page read there and remakes a page when
     *                 one of those values changed
     */
    record Context(Site site, Map<String, Object> siteView) {
    }

    /**
     * An engine's layouts for one build. Used from several threads at once; keep per-build state
     * here, not in the engine, which may serve several builds.
     */
    @FunctionalInterface
    interface Templates {

        /**
         * The layout applied to the content: what {@code layout} makes of {@code content} with
         * {@code page}, {@code site}, {@code layout} ({@link Input#layoutData()}) and the
         * document's generator variables ({@code paginator}). A template error is a
         * {@link dev.quire.error.QuireException} naming the layout file, line and column; the
         * layout's {@link Layout#body()} starts on line {@link Layout#bodyLine()} of its file.
         */
        String apply(Layout layout, Input input) throws Exception;
    }

    /**
     * What a layout lays out.
     *
     * @param document the document being written
     * @param content  the HTML so far: the converted document, or what the layout inside this one made
     * @param page     {@code page} as templates see it
     * @param globals  the document's generator variables as templates see them ({@code paginator}), beside {@code page}
     * @param problems   where to warn: warnings given here are given again when an incremental build
     *                   keeps the page
     * @param layoutData {@code layout} as templates see it: the layout's front matter, deep-merged
     *                   under that of the layouts inside it in the chain (an inner layout's value
     *                   wins), as Jekyll gives it
     */
    record Input(Document document, String content, Map<String, Object> page, Map<String, Object> globals,
            Problems problems, Map<String, Object> layoutData) {
    }
}
