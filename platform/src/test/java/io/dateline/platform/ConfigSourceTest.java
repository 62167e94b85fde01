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

    private static final Setting<String> PASSWORD = Setting.string("DATELINE_SINK_DB_PASSWORD", null, "Password.");

    @Test
    void shouldReadASecretFromTheFileItsFileVariableNames(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("db_password");
        Files.writeString(secret, "s3cret-from-file\n");

        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SINK_DB_PASSWORD_FILE", secret.toString()));

        assertThat(PASSWORD.secret()).isTrue();
        assertThat(config.get(PASSWORD)).isEqualTo("s3cret-from-file");
        assertThat(config.isSet(PASSWORD)).isTrue();
    }

    @Test
    void shouldRefuseASecretGivenBothDirectlyAndAsAFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("db_password");
        Files.writeString(secret, "from-file");
        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SINK_DB_PASSWORD", "direct",
                "DATELINE_SINK_DB_PASSWORD_FILE", secret.toString()));

        assertThatThrownBy(() -> config.get(PASSWORD)).isInstanceOf(ConfigException.class)
                .hasMessage("DATELINE_SINK_DB_PASSWORD and DATELINE_SINK_DB_PASSWORD_FILE are both set: set one of them");
    }

    @Test
    void shouldNameAMissingSecretFileWithoutShowingAnyValue(@TempDir Path dir) {
        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SINK_DB_PASSWORD_FILE",
                dir.resolve("absent").toString()));

        assertThatThrownBy(() -> config.get(PASSWORD)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("DATELINE_SINK_DB_PASSWORD_FILE=").hasMessageContaining("cannot be read");
    }

    @Test
    void shouldIgnoreTheFileFormForSettingsThatAreNotSecrets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("batch");
        Files.writeString(file, "42");

        ConfigSource config = ConfigSource.of(Map.of("DATELINE_SINK_BATCH_SIZE_FILE", file.toString()));

        assertThat(BATCH.secret()).isFalse();
        assertThat(config.get(BATCH)).isEqualTo(500);
    }

    @Test
    void shouldNeverShowASecretValueInAnError() {
        Setting<Integer> pin = Setting.integer("DATELINE_TEST_TOKEN", 1, 1, 9, "A numeric secret.");
        ConfigSource config = ConfigSource.of(Map.of("DATELINE_TEST_TOKEN", "hunter2"));

        assertThatThrownBy(() -> config.get(pin)).hasMessageStartingWith("DATELINE_TEST_TOKEN='****' is invalid")
                .hasMessageNotContaining("hunter2");
    }
}
