package dev.quire.pipeline;

import dev.quire.error.Problem;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Runs per-item work on a fixed pool and keeps the input order in the result, so that the output
 * never depends on thread timing. A failing item is reported with its location and left out.
 */
final class Parallel implements AutoCloseable {

    private final ForkJoinPool pool;

    Parallel(int threads) {
        this.pool = new ForkJoinPool(threads);
    }

    /**
     * Applies {@code work} to every item. An item whose work throws is reported to
     * {@code problems} (at {@code where} unless the exception carries its own location) and
     * dropped; an empty result drops it silently.
     */
    <T, R> List<R> map(List<T> items, Function<T, Optional<R>> work, Function<T, SourceLocation> where,
            Problems problems) {
        try {
            List<Optional<R>> results = pool.submit(() -> items.parallelStream().map(item -> {
                try {
                    return work.apply(item);
                } catch (QuireException e) {
                    problems.report(e.problem(), e.getCause());
                } catch (RuntimeException | StackOverflowError e) {
                    problems.report(Problem.error(where.apply(item), describe(e),
                            "this is a bug in Quire or a plugin if the input looks right; please report it"), e);
                }
                return Optional.<R>empty();
            }).toList()).get();
            List<R> kept = new ArrayList<>(results.size());
            results.forEach(result -> result.ifPresent(kept::add));
            return kept;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
