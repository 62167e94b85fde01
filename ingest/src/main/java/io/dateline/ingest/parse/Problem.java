package io.dateline.ingest.parse;

import java.util.Objects;

/**
 * Why an input, or one item in it, gave no story: empty, binary, unsupported format, malformed, invalid, unsafe, too
 * large. Reported, never thrown, so that one bad file does not stop a run.
 *
 * @param origin   the input, e.g. its path
 * @param position zero-based index of the item inside the input, or {@link #WHOLE_INPUT}
 * @param kind     the kind of rejection, a stable code for metrics
 * @param reason   one line for an operator
 */
public record Problem(String origin, int position, Rejection kind, String reason) {

    /** The position of a problem that concerns the whole input. */
    public static final int WHOLE_INPUT = -1;

    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem of kind {@link Rejection#INVALID}. */
    public Problem(String origin, int position, String reason) {
        this(origin, position, Rejection.INVALID, reason);
    }

    /** A problem with the whole input. */
    public static Problem of(String origin, Rejection kind, String reason) {
        return new Problem(origin, WHOLE_INPUT, kind, reason);
    }

    @Override
    public String toString() {
        return (position == WHOLE_INPUT ? origin : origin + "#" + position) + ": " + reason;
    }
}
