package dev.quire.pipeline;

import dev.quire.error.Problem;
import dev.quire.error.Problems;
import java.util.ArrayList;
import java.util.List;

/** Collects problems from every thread of a build. */
final class ProblemCollector implements Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Throwable> causes = new ArrayList<>();

    @Override
    public synchronized void report(Problem problem) {
        problems.add(problem);
    }

    @Override
    public synchronized void report(Problem problem, Throwable cause) {
        problems.add(problem);
        if (cause != null) {
            causes.add(cause);
        }
    }

    /** The exceptions behind the problems, for debugging. */
    synchronized List<Throwable> causes() {
        return List.copyOf(causes);
    }

    synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * All problems so far, sorted by location (the order they were found in varies with threads),
     * each once: a document's excerpt is converted like its content, so a warning about its first
     * paragraph is found twice.
     */
    synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        copy.sort(Problem.BY_LOCATION);
        return copy;
    }
}
