package io.dateline.sink.store;

import io.dateline.avro.EscalationWindow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Escalation windows as {@code escalation_windows} rows, and which state of a window wins: the last one, in the order
 * of the escalation topic's partition (every state of a key is in one partition, in the order enrich emitted them).
 */
final class WindowRows {

    private WindowRows() {
    }

    /** The row key {@code SOURCE|TARGET|granularity|windowStart}, as on the escalation topic. */
    static String key(EscalationWindow window) {
        return window.getSource() + "|" + window.getTarget() + "|" + window.getGranularity() + "|"
                + window.getWindowStart().toEpochMilli();
    }

    /** The last state of each window in {@code windows} (in topic order), in the order keys first appear. */
    static List<EscalationWindow> collapse(Collection<EscalationWindow> windows) {
        Map<String, EscalationWindow> winners = new LinkedHashMap<>();
        for (EscalationWindow window : windows) {
            winners.put(key(window), window);
        }
        return new ArrayList<>(winners.values());
    }

    /** The {@code escalation_windows} row of {@code window}. */
    static Object[] values(EscalationWindow window) {
        return new Object[] {window.getSource(), window.getTarget(), window.getGranularity(),
            window.getWindowStart(), window.getWindowEnd(), window.getEvents(), window.getVerbalCooperation(),
            window.getMaterialCooperation(), window.getVerbalConflict(), window.getMaterialConflict(),
            window.getIntensitySum(), window.getIntensityMean(), window.getConflictIntensity(), window.getBaseline(),
            window.getAlert()};
    }
}
