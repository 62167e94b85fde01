package io.dateline.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The production database: PostgreSQL through a HikariCP pool. Times are {@code timestamptz}, countries
 * {@code text[]}, the record {@code jsonb}. Tables live in the connection's current schema ({@code ?currentSchema=}).
 */
final class PostgresDialect implements Dialect {

    static final String URL_PREFIX = "jdbc:postgresql:";

    private static final int POOL_SIZE = 4;
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;
    /** SQLSTATE classes that mean the data is wrong: data exception, integrity violation, program limit exceeded. */
    private static final Set<String> DATA_ERROR_CLASSES = Set.of("22", "23", "54");

    /** A pool of connections to {@code url}; fails when the server cannot be reached. */
    static HikariDataSource pool(String url, String user, String password) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setPoolName("dateline-sink-postgresql");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        return new HikariDataSource(pool);
    }

    @Override
    public String migrations() {
        return "postgresql";
    }

    @Override
    public String jsonParameter() {
        return "CAST(? AS jsonb)";
    }

    @Override
    public String earliestTime() {
        return "'-infinity'::timestamptz";
    }

    @Override
    public void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        statement.setObject(index, time == null ? null : time.atOffset(ZoneOffset.UTC),
                Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public Instant readTime(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    @Override
    public void bindCountries(PreparedStatement statement, int index, List<String> countries) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("text", countries.toArray()));
    }

    @Override
    public boolean isRetryable(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && state.length() >= 2 && DATA_ERROR_CLASSES.contains(state.substring(0, 2))) {
                return false;
            }
        }
        return true;
    }
}
