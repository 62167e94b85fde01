package io.dateline.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The end-to-end scenario on containers, as in production: the apache/kafka image and the postgres image. Needs
 * Docker and is skipped without it; the same scenario runs everywhere on the in-process broker and the local
 * PostgreSQL (SqliteEndToEndIT, PostgresEndToEndIT).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersEndToEndIT extends EndToEndScenario {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Container
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:16");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }

    @Override
    String uniquePrefix() {
        return "tc-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    @Override
    String dbUrl() {
        return POSTGRES.getJdbcUrl();
    }

    @Override
    String dbUser() {
        return POSTGRES.getUsername();
    }

    @Override
    String dbPassword() {
        return POSTGRES.getPassword();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(POSTGRES.getJdbcUrl(), POSTGRES.getUsername(), POSTGRES.getPassword());
    }

    @Test
    @Override
    void shouldStoreEverySeedStoryOnceWithItsCountries() throws Exception {
        super.shouldStoreEverySeedStoryOnceWithItsCountries();
    }
}
