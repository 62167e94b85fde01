package io.dateline.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Writes many rows of one table at once, inside the caller's transaction, the fastest way its database knows: JDBC
 * batches of prepared statements ({@link JdbcBatchWriter}, SQLite) or COPY ({@link PostgresCopyWriter}).
 */
interface BulkWriter {

    /** Inserts {@code rows} (values in the column order of {@code table}); a row whose key exists fails the batch. */
    void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException;

    /**
     * Upserts {@code stories} rows that replace a stored row only when newer ({@link Tables#storyIsNewer}).
     *
     * @return the ids whose row changed
     */
    Set<String> upsertStories(Connection connection, List<Object[]> rows) throws SQLException;
}
