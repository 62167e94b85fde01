package io.dateline.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies an SQLite write-ahead log back into the database file on a thread of its own, after each commit, so the
 * writer does not stop for it: a PASSIVE checkpoint runs beside the writer and readers and never blocks them. The
 * writer's own automatic checkpoint is raised to a safety net ({@link SqliteDialect}). At most one checkpoint is
 * queued at a time; {@link #close()} runs a last TRUNCATE checkpoint, which empties the log file.
 */
final class WalCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final String url;
    private final SQLiteConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dateline-sqlite-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private Connection connection;

    WalCheckpointer(String url, SQLiteConfig config) {
        this.url = url;
        this.config = config;
    }

    /** A transaction committed: the log has new frames to copy. */
    void committed() {
        if (!closed.get() && queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                checkpoint("PASSIVE");
            });
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The SQLite checkpoint of {} did not finish within 30 s", url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            checkpoint("TRUNCATE");
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the checkpoint connection of {}: {}", url, e.getMessage());
            }
        }
    }

    private void checkpoint(String mode) {
        try {
            if (connection == null) {
                connection = config.createConnection(url);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(" + mode + ")");
            }
        } catch (SQLException | RuntimeException e) {
            // the next commit tries again; the writer's own automatic checkpoint bounds the log meanwhile
            LOG.debug("SQLite checkpoint of {} failed: {}", url, e.getMessage());
        }
    }
}
