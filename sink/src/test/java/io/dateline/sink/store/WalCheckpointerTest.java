package io.dateline.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The side checkpoints of an SQLite write-ahead log: at close, the last one runs without waiting for the delay. */
class WalCheckpointerTest {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:sqlite:" + directory.resolve("wal.db");
    }

    private Path log() {
        return directory.resolve("wal.db-wal");
    }

    /** Opens a writer that never checkpoints by itself and commits one row. */
    private Connection writeOneRow() throws SQLException {
        Connection writer = SqliteDialect.config().createConnection(url());
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint=0");
            statement.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)");
            statement.execute("INSERT INTO t VALUES (1)");
        }
        return writer;
    }

    @Test
    @Timeout(60)   // a hang guard: closing must not wait for the hour-long delay
    void shouldEmptyTheLogAtCloseWithoutWaitingForTheDelay() throws Exception {
        // Given a commit reported to a checkpointer whose delay is far away
        try (Connection writer = writeOneRow()) {
            WalCheckpointer checkpointer = new WalCheckpointer(url(), SqliteDialect.config(), Duration.ofHours(1));
            checkpointer.committed();
            assertThat(Files.size(log())).isPositive();
            // When it is closed
            checkpointer.close();
            // Then it does not wait for the delay (the timeout), and its last checkpoint has emptied the log file
            assertThat(Files.size(log())).isZero();
            checkpointer.close();   // idempotent
        }
    }
}
