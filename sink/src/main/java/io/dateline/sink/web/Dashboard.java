package io.dateline.sink.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.platform.ops.OpsServer;
import java.time.Clock;
import java.util.Properties;

/**
 * The analysts' dashboard over the story database: a read-only page ({@link StaticAssets}) and its JSON API
 * ({@link DashboardApi}) served on the sink's HTTP port. It reads through a small connection pool of its own, read
 * only, so its queries never hold up the sink's writes (SQLite in WAL mode lets readers run beside the writer). Open
 * it after the store has migrated the schema; {@link #close()} is safe to call twice.
 */
public final class Dashboard implements AutoCloseable {

    private static final int POOL_SIZE = 2;

    private final HikariDataSource pool;
    private final DashboardApi api;
    private final StaticAssets assets = new StaticAssets();

    private Dashboard(HikariDataSource pool, SqlTimes times, Clock clock) {
        this.pool = pool;
        ObjectMapper json = new ObjectMapper();
        this.api = new DashboardApi(new StoryQueries(pool, times, json), new EscalationQueries(pool, times, json),
                json, clock);
    }

    /** A dashboard over the store at {@code jdbcUrl} (user and password for PostgreSQL, else null). */
    public static Dashboard open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    static Dashboard open(String jdbcUrl, String user, String password, Clock clock) {
        SqlTimes times = SqlTimes.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("dateline-dashboard");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        if (times == SqlTimes.SQLITE) {
            Properties sqlite = new Properties();
            sqlite.setProperty("busy_timeout", "5000");
            config.setDataSourceProperties(sqlite);
            config.setConnectionInitSql("PRAGMA query_only = 1");
        } else {
            config.setUsername(user);
            config.setPassword(password);
            config.setReadOnly(true);
        }
        return new Dashboard(new HikariDataSource(config), times, clock);
    }

    /** Serves the page on {@code /} and the API on {@code /api/} of {@code server}. */
    public void register(OpsServer server) {
        server.handle("/api/", api).handle("/", assets);
    }

    @Override
    public void close() {
        pool.close();
    }
}
