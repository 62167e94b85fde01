package io.dateline.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.sink.store.Table.ColumnType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * The embedded database: one SQLite file in WAL mode, so readers (the {@code dateline} command, an analyst's sqlite3)
 * query it while the sink writes; a writer takes the write lock when its transaction begins and waits for a busy one.
 * {@code synchronous=NORMAL}: a commit is not flushed to disk by itself (a power cut may lose the commits of the last
 * {@link WalCheckpointer#DELAY}, never corrupt the file); the log is synced and copied back by a {@link WalCheckpointer}.
 * Written with JDBC batches. Times are ISO-8601 UTC text with milliseconds, days {@code YYYY-MM-DD}, booleans 0/1,
 * countries a JSON array, the record JSON text.
 */
final class SqliteDialect implements Dialect {

    static final String URL_PREFIX = "jdbc:sqlite:";

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int POOL_SIZE = 4;
    /** Page cache of each connection: 64 MiB (negative: KiB), so the indexes of a large batch stay in memory. */
    private static final int CACHE_KIB = -65_536;
    /** The write-ahead log file is cut back to this size after a checkpoint has emptied it. */
    private static final long JOURNAL_SIZE_LIMIT_BYTES = 64L << 20;
    /**
     * A writer checkpoints by itself only when the log passed ~80 MB of 4 KiB pages, a safety net: normally the
     * {@link WalCheckpointer} has copied the log back long before.
     */
    private static final int SAFETY_CHECKPOINT_PAGES = 20_000;
    /** Primary result codes that mean the data, not the database, is wrong: TOOBIG, CONSTRAINT, MISMATCH, RANGE. */
    private static final Set<Integer> DATA_ERRORS = Set.of(18, 19, 20, 25);

    private final WalCheckpointer checkpointer;

    /** The connection settings of the store's connections (pool and checkpointer). */
    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(CACHE_KIB);
        config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, Long.toString(JOURNAL_SIZE_LIMIT_BYTES));
        return config;
    }

    /** A pool of connections to the file {@code url} names, creating its directory if needed. */
    static HikariDataSource pool(String url, SQLiteConfig config) {
        createParentDirectory(url);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setPoolName("dateline-sink-sqlite");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionInitSql("PRAGMA wal_autocheckpoint=" + SAFETY_CHECKPOINT_PAGES);
        return new HikariDataSource(pool);
    }

    SqliteDialect(WalCheckpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    @Override
    public String migrations() {
        return "sqlite";
    }

    @Override
    public String placeholder(ColumnType type) {
        return "?";
    }

    @Override
    public String earliestTime() {
        return "''";
    }

    @Override
    public void bind(PreparedStatement statement, int index, ColumnType type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
            return;
        }
        switch (type) {
            case TEXT, JSON -> statement.setString(index, (String) value);
            case LONG -> statement.setLong(index, (Long) value);
            case INT -> statement.setInt(index, (Integer) value);
            case DOUBLE -> statement.setDouble(index, (Double) value);
            case BOOL -> statement.setInt(index, (Boolean) value ? 1 : 0);
            case TIME -> statement.setString(index, IsoTime.format((Instant) value));
            case DAY -> statement.setString(index, ((LocalDate) value).toString());
            case TEXT_ARRAY -> statement.setString(index, jsonArray((List<?>) value));
            default -> throw new IllegalArgumentException("Cannot bind " + type);
        }
    }

    @Override
    public Instant readTime(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    private static String jsonArray(List<?> items) {
        return items.stream()
                .map(item -> '"' + String.valueOf(item).replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return !DATA_ERRORS.contains(sqlite.getResultCode().code & 0xFF);
            }
        }
        return true;
    }

    @Override
    public BulkWriter bulkWriter() {
        return new JdbcBatchWriter(this);
    }

    @Override
    public void committed() {
        checkpointer.committed();
    }

    @Override
    public void close() {
        checkpointer.close();
    }

    private static void createParentDirectory(String url) {
        String file = url.substring(URL_PREFIX.length());
        int query = file.indexOf('?');
        file = query < 0 ? file : file.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return;
        }
        try {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the SQLite file " + file, e);
        }
    }
}
