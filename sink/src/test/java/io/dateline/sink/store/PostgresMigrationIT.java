package io.dateline.sink.store;

import io.dateline.sink.PostgresSchemaExtension;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The migration from a version-one store on PostgreSQL, in a schema of its own. */
class PostgresMigrationIT extends MigrationContract {

    @RegisterExtension
    static final PostgresSchemaExtension POSTGRES = new PostgresSchemaExtension();

    @Override
    protected String url() {
        return POSTGRES.url();
    }

    @Override
    protected String user() {
        return POSTGRES.user();
    }

    @Override
    protected String password() {
        return POSTGRES.password();
    }

    @Override
    protected String migrations() {
        return "postgresql";
    }

    @Override
    protected String countriesLiteral() {
        return "'{IRN,USA}'";
    }

    @Override
    protected Connection connect() throws SQLException {
        return POSTGRES.connect();
    }
}
