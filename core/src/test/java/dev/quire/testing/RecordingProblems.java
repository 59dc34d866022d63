package dev.quire.testing;

import dev.quire.error.Problem;
import dev.quire.error.Problems;
import java.util.ArrayList;
import java.util.List;

/** {@link Problems} that keeps what it is told, for assertions. Thread-safe. */
public final class RecordingProblems implements Problems {

    private final List<Problem> problems = new ArrayList<>();

    @Override
    public synchronized void report(Problem problem) {
        problems.add(problem);
    }

    /** Everything reported so far, in the order it was reported. */
    public synchronized List<Problem> all() {
        return List.copyOf(problems);
    }

    public synchronized List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public synchronized List<Problem> warnings() {
        return problems.stream().filter(Problem::isWarning).toList();
    }

    public synchronized List<Problem> notes() {
        return problems.stream().filter(Problem::isInfo).toList();
    }
}
