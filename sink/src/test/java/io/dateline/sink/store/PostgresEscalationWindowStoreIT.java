package io.dateline.sink.store;

import io.dateline.sink.PostgresSchemaExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The escalation-window contract on the PostgreSQL server of the machine, in a schema of its own. */
class PostgresEscalationWindowStoreIT extends EscalationWindowStoreContract {

    @RegisterExtension
    static final PostgresSchemaExtension POSTGRES = new PostgresSchemaExtension();

    @Override
    protected StoryStore openEmptyStore() throws SQLException {
        StoryStore opened = StoryStores.open(POSTGRES.url(), POSTGRES.user(), POSTGRES.password());
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE stories, story_entities, story_countries, story_events, escalation_windows");
        }
        return opened;
    }

    @Override
    protected Connection connect() throws SQLException {
        return POSTGRES.connect();
    }
}
