package io.dateline.sink.store;

import io.dateline.sink.store.Table.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** What differs between the databases the store runs on: column types, how values are bound, what errors mean. */
interface Dialect {

    /** Folder of the Flyway migrations under {@code classpath:db/migration/}. */
    String migrations();

    /** The value placeholder of a column of {@code type}, e.g. {@code CAST(? AS jsonb)} for JSON. */
    String placeholder(ColumnType type);

    /** A time literal that sorts before every other, standing for a missing versionCreated. */
    String earliestTime();

    /** Binds {@code value} (null or the Java type {@code type} names) to parameter {@code index}. */
    void bind(PreparedStatement statement, int index, ColumnType type, Object value) throws SQLException;

    Instant readTime(ResultSet row, String column) throws SQLException;

    /** Whether the same statement may succeed later: the database, not the data, is the problem. */
    boolean isRetryable(SQLException e);

    /** A condition on {@code column} matching any of {@code count} ids bound by {@link #bindIds}. */
    default String idsIn(String column, int count) {
        return column + " IN (" + Table.questionMarks(count) + ")";
    }

    /** Binds {@code ids} to the parameter(s) of {@link #idsIn} from {@code index}. */
    default void bindIds(PreparedStatement statement, int index, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setString(index + i, ids.get(i));
        }
    }

    /** How this database writes many rows at once. */
    BulkWriter bulkWriter();

    /** Called after every committed write transaction, for housekeeping the database needs. */
    /**
     * How many transactions may write one batch side by side, on connections of their own: 1 where the database has a
     * single writer (SQLite).
     */
    default int writers() {
        return 1;
    }

    default void committed() {
    }

    /** Stops that housekeeping; called once, when the store closes. */
    default void close() {
    }
}
