package io.dateline.cli.faults;

import java.util.List;
import java.util.Map;

/**
 * One row of the fault table: which fault, how many were injected, the stories sent (ids, each in its latest
 * version), how many are stored in that version, lost (missing or older), duplicated (story rows beyond one per id
 * sent), and rows that differ from the clean pass (stories' child rows, escalation windows).
 */
record FaultOutcome(String fault, int injected, int sent, long stored, long lost, long duplicated, long differing) {

    static FaultOutcome of(String fault, int injected, Map<String, Long> expected, StoreSnapshot store,
                           StoreSnapshot clean) {
        long stored = expected.entrySet().stream().filter(e -> store.version(e.getKey()) == e.getValue()).count();
        return new FaultOutcome(fault, injected, expected.size(), stored, expected.size() - stored,
                store.duplicates(expected.keySet()), clean == null ? 0 : store.differencesFrom(clean));
    }

    /** The rows as a Markdown table. */
    static String table(List<FaultOutcome> rows) {
        StringBuilder table = new StringBuilder(
                "| fault | injected | stories sent | stored | lost | duplicated | rows differing from clean pass |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (FaultOutcome row : rows) {
            table.append(String.format("| %s | %d | %d | %d | %d | %d | %d |%n", row.fault, row.injected, row.sent,
                    row.stored, row.lost, row.duplicated, row.differing));
        }
        return table.toString();
    }
}
