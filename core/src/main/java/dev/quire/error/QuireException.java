package dev.quire.error;

/**
 * Thrown by a component that cannot go on with one document or file. The pipeline catches it,
 * records its {@link Problem} and carries on with the other documents, so that one build reports
 * every error at once.
 */
public class QuireException extends RuntimeException {

    private final transient Problem problem;

    public QuireException(SourceLocation location, String message, String hint) {
        this(location, message, hint, null);
    }

    /** @param location where the problem is, or {@code null} when it is not in a source file */
    public QuireException(SourceLocation location, String message, String hint, Throwable cause) {
        super(Problem.error(location, message, hint).format(), cause);
        this.problem = Problem.error(location, message, hint);
    }

    public Problem problem() {
        return problem;
    }
}
