package dev.quire.error;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input: where it is, what is wrong, and how to fix it. Problems are
 * collected over a whole build and reported together, sorted by location. A problem of severity
 * {@code INFO} is a note, not a fault: something the build left out on purpose, as Jekyll does
 * (a file in {@code _posts} without a date), that front ends show only when asked to be verbose.
 */
public record Problem(Severity severity, SourceLocation location, String message, String hint) {

    public enum Severity { INFO, WARNING, ERROR }

    /** Sorts by file, then line, then column, then message: the order a user reads them in. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> p.location() == null ? "" : p.location().file())
            .thenComparingInt(p -> p.location() == null ? 0 : p.location().line())
            .thenComparingInt(p -> p.location() == null ? 0 : p.location().column())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(SourceLocation location, String message, String hint) {
        return new Problem(Severity.ERROR, location, message, hint);
    }

    public static Problem warning(SourceLocation location, String message, String hint) {
        return new Problem(Severity.WARNING, location, message, hint);
    }

    /** A note for verbose output: the build is fine, but it left something out on purpose. */
    public static Problem info(SourceLocation location, String message, String hint) {
        return new Problem(Severity.INFO, location, message, hint);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public boolean isInfo() {
        return severity == Severity.INFO;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message (hint)}, the form printed by every front end. */
    public String format() {
        StringBuilder text = new StringBuilder();
        if (location != null) {
            text.append(location).append(": ");
        }
        text.append(message);
        if (!hint.isEmpty()) {
            text.append(" (").append(hint).append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return severity + " " + format();
    }
}
