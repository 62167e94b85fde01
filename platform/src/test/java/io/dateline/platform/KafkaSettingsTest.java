package io.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.avro.RawStory;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

    @Test
    void shouldPassKafkaPrefixedVariablesThroughAsClientProperties() {
        KafkaSettings settings = KafkaSettings.from(ConfigSource.of(Map.of(
                "DATELINE_BOOTSTRAP_SERVERS", "broker:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")));

        Map<String, Object> props = settings.clientProperties(Map.of("acks", "all", "security.protocol", "PLAINTEXT"));

        assertThat(props).containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("acks", "all");
    }

    @Test
    void shouldPrefixTopicNames() {
        KafkaSettings settings = KafkaSettings.from(ConfigSource.of(Map.of("DATELINE_TOPIC_PREFIX", "staging.")));

        assertThat(settings.topics().rawStories().name()).isEqualTo("staging.dateline.stories.raw");
    }

    @Test
    void shouldRejectARegistryUrlThatIsNotHttp() {
        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SCHEMA_REGISTRY_URL", "registry:8081"));

        assertThatThrownBy(() -> KafkaSettings.from(config)).hasMessageContaining("DATELINE_SCHEMA_REGISTRY_URL");
    }

    @Test
    void shouldUseSingleObjectEncodingWithoutRegistry() {
        KafkaSettings settings = KafkaSettings.from(ConfigSource.of(Map.of()));

        byte[] bytes = settings.serdes().value(settings.topics().rawStories()).serializer().serialize("t",
                RawStory.newBuilder().setId("x").setBody("b").setReceived(Instant.EPOCH).setContentHash("h").build());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    }

    @Test
    void shouldNeverShowCredentialsInItsText() {
        KafkaSettings settings = KafkaSettings.from(ConfigSource.of(Map.of(
                "DATELINE_SCHEMA_REGISTRY_USER_INFO", "svc:s3cret-pw",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"svc\" password=\"s3cret-pw\";")));

        assertThat(settings.toString()).doesNotContain("s3cret-pw").contains("sasl.jaas.config");
    }
}
