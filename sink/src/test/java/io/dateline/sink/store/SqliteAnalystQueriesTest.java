package io.dateline.sink.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The example queries of the storage docs, run on SQLite. */
class SqliteAnalystQueriesTest extends AnalystQueriesContract {

    @TempDir
    Path directory;

    @Override
    protected String dialect() {
        return "sqlite";
    }

    @Override
    protected StoryStore openEmptyStore() {
        return StoryStores.open(url(), null, null);
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    private String url() {
        return "jdbc:sqlite:" + directory.resolve("analysts.db");
    }
}
