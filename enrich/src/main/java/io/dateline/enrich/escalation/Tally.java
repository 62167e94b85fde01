package io.dateline.enrich.escalation;

import io.dateline.avro.Event;

/**
 * What some events add to an escalation window: their number, the number per quad class (1..4), the sum of their
 * Goldstein intensities and the sum of the magnitudes of the negative ones. A retraction is a tally with negative
 * counts ({@link #negate()}); an event without an intensity counts with intensity 0.
 *
 * <p>Intensities are kept to the hundredth (Goldstein values have one decimal) and every sum is rounded to the
 * hundredth, so a sum is the same double whatever order its terms were added in — the window's state must not depend
 * on the order the partitions delivered its stories.
 */
public record Tally(int events, int verbalCooperation, int materialCooperation, int verbalConflict,
                    int materialConflict, double intensitySum, double conflictIntensity) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0.0, 0.0);

    /** The tally of one event. */
    public static Tally of(Event event) {
        Integer quad = event.getQuad();
        int q = quad == null ? 0 : quad;
        double intensity = event.getIntensity() == null ? 0.0 : hundredths(event.getIntensity());
        return new Tally(1, q == 1 ? 1 : 0, q == 2 ? 1 : 0, q == 3 ? 1 : 0, q == 4 ? 1 : 0, intensity,
                intensity < 0 ? -intensity : 0.0);
    }

    public Tally plus(Tally other) {
        Tally sum = new Tally(events + other.events, verbalCooperation + other.verbalCooperation,
                materialCooperation + other.materialCooperation, verbalConflict + other.verbalConflict,
                materialConflict + other.materialConflict, hundredths(intensitySum + other.intensitySum),
                hundredths(conflictIntensity + other.conflictIntensity));
        // a window back to no events is exactly zero, whatever the floating-point residue of add then subtract
        return sum.events == 0 && sum.isCountZero() ? ZERO : sum;
    }

    public Tally negate() {
        return new Tally(-events, -verbalCooperation, -materialCooperation, -verbalConflict, -materialConflict,
                -intensitySum, -conflictIntensity);
    }

    /** Whether adding this changes nothing (counts zero, sums zero up to rounding). */
    public boolean isZero() {
        return isCountZero() && Math.abs(intensitySum) < 1e-9 && Math.abs(conflictIntensity) < 1e-9;
    }

    /** Mean intensity; 0 without events. */
    public double intensityMean() {
        return events <= 0 ? 0.0 : intensitySum / events;
    }

    /** {@code value} rounded to the nearest hundredth: the same double for the same exact sum of hundredths. */
    static double hundredths(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private boolean isCountZero() {
        return events == 0 && verbalCooperation == 0 && materialCooperation == 0 && verbalConflict == 0
                && materialConflict == 0;
    }
}
