package io.dateline.sink.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk writes for PostgreSQL with COPY, the server's fastest way in: rows are encoded as COPY text
 * ({@link CopyText}) and streamed in chunks, so the server parses while the client encodes. Upserts go through a
 * temporary staging table: COPY into it, then one {@code INSERT ... SELECT ... ON CONFLICT ... RETURNING id} says
 * which rows changed. Deletes take every id in one array parameter.
 */
final class PostgresCopyWriter implements BulkWriter {

    private static final String STAGE = "dateline_stories_stage";
    private static final int CHUNK_CHARS = 1 << 16;

    private final String upsertFromStageSql;

    PostgresCopyWriter(Dialect dialect) {
        String columns = Tables.STORIES.columnList();
        this.upsertFromStageSql = "INSERT INTO stories (" + columns + ") SELECT " + columns + " FROM " + STAGE
                + Tables.storyUpsertClause(dialect) + " RETURNING id";
    }

    @Override
    public void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        copy(connection, table.name(), table, rows);
    }

    @Override
    public Set<String> upsertStories(Connection connection, List<Object[]> rows) throws SQLException {
        Set<String> changed = new HashSet<>();
        if (rows.isEmpty()) {
            return changed;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGE
                    + " (LIKE stories INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            statement.clearWarnings();
        }
        copy(connection, STAGE, Tables.STORIES, rows);
        try (Statement upsert = connection.createStatement();
             ResultSet ids = upsert.executeQuery(upsertFromStageSql)) {
            while (ids.next()) {
                changed.add(ids.getString(1));
            }
        }
        return changed;
    }

    private static void copy(Connection connection, String target, Table table, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + target + " (" + table.columnList() + ") FROM STDIN");
        try {
            StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 8192);
            for (Object[] row : rows) {
                CopyText.appendRow(chunk, table, row);
                if (chunk.length() >= CHUNK_CHARS) {
                    send(copy, chunk);
                }
            }
            send(copy, chunk);
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    private static void cancel(CopyIn copy, Exception failure) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void send(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }
}
