package dev.quire.renderers.layout;

import dev.quire.error.Problem;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;

/**
 * A template's error while it laid out one document. A broken layout fails on every page it lays
 * out: {@link LayoutRenderer} reports each {@link Error} once, naming the documents it failed on.
 */
final class TemplateFailure extends QuireException {

    /**
     * What went wrong in a template, whichever document it was laying out.
     *
     * @param syntax whether the template does not parse (else it failed while running)
     */
    record Error(SourceLocation location, boolean syntax, String detail) {

        /** The problem, for {@code documents}: one path, or {@code a.md and 3 other documents}. */
        Problem problem(String documents) {
            return syntax
                    ? Problem.error(location, "FreeMarker syntax error: " + detail,
                            "fix the template; it was being used for " + documents)
                    : Problem.error(location, "FreeMarker error while rendering " + documents + ": " + detail,
                            "use ${value!} or <#if value??> for values that may be missing");
        }
    }

    private final transient Error error;
    private final String document;

    TemplateFailure(Error error, String document, Throwable cause) {
        this(error, document, error.problem(document), cause);
    }

    private TemplateFailure(Error error, String document, Problem problem, Throwable cause) {
        super(problem.location(), problem.message(), problem.hint(), cause);
        this.error = error;
        this.document = document;
    }

    Error error() {
        return error;
    }

    /** The source path of the document it failed on. */
    String document() {
        return document;
    }
}
