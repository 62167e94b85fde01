package io.dateline.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies an SQLite write-ahead log back into the database file on a thread of its own, {@link #DELAY} after a commit,
 * so the writer does not stop for it: a PASSIVE checkpoint runs beside the writer and readers and never blocks them.
 * Every commit within the delay shares that one checkpoint, so a page that several small transactions changed (the
 * sink writes one every 100–200 ms under load) is synced and copied once, not once per transaction. The writer's own
 * automatic checkpoint is raised to a safety net ({@link SqliteDialect}). At most one checkpoint is queued at a time;
 * {@link #close()} runs a last TRUNCATE checkpoint, which empties the log file.
 */
final class WalCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    /**
     * How long after a commit the log is checkpointed. It bounds what a power cut can take (the commits since the
     * last checkpoint, which syncs the log): about a second of stories under load, instead of the last ~100 ms.
     */
    static final Duration DELAY = Duration.ofSeconds(1);

    private final String url;
    private final SQLiteConfig config;
    private final Duration delay;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "dateline-sqlite-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean committedOnce = new AtomicBoolean();
    private Connection connection;

    WalCheckpointer(String url, SQLiteConfig config) {
        this(url, config, DELAY);
    }

    WalCheckpointer(String url, SQLiteConfig config, Duration delay) {
        this.url = url;
        this.config = config;
        this.delay = delay;
        // a checkpoint still waiting at close is not run: close's own TRUNCATE checkpoint does its work
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A transaction committed: the log has new frames to copy, within {@link #DELAY} with the commits after it. */
    void committed() {
        committedOnce.set(true);
        if (!closed.get() && queued.compareAndSet(false, true)) {
            executor.schedule(() -> {
                queued.set(false);
                checkpoint("PASSIVE");
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
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
        if (connection != null || committedOnce.get()) {
            checkpoint("TRUNCATE");
        }
        if (connection != null) {
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
