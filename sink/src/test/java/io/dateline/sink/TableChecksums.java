package io.dateline.sink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SHA-256 of every row and column of each table the sink writes, read in primary-key order, with the row count:
 * equal maps mean unchanged tables (any database, plain JDBC).
 */
public final class TableChecksums {

    /** Each table and its primary key, for a stable order. */
    private static final Map<String, String> TABLES = Map.of(
            "stories", "id",
            "story_entities", "story_id, entity_id",
            "story_countries", "story_id, country",
            "story_events", "story_id, ordinal",
            "escalation_windows", "source, target, granularity, window_start");

    private TableChecksums() {
    }

    /** Table name to {@code rows:sha256}, for every table. */
    public static Map<String, String> of(Connection connection) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES.keySet().stream().sorted().toList()) {
            sums.put(table, checksum(connection, table, TABLES.get(table)));
        }
        return sums;
    }

    private static String checksum(Connection connection, String table, String key) throws SQLException {
        MessageDigest digest = sha256();
        long rows = 0;
        try (Statement select = connection.createStatement();
             ResultSet result = select.executeQuery("SELECT * FROM " + table + " ORDER BY " + key)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    digest.update(String.valueOf(result.getString(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                digest.update((byte) '\n');
            }
        }
        return rows + ":" + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
