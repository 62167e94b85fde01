package io.dateline.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteException;

/**
 * The embedded database: one SQLite file in WAL mode, so readers (the {@code dateline} command, an analyst's sqlite3)
 * query it while the sink writes; a writer takes the write lock when its transaction begins and waits for a busy one.
 * Times are ISO-8601 UTC text with milliseconds, countries a JSON array, the record JSON text.
 */
final class SqliteDialect implements Dialect {

    static final String URL_PREFIX = "jdbc:sqlite:";

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int POOL_SIZE = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Primary result codes that mean the data, not the database, is wrong: TOOBIG, CONSTRAINT, MISMATCH, RANGE. */
    private static final Set<Integer> DATA_ERRORS = Set.of(18, 19, 20, 25);

    /** A pool of connections to the file {@code url} names, creating its directory if needed. */
    static HikariDataSource pool(String url) {
        createParentDirectory(url);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl(url);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setPoolName("dateline-sink-sqlite");
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        return new HikariDataSource(pool);
    }

    @Override
    public String migrations() {
        return "sqlite";
    }

    @Override
    public String jsonParameter() {
        return "?";
    }

    @Override
    public String earliestTime() {
        return "''";
    }

    @Override
    public void bindTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        statement.setString(index, time == null ? null : TIME.format(time));
    }

    @Override
    public Instant readTime(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    @Override
    public void bindCountries(PreparedStatement statement, int index, List<String> countries) throws SQLException {
        statement.setString(index, countries.stream()
                .map(country -> '"' + country.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "[", "]")));
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
