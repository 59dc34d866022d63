package dev.quire.model;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value computed when first read, and then kept: an excerpt is rendered only if a template or a
 * renderer reads it, a post's {@code previous} view is built only if a template follows it. Thread-safe without holding a lock while computing, so two documents read in
 * parallel never wait on each other; the computation is a pure function of the build's input, so a
 * text computed twice by two threads is the same text, and the first one kept wins.
 *
 * <p>Views that templates see ({@link Drops}) resolve it on {@code get}; printed as it is,
 * {@link #toString()} is the text.
 */
public final class Deferred {

    private final Supplier<?> computation;
    private final AtomicReference<Object> outcome = new AtomicReference<>();

    public Deferred(Supplier<?> computation) {
        this.computation = Objects.requireNonNull(computation, "computation");
    }

    /** The value, computed on the first call; an exception of the computation is thrown on every call. */
    public Object get() {
        Object known = outcome.get();
        if (known == null) {
            Object computed;
            try {
                computed = Objects.requireNonNull(computation.get(), "deferred value");
            } catch (dev.quire.error.QuireException e) {
                computed = new Failure(e);
            } catch (RuntimeException e) {
                computed = e;
            }
            outcome.compareAndSet(null, computed);
            known = outcome.get();
        }
        if (known instanceof RuntimeException failure) {
            throw failure;
        }
        return known;
    }

    /**
     * A problem in the deferred text's own source (a Liquid error in an excerpt), carried through
     * the template that read it, so that it is reported where it is, not where it was read.
     */
    public static final class Failure extends RuntimeException {

        private final dev.quire.error.QuireException problem;

        Failure(dev.quire.error.QuireException problem) {
            super(problem.getMessage(), problem);
            this.problem = problem;
        }

        public dev.quire.error.QuireException problem() {
            return problem;
        }

        /** The failure of a deferred text somewhere in the causes of {@code thrown}, or {@code null}. */
        public static Failure in(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Failure failure) {
                    return failure;
                }
            }
            return null;
        }
    }

    /** {@code value}, or its text when it is deferred. */
    public static Object resolve(Object value) {
        return value instanceof Deferred deferred ? deferred.get() : value;
    }

    /**
     * The text of a deferred text; a deferred view prints nothing, so that printing a view never
     * walks from post to neighbouring post without end.
     */
    @Override
    public String toString() {
        Object value = get();
        return value instanceof CharSequence text ? text.toString() : "";
    }
}
