package io.dateline.cli;

import io.dateline.embedded.KafkaBrokerExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SqliteEndToEndIT extends EndToEndScenario {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    static Path dir;

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
        return "jdbc:sqlite:" + dir.resolve("dateline.db");
    }

    @Override
    String dbUser() {
        return null;
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl());
    }

    @Test
    @Override
    void shouldStoreEverySeedStoryOnceWithItsCountries() throws Exception {
        super.shouldStoreEverySeedStoryOnceWithItsCountries();
    }
}
