package io.dateline.sink.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The escalation-window contract on SQLite, in a file of its own per test. */
class SqliteEscalationWindowStoreTest extends EscalationWindowStoreContract {

    @TempDir
    Path directory;

    @Override
    protected StoryStore openEmptyStore() {
        return StoryStores.open(url(), null, null);
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    private String url() {
        return "jdbc:sqlite:" + directory.resolve("dateline.db");
    }
}
