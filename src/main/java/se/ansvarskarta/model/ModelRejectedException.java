package se.ansvarskarta.model;

import java.util.List;

/**
 * A model file that was refused, with every problem found; nothing was changed. {@code status} is the HTTP status
 * that fits: 400 not parseable, 413 too large, 415 unknown format, 422 parseable but invalid.
 */
public final class ModelRejectedException extends RuntimeException {

    private final int status;
    private final List<Problem> problems;
    private final int total;

    ModelRejectedException(int status, List<Problem> problems, int total) {
        super(total + " problem(s) in the model file, first: " + problems.stream().limit(5)
                .map(p -> p.place() + " " + p.code() + java.util.Arrays.toString(p.args())).toList());
        this.status = status;
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
