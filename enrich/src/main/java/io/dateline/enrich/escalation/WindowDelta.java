package io.dateline.enrich.escalation;

/**
 * A change to one window of one dyad, on its way (keyed by dyad {@code SOURCE|TARGET}) from the per-story processor to
 * the per-window one: add {@code tally} to the {@code granularity} window starting at {@code windowStartMs}.
 */
public record WindowDelta(Granularity granularity, long windowStartMs, Tally tally) {
}
