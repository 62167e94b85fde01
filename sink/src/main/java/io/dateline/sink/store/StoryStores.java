package io.dateline.sink.store;

import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;

/** Opens the store a JDBC URL names: {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://<host>/<database>}. */
public final class StoryStores {

    private StoryStores() {
    }

    /**
     * Opens the store at {@code url} and migrates its schema to the current version.
     *
     * @param user     database user, or null (SQLite ignores it)
     * @param password database password, or null (SQLite ignores it)
     * @throws IllegalArgumentException when the URL names no supported database
     * @throws StoreException           when the database cannot be reached or migrated
     */
    public static StoryStore open(String url, String user, String password) {
        requireSupported(url);
        boolean sqlite = url.startsWith(SqliteDialect.URL_PREFIX);
        int query = url.indexOf('?');
        String description = sqlite ? "SQLite " + url.substring(SqliteDialect.URL_PREFIX.length())
                : "PostgreSQL " + (query < 0 ? url : url.substring(0, query));
        HikariDataSource pool;
        Dialect dialect;
        try {
            if (sqlite) {
                SQLiteConfig config = SqliteDialect.config();
                pool = SqliteDialect.pool(url, config);
                dialect = new SqliteDialect(new WalCheckpointer(url, config));
            } else {
                pool = PostgresDialect.pool(url, user, password);
                dialect = new PostgresDialect();
            }
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open " + description + ": " + e.getMessage(), e, true);
        }
        return JdbcStoryStore.open(pool, dialect, description);
    }

    /** Returns {@code url} when it names a supported database, else throws IllegalArgumentException saying which are. */
    public static String requireSupported(String url) {
        if (url == null || !(url.startsWith(SqliteDialect.URL_PREFIX) || url.startsWith(PostgresDialect.URL_PREFIX))) {
            throw new IllegalArgumentException("must be a jdbc:sqlite:<file> or jdbc:postgresql://<host>/<database> URL");
        }
        return url;
    }
}
