package dev.quire.error;

/**
 * Where components report what they find. Thread-safe: documents are processed in parallel.
 * Reporting an error does not stop the component; throwing {@link QuireException} stops work on
 * the current document only.
 */
public interface Problems {

    void report(Problem problem);

    /**
     * Reports a problem caused by an exception. The exception's stack trace is kept for debugging
     * (Maven shows it with {@code -X}); the problem is what users read.
     */
    default void report(Problem problem, Throwable cause) {
        report(problem);
    }

    default void warn(SourceLocation location, String message, String hint) {
        report(Problem.warning(location, message, hint));
    }

    /** A note for verbose output, such as a file the build skips on purpose. */
    default void info(SourceLocation location, String message, String hint) {
        report(Problem.info(location, message, hint));
    }

    default void error(SourceLocation location, String message, String hint) {
        report(Problem.error(location, message, hint));
    }
}
