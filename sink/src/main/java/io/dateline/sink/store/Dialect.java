package io.dateline.sink.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** What differs between the databases the store runs on: column types, how values are bound, what errors mean. */
interface Dialect {

    /** Folder of the Flyway migrations under {@code classpath:db/migration/}. */
    String migrations();

    /** The value placeholder of the JSON column, e.g. {@code CAST(? AS jsonb)}. */
    String jsonParameter();

    /** A time literal that sorts before every other, standing for a missing versionCreated. */
    String earliestTime();

    void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException;

    Instant readTime(ResultSet row, String column) throws SQLException;

    void bindCountries(PreparedStatement statement, int index, List<String> countries) throws SQLException;

    /** Whether the same statement may succeed later: the database, not the data, is the problem. */
    boolean isRetryable(SQLException e);
}
