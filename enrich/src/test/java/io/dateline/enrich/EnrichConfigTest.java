package io.dateline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.enrich.deadletter.DeadLetterDeserializationHandler;
import io.dateline.enrich.deadletter.DeadLetterProcessingHandler;
import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void shouldUseTheDefaultsWhenNothingIsSet() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.of(Map.of()));

        assertThat(config.applicationId()).isEqualTo("dateline-enrich");
        assertThat(config.numStreamThreads()).isEqualTo(1);
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(config.stateDir()).isNull();
        assertThat(config.commitInterval()).isNull();
        assertThat(config.closeTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.kafka().bootstrapServers()).isEqualTo("localhost:9092");
    }

    @Test
    void shouldReadEverySettingFromAPlainMap() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_ENRICH_APPLICATION_ID", "enrich-blue",
                "DATELINE_ENRICH_NUM_STREAM_THREADS", "3",
                "DATELINE_ENRICH_PROCESSING_GUARANTEE", "AT_LEAST_ONCE",
                "DATELINE_ENRICH_STATE_DIR", "/var/lib/enrich",
                "DATELINE_ENRICH_COMMIT_INTERVAL", "500ms",
                "DATELINE_ENRICH_CLOSE_TIMEOUT", "5s",
                "DATELINE_BOOTSTRAP_SERVERS", "kafka:9092")));

        assertThat(config.applicationId()).isEqualTo("enrich-blue");
        assertThat(config.numStreamThreads()).isEqualTo(3);
        assertThat(config.processingGuarantee()).isEqualTo("at_least_once");
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/enrich"));
        assertThat(config.commitInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.closeTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldBuildStreamsPropertiesWithTheDeadLetterQueueOnTheCatalogueTopic() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_TOPIC_PREFIX", "blue.",
                "DATELINE_BOOTSTRAP_SERVERS", "kafka:9092",
                "DATELINE_ENRICH_COMMIT_INTERVAL", "1s",
                "KAFKA_MAX_POLL_RECORDS", "50")));

        Properties properties = config.streamsProperties();

        assertThat(properties.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("kafka:9092");
        assertThat(properties.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("dateline-enrich");
        assertThat(properties.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(1000L);
        assertThat(properties.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG))
                .isEqualTo("blue.dateline.deadletter");
        assertThat(properties.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(DeadLetterDeserializationHandler.class.getName());
        assertThat(properties.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(DeadLetterProcessingHandler.class.getName());
        assertThat(properties.get("max.poll.records")).isEqualTo("50");
        assertThat(properties).doesNotContainKey(StreamsConfig.STATE_DIR_CONFIG);
        new StreamsConfig(properties);
    }

    @Test
    void shouldRejectAnUnknownProcessingGuaranteeNamingTheSetting() {
        assertThatThrownBy(() -> EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_ENRICH_PROCESSING_GUARANTEE", "exactly_once"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_ENRICH_PROCESSING_GUARANTEE");
    }

    @Test
    void shouldRejectBadNumbersAndDurationsNamingTheSetting() {
        assertThatThrownBy(() -> EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_ENRICH_NUM_STREAM_THREADS", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DATELINE_ENRICH_NUM_STREAM_THREADS");
        assertThatThrownBy(() -> EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_ENRICH_COMMIT_INTERVAL", "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DATELINE_ENRICH_COMMIT_INTERVAL");
        assertThatThrownBy(() -> EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_ENRICH_APPLICATION_ID", "has spaces"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("DATELINE_ENRICH_APPLICATION_ID");
    }

    @Test
    void shouldDocumentEverySetting() {
        assertThat(EnrichConfig.SETTINGS).allSatisfy(setting -> {
            assertThat(setting.name()).startsWith("DATELINE_ENRICH_");
            assertThat(setting.description()).isNotBlank();
        });
    }
}
