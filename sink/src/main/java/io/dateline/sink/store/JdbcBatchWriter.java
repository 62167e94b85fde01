package io.dateline.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bulk writes as JDBC batches of one prepared statement per table: the fast path of an in-process database (SQLite),
 * where a statement costs no round trip. Upserts learn which rows changed from the update counts.
 */
final class JdbcBatchWriter implements BulkWriter {

    private final Dialect dialect;
    private final String storyUpsertSql;

    JdbcBatchWriter(Dialect dialect) {
        this.dialect = dialect;
        this.storyUpsertSql = Tables.STORIES.insertSql(dialect) + Tables.storyUpsertClause(dialect);
    }

    @Override
    public void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql(dialect))) {
            addAll(insert, table, rows);
            insert.executeBatch();
        }
    }

    @Override
    public Set<String> upsertStories(Connection connection, List<Object[]> rows) throws SQLException {
        Set<String> changed = new HashSet<>();
        if (rows.isEmpty()) {
            return changed;
        }
        try (PreparedStatement upsert = connection.prepareStatement(storyUpsertSql)) {
            addAll(upsert, Tables.STORIES, rows);
            int[] counts = upsert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    changed.add((String) rows.get(i)[0]);
                }
            }
        }
        return changed;
    }

    private void addAll(PreparedStatement statement, Table table, List<Object[]> rows) throws SQLException {
        List<Table.Column> columns = table.columns();
        for (Object[] row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                dialect.bind(statement, i + 1, columns.get(i).type(), row[i]);
            }
            statement.addBatch();
        }
    }
}
