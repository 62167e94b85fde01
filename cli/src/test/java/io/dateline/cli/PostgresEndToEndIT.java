package io.dateline.cli;

import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.sink.PostgresSchemaExtension;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEndToEndIT extends EndToEndScenario {

    @RegisterExtension
    static final PostgresSchemaExtension POSTGRES = new PostgresSchemaExtension();

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Override
    String bootstrapServers() {
        return KAFKA.bootstrapServers();
    }

    @Override
    String uniquePrefix() {
        return KAFKA.uniquePrefix();
    }

    @Override
    String dbUrl() {
        return POSTGRES.url();
    }

    @Override
    String dbUser() {
        return POSTGRES.user();
    }

    @Override
    Connection connect() throws SQLException {
        return POSTGRES.connect();
    }

    @Test
    @Override
    void shouldStoreEverySeedStoryOnceWithItsCountries() throws Exception {
        super.shouldStoreEverySeedStoryOnceWithItsCountries();
    }
}
