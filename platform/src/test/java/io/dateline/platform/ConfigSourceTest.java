package io.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {

    private static final Setting<Integer> BATCH = Setting.integer("DATELINE_SINK_BATCH_SIZE", 500, 1, 10_000, "Batch.");
    private static final Setting<Duration> POLL = Setting.duration("DATELINE_SINK_POLL_TIMEOUT", "500ms", "Poll.");
    private static final Setting<String> REQUIRED = Setting.string("DATELINE_INGEST_PATHS", null, "Inputs.");

    @Test
    void shouldUseTheDefaultWhenUnset() {
        ConfigSource config = ConfigSource.of(Map.of());

        assertThat(config.get(BATCH)).isEqualTo(500);
        assertThat(config.get(POLL)).isEqualTo(Duration.ofMillis(500));
        assertThat(config.find(REQUIRED)).isEmpty();
    }

    @Test
    void shouldNameTheSettingWhenItsValueIsWrong() {
        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SINK_BATCH_SIZE", "lots"));

        assertThatThrownBy(() -> config.get(BATCH))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATELINE_SINK_BATCH_SIZE='lots' is invalid");
    }

    @Test
    void shouldNameTheSettingWhenItIsOutOfRange() {
        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SINK_BATCH_SIZE", "0"));

        assertThatThrownBy(() -> config.get(BATCH)).hasMessageContaining("between 1 and 10000");
    }

    @Test
    void shouldNameAMissingRequiredSetting() {
        assertThatThrownBy(() -> ConfigSource.of(Map.of()).get(REQUIRED))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATELINE_INGEST_PATHS is required");
    }

    @Test
    void shouldLetTheEnvironmentOverrideThePropertiesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dateline.properties");
        Files.writeString(file, "dateline.sink.batch.size=200\ndateline.sink.poll.timeout=2s\n");

        ConfigSource config = ConfigSource.fromEnvironment(
                Map.of("DATELINE_CONFIG_FILE", file.toString(), "DATELINE_SINK_BATCH_SIZE", "300"));

        assertThat(config.get(BATCH)).isEqualTo(300);
        assertThat(config.get(POLL)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldFailNamingAnUnreadablePropertiesFile(@TempDir Path dir) {
        Map<String, String> env = Map.of("DATELINE_CONFIG_FILE", dir.resolve("missing.properties").toString());

        assertThatThrownBy(() -> ConfigSource.fromEnvironment(env)).hasMessageStartingWith("DATELINE_CONFIG_FILE=");
    }

    @Test
    void shouldParseDurationsInEveryDocumentedForm() {
        assertThat(Setting.parseDuration("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Setting.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Setting.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Setting.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
    }
}
