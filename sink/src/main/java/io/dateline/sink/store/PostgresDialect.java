package io.dateline.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.sink.store.Table.ColumnType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The production database: PostgreSQL through a HikariCP pool, written with COPY ({@link PostgresCopyWriter}). Times
 * are {@code timestamptz}, days {@code date}, countries {@code text[]}, the record {@code jsonb}. Tables live in the
 * connection's current schema ({@code ?currentSchema=}).
 */
final class PostgresDialect implements Dialect {

    static final String URL_PREFIX = "jdbc:postgresql:";

    private static final int POOL_SIZE = 4;
    /**
     * Transactions writing one batch side by side: each is one server backend, so two use both cores of a small machine
     * while the client makes the next rows (docs/benchmarks.md, sink).
     */
    private static final int WRITERS = 2;
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;
    /** SQLSTATE classes that mean the data is wrong: data exception, integrity violation, program limit exceeded. */
    private static final Set<String> DATA_ERROR_CLASSES = Set.of("22", "23", "54");
    /**
     * A unique violation is no data error here: every batch is collapsed to one row per key, so it means another
     * writer stored one of the new stories first, and the next attempt updates it instead.
     */
    private static final String UNIQUE_VIOLATION = "23505";

    /** A pool of connections to {@code url}; fails when the server cannot be reached. */
    static HikariDataSource pool(String url, String user, String password) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setPoolName("dateline-sink-postgresql");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        // JDBC batches (escalation windows) travel as multi-row inserts; the URL may say otherwise
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        // plan every statement for its parameters: a generic plan cached while a table was still empty keeps
        // scanning it whole once it is large (the version lookup and child-row deletes are key lookups)
        pool.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        return new HikariDataSource(pool);
    }

    @Override
    public String migrations() {
        return "postgresql";
    }

    @Override
    public String placeholder(ColumnType type) {
        return type == ColumnType.JSON ? "CAST(? AS jsonb)" : "?";
    }

    @Override
    public int writers() {
        return WRITERS;
    }

    @Override
    public String earliestTime() {
        return "'-infinity'::timestamptz";
    }

    @Override
    public void bind(PreparedStatement statement, int index, ColumnType type, Object value) throws SQLException {
        switch (type) {
            case TEXT, JSON -> statement.setString(index, (String) value);
            case LONG -> statement.setObject(index, value, Types.BIGINT);
            case INT -> statement.setObject(index, value, Types.INTEGER);
            case DOUBLE -> statement.setObject(index, value, Types.DOUBLE);
            case BOOL -> statement.setObject(index, value, Types.BOOLEAN);
            case TIME -> statement.setObject(index, value == null ? null : ((Instant) value).atOffset(ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            case DAY -> statement.setObject(index, (LocalDate) value, Types.DATE);
            case TEXT_ARRAY -> statement.setArray(index, value == null ? null
                    : statement.getConnection().createArrayOf("text", ((List<?>) value).toArray()));
            default -> throw new IllegalArgumentException("Cannot bind " + type);
        }
    }

    @Override
    public Instant readTime(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    @Override
    public boolean isRetryable(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (UNIQUE_VIOLATION.equals(state)) {
                return true;
            }
            if (state != null && state.length() >= 2 && DATA_ERROR_CLASSES.contains(state.substring(0, 2))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String idsIn(String column, int count) {
        return column + " = ANY(?)";
    }

    @Override
    public void bindIds(PreparedStatement statement, int index, List<String> ids) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("text", ids.toArray()));
    }

    @Override
    public BulkWriter bulkWriter() {
        return new PostgresCopyWriter(this);
    }
}
