package io.dateline.enrich.escalation;

/** The stored state of one window: its tally and when it was last emitted (never twice the same millisecond). */
public record WindowState(Tally tally, long updatedAtMs) {
}
