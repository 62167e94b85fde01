package io.dateline.enrich.escalation;

import java.time.Duration;

/**
 * The window sizes of the escalation index, with how long a window stays open for late stories (grace, after the
 * window's end, in the event clock of the story's partition) and how many earlier windows make its baseline.
 */
public enum Granularity {

    /** Hourly windows; open until 24 h after their end; baseline over the 24 hours before. */
    HOUR("hour", Duration.ofHours(1), Duration.ofHours(24), 24),
    /** Daily (UTC) windows; open until 3 days after their end; baseline over the 7 days before. */
    DAY("day", Duration.ofDays(1), Duration.ofDays(3), 7);

    private final String label;
    private final long sizeMs;
    private final long graceMs;
    private final int baselineWindows;

    Granularity(String label, Duration size, Duration grace, int baselineWindows) {
        this.label = label;
        this.sizeMs = size.toMillis();
        this.graceMs = grace.toMillis();
        this.baselineWindows = baselineWindows;
    }

    /** What the key and {@code EscalationWindow.granularity} say: {@code hour} or {@code day}. */
    public String label() {
        return label;
    }

    public long sizeMs() {
        return sizeMs;
    }

    public long graceMs() {
        return graceMs;
    }

    public int baselineWindows() {
        return baselineWindows;
    }

    /** Start of the window holding {@code timestampMs} (epoch-aligned, so UTC hours and days). */
    public long windowStart(long timestampMs) {
        return Math.floorDiv(timestampMs, sizeMs) * sizeMs;
    }

    /** Whether the window starting at {@code windowStartMs} is final at {@code streamTimeMs}: end + grace reached. */
    public boolean isClosed(long windowStartMs, long streamTimeMs) {
        return windowStartMs + sizeMs + graceMs <= streamTimeMs;
    }

    /** The granularity with this label. */
    public static Granularity of(String label) {
        for (Granularity granularity : values()) {
            if (granularity.label.equals(label)) {
                return granularity;
            }
        }
        throw new IllegalArgumentException("unknown granularity: " + label);
    }
}
