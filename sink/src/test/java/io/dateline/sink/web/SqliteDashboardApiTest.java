package io.dateline.sink.web;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's API over a SQLite store in a temporary file. */
class SqliteDashboardApiTest extends DashboardApiContract {

    @TempDir
    static Path directory;

    @Override
    protected String url() {
        return "jdbc:sqlite:" + directory.resolve("dashboard.db");
    }
}
