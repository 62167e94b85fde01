package io.dateline.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.ops.OpsSettings;
import io.dateline.platform.Setting;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void shouldDefaultToAnSqliteFileAndTheSinkGroup() {
        SinkConfig config = SinkConfig.from(ConfigSource.of(Map.of()));

        assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:dateline.db");
        assertThat(config.dbUser()).isNull();
        assertThat(config.dbPassword()).isNull();
        assertThat(config.groupId()).isEqualTo("dateline-sink");
        assertThat(config.batchSize()).isEqualTo(5000);
        assertThat(config.linger()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.pollTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.retryBackoffMax()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.kafka().bootstrapServers()).isEqualTo("localhost:9092");
    }

    @Test
    void shouldReadEverySetting() {
        SinkConfig config = SinkConfig.from(ConfigSource.of(Map.ofEntries(
                Map.entry("DATELINE_SINK_DB_URL", "jdbc:postgresql://db:5432/dateline"),
                Map.entry("DATELINE_SINK_DB_USER", "sink"),
                Map.entry("DATELINE_SINK_DB_PASSWORD", "secret"),
                Map.entry("DATELINE_SINK_GROUP_ID", "sink-2"),
                Map.entry("DATELINE_SINK_BATCH_SIZE", "50"),
                Map.entry("DATELINE_SINK_LINGER", "0ms"),
                Map.entry("dateline.sink.poll.timeout", "2s"),
                Map.entry("DATELINE_SINK_RETRY_BACKOFF", "200ms"),
                Map.entry("DATELINE_SINK_RETRY_BACKOFF_MAX", "PT1M"),
                Map.entry("DATELINE_SINK_SHUTDOWN_TIMEOUT", "5s"),
                Map.entry("DATELINE_TOPIC_PREFIX", "test."))));

        assertThat(config).isEqualTo(new SinkConfig(config.kafka(), "jdbc:postgresql://db:5432/dateline", "sink",
                "secret", "sink-2", 50, Duration.ZERO, Duration.ofSeconds(2), Duration.ofMillis(200),
                Duration.ofMinutes(1),
                Duration.ofSeconds(5), new OpsSettings("0.0.0.0", 8083), true));
        assertThat(config.kafka().topicPrefix()).isEqualTo("test.");
    }

    @Test
    void shouldRejectAnUnsupportedDatabaseNamingTheSetting() {
        assertThatThrownBy(() -> SinkConfig.from(ConfigSource.of(Map.of("DATELINE_SINK_DB_URL", "jdbc:mysql://db/x"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_SINK_DB_URL")
                .hasMessageContaining("jdbc:sqlite:");
    }

    @Test
    void shouldRejectABatchSizeOutOfRangeNamingTheSetting() {
        assertThatThrownBy(() -> SinkConfig.from(ConfigSource.of(Map.of("DATELINE_SINK_BATCH_SIZE", "0"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_SINK_BATCH_SIZE");
    }

    @Test
    void shouldRejectAZeroBackoffNamingTheSetting() {
        assertThatThrownBy(() -> SinkConfig.from(ConfigSource.of(Map.of("DATELINE_SINK_RETRY_BACKOFF", "0s"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_SINK_RETRY_BACKOFF");
    }

    @Test
    void shouldRejectANegativeLingerNamingTheSetting() {
        assertThatThrownBy(() -> SinkConfig.from(ConfigSource.of(Map.of("DATELINE_SINK_LINGER", "-5ms"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_SINK_LINGER");
    }

    @Test
    void shouldRejectAMaximumBackoffShorterThanTheFirst() {
        assertThatThrownBy(() -> SinkConfig.from(ConfigSource.of(Map.of("DATELINE_SINK_RETRY_BACKOFF", "10s",
                "DATELINE_SINK_RETRY_BACKOFF_MAX", "5s"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_SINK_RETRY_BACKOFF_MAX");
    }

    @Test
    void shouldNeverPrintAPassword() {
        SinkConfig config = SinkConfig.from(ConfigSource.of(Map.of("DATELINE_SINK_DB_PASSWORD", "hunter2",
                "DATELINE_SCHEMA_REGISTRY_USER_INFO", "registry:s3cret")));

        assertThat(config.toString()).doesNotContain("hunter2", "s3cret").contains("dbPassword=****");
    }

    @Test
    void shouldDocumentEverySettingUnderTheSinkPrefix() {
        assertThat(SinkConfig.SETTINGS)
                .allSatisfy(setting -> {
                    assertThat(setting.name()).startsWith("DATELINE_SINK_");
                    assertThat(setting.description()).isNotBlank();
                })
                .extracting(Setting::name)
                .doesNotHaveDuplicates();
        assertThat(SinkConfig.allSettings()).containsAll(SinkConfig.SETTINGS);
    }
}
