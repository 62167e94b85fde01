package io.dateline.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start and stop, where closing is the behaviour under test: each test owns its broker. */
class EmbeddedKafkaLifecycleIT {

    @Test
    void shouldDeleteTemporaryDataDirOnCloseAndIgnoreSecondClose() {
        // Given a running broker with a temporary data directory
        EmbeddedKafka kafka = EmbeddedKafka.start();
        Path dataDir = kafka.dataDir();
        assertThat(dataDir).isDirectory();

        // When it is closed twice
        kafka.close();
        kafka.close();

        // Then the directory is gone
        assertThat(Files.exists(dataDir)).isFalse();
    }

    @Test
    void shouldKeepTopicsInGivenDataDirAcrossRestart(@TempDir Path dir) throws Exception {
        // Given a broker on a caller's data directory that created a topic
        Path dataDir = dir.resolve("kafka");
        try (EmbeddedKafka first = EmbeddedKafka.builder().dataDir(dataDir).start();
             Admin admin = admin(first)) {
            admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        assertThat(dataDir).isDirectory();

        // When a new broker starts on the same directory
        try (EmbeddedKafka second = EmbeddedKafka.builder().dataDir(dataDir).start();
             Admin admin = admin(second)) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);

            // Then the topic is still there
            assertThat(names).contains("kept");
        }
    }

    private static Admin admin(EmbeddedKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
