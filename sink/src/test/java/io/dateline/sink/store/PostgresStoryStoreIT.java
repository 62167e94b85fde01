package io.dateline.sink.store;

import io.dateline.sink.PostgresSchemaExtension;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on the PostgreSQL server of the machine, in a schema of its own. */
class PostgresStoryStoreIT extends PostgresStoryStoreContract {

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
    protected Connection connect() throws SQLException {
        return POSTGRES.connect();
    }
}
