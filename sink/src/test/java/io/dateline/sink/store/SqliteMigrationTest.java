package io.dateline.sink.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The migration from a version-one store on SQLite. */
class SqliteMigrationTest extends MigrationContract {

    @TempDir
    Path directory;

    @Override
    protected String url() {
        return "jdbc:sqlite:" + directory.resolve("v1.db");
    }

    @Override
    protected String user() {
        return null;
    }

    @Override
    protected String password() {
        return null;
    }

    @Override
    protected String migrations() {
        return "sqlite";
    }

    @Override
    protected String countriesLiteral() {
        return "'[\"IRN\",\"USA\"]'";
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }
}
