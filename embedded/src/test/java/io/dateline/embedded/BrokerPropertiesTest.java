package io.dateline.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    @Test
    void shouldDescribeSingleNodeKraftClusterOnLoopback() {
        Properties props = BrokerProperties.of(9092, 9093, Path.of("/tmp/k"), 3, Map.of());

        assertThat(props).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("num.partitions", "3")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void shouldReplicateEveryInternalTopicOnce() {
        Properties props = BrokerProperties.of(9092, 9093, Path.of("/tmp/k"), 1, Map.of());

        assertThat(props).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1");
    }

    @Test
    void shouldLetOverridesWin() {
        Properties props = BrokerProperties.of(9092, 9093, Path.of("/tmp/k"), 1,
                Map.of("auto.create.topics.enable", "false", "num.partitions", "6"));

        assertThat(props).containsEntry("auto.create.topics.enable", "false").containsEntry("num.partitions", "6");
    }
}
