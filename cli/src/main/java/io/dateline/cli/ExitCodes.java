package io.dateline.cli;

/** Exit codes of the {@code dateline} command, documented in the README. */
final class ExitCodes {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** A run failed: Kafka or the store failed, or not every story was stored in time. */
    static final int FAILURE = 1;
    /** Wrong usage or configuration (picocli's own code for usage errors). */
    static final int USAGE = 2;
    /** Inputs were read but none held a story. */
    static final int NO_STORIES = 3;

    private ExitCodes() {
    }
}
