package io.dateline.cli.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a scenario left in the store, read with SQL: per story id its version, content hash and the number of its
 * entity, country and event rows; the number of story rows; and every escalation window with its measures. Two
 * snapshots of the same input compare row for row, so a fault run is checked against one clean pass.
 *
 * @param stories    story id → {@code version|content_hash|entities|countries|events}
 * @param storyRows  rows in {@code stories}
 * @param windows    {@code source|target|granularity|start} → its measures
 */
record StoreSnapshot(Map<String, String> stories, long storyRows, Map<String, String> windows) {

    static StoreSnapshot read(String url, String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            Map<String, Long> entities = counts(statement, "story_entities");
            Map<String, Long> countries = counts(statement, "story_countries");
            Map<String, Long> events = counts(statement, "story_events");
            Map<String, String> stories = new HashMap<>();
            long rows = 0;
            try (ResultSet row = statement.executeQuery("SELECT id, version, content_hash FROM stories")) {
                while (row.next()) {
                    rows++;
                    String id = row.getString(1);
                    stories.put(id, row.getLong(2) + "|" + row.getString(3) + "|" + entities.getOrDefault(id, 0L)
                            + "|" + countries.getOrDefault(id, 0L) + "|" + events.getOrDefault(id, 0L));
                }
            }
            Map<String, String> windows = new HashMap<>();
            try (ResultSet row = statement.executeQuery("SELECT source, target, granularity, window_start, events, "
                    + "verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, intensity_sum, "
                    + "conflict_intensity, baseline, alert FROM escalation_windows")) {
                while (row.next()) {
                    windows.put(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                                    + row.getTimestamp(4).toInstant(),
                            row.getInt(5) + "," + row.getInt(6) + "," + row.getInt(7) + "," + row.getInt(8) + ","
                                    + row.getInt(9) + "," + row.getDouble(10) + "," + row.getDouble(11) + ","
                                    + row.getObject(12) + "," + row.getBoolean(13));
                }
            }
            return new StoreSnapshot(stories, rows, windows);
        }
    }

    /** Version stored for {@code id}, or 0 when the story is not stored. */
    long version(String id) {
        String row = stories.get(id);
        return row == null ? 0 : Long.parseLong(row.substring(0, row.indexOf('|')));
    }

    /** Stories and windows whose rows differ from {@code clean} (missing, extra, or other values). */
    int differencesFrom(StoreSnapshot clean) {
        return differing(stories, clean.stories).size() + differing(windows, clean.windows).size();
    }

    /** Up to {@code limit} of those differences, as {@code key: this row <> clean row}, for a failure message. */
    List<String> describeDifferencesFrom(StoreSnapshot clean, int limit) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Map<String, String>, Map<String, String>> pair : List.of(Map.entry(stories, clean.stories),
                Map.entry(windows, clean.windows))) {
            differing(pair.getKey(), pair.getValue()).stream().sorted().limit(limit).forEach(key ->
                    lines.add(key + ": " + pair.getKey().get(key) + " <> clean " + pair.getValue().get(key)));
        }
        return lines.subList(0, Math.min(limit, lines.size()));
    }

    /** Story rows beyond one per expected id: a second row for an id, or a row for an id never sent. */
    long duplicates(Set<String> expected) {
        Set<String> unexpected = new HashSet<>(stories.keySet());
        unexpected.removeAll(expected);
        return storyRows - stories.size() + unexpected.size();
    }

    private static List<String> differing(Map<String, String> actual, Map<String, String> clean) {
        Set<String> keys = new HashSet<>(actual.keySet());
        keys.addAll(clean.keySet());
        return keys.stream().filter(key -> !Objects.equals(actual.get(key), clean.get(key))).toList();
    }

    private static Map<String, Long> counts(Statement statement, String table) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet row = statement.executeQuery("SELECT story_id, COUNT(*) FROM " + table
                + " GROUP BY story_id")) {
            while (row.next()) {
                counts.put(row.getString(1), row.getLong(2));
            }
        }
        return counts;
    }
}
