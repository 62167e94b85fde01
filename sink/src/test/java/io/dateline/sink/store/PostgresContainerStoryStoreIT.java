package io.dateline.sink.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The store contract on a throw-away PostgreSQL container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PostgresContainerStoryStoreIT extends PostgresStoryStoreContract {

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");

    @Override
    protected String url() {
        return POSTGRES.getJdbcUrl();
    }

    @Override
    protected String user() {
        return POSTGRES.getUsername();
    }

    @Override
    protected String password() {
        return POSTGRES.getPassword();
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }
}
