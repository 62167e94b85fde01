package io.dateline.sink.web;

import io.dateline.sink.PostgresSchemaExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's API over PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
class PostgresDashboardApiIT extends DashboardApiContract {

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
}
