package dev.quire.pipeline;

import com.google.inject.Inject;
import dev.quire.commit.Staging;
import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.incremental.StageValues;
import dev.quire.incremental.WorkReuse;
import dev.quire.spi.RenderContext;
import dev.quire.spi.Renderer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs every renderer, in parallel, each writing through its own {@link Output} into the staging. */
final class RenderPhase {

    private final List<Renderer> renderers;

    @Inject
    RenderPhase(Set<Renderer> renderers) {
        this.renderers = OrderedSort.sort(renderers);
    }

    List<Renderer> renderers() {
        return renderers;
    }

    /**
     * @param stage the converted site, with the values of its reads
     * @param reuse the work the last build did, which a renderer writing through
     *              {@link RenderContext#writeDocument} may keep
     */
    Staging run(StageValues stage, Parallel parallel, Problems problems, WorkReuse reuse) {
        Staging staging = new Staging();
        parallel.map(renderers, renderer -> {
            RenderContext context = new ReusingRenderContext(renderer.name(), stage,
                    staging.outputFor(renderer.name()), problems, staging, reuse);
            try {
                renderer.render(context);
            } catch (QuireException e) {
                problems.report(e.problem(), e.getCause());
            } catch (Exception e) {
                problems.report(Problem.error(null, "renderer '" + renderer.name() + "' failed: "
                        + Parallel.describe(e), "a bug in the renderer plugin, or input it cannot handle"), e);
            }
            return Optional.empty();
        }, renderer -> null, problems);
        return staging;
    }
}
