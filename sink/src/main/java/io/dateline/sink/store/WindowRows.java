package io.dateline.sink.store;

import io.dateline.avro.EscalationWindow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Escalation windows as {@code escalation_windows} rows, and which state of a window wins: the one with the later
 * updatedAt; at a tie the one already there (stored, or first in the batch) stays, so a replay changes nothing.
 */
final class WindowRows {

    private WindowRows() {
    }

    /** The row key {@code SOURCE|TARGET|granularity|windowStart}, as on the escalation topic. */
    static String key(EscalationWindow window) {
        return window.getSource() + "|" + window.getTarget() + "|" + window.getGranularity() + "|"
                + window.getWindowStart().toEpochMilli();
    }

    /** The winning state of each window in {@code windows}, in the order keys first appear. */
    static List<EscalationWindow> collapse(Collection<EscalationWindow> windows) {
        Map<String, EscalationWindow> winners = new LinkedHashMap<>();
        for (EscalationWindow window : windows) {
            winners.merge(key(window), window,
                    (current, candidate) -> candidate.getUpdatedAt().isAfter(current.getUpdatedAt())
                            ? candidate : current);
        }
        return new ArrayList<>(winners.values());
    }

    /** The {@code escalation_windows} row of {@code window}. */
    static Object[] values(EscalationWindow window) {
        return new Object[] {window.getSource(), window.getTarget(), window.getGranularity(),
            window.getWindowStart(), window.getWindowEnd(), window.getEvents(), window.getVerbalCooperation(),
            window.getMaterialCooperation(), window.getVerbalConflict(), window.getMaterialConflict(),
            window.getIntensitySum(), window.getIntensityMean(), window.getConflictIntensity(), window.getBaseline(),
            window.getAlert(), window.getUpdatedAt()};
    }
}
