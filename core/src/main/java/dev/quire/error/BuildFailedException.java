package dev.quire.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A build that stopped on errors. The output folder was not touched. The exceptions behind
 * unexpected errors are attached as suppressed exceptions, for debugging.
 */
public class BuildFailedException extends Exception {

    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem of the build (errors, warnings and notes), sorted by location. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String describe(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        String header = errors.size() == 1 ? "Quire build failed with 1 error:" 
                : "Quire build failed with " + errors.size() + " errors:";
        return errors.stream().map(p -> "  " + p.format())
                .collect(Collectors.joining(System.lineSeparator(), header + System.lineSeparator(), ""));
    }
}
