package io.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.ingest.parse.StoryLimits;
import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {

    @TempDir
    Path dir;

    @Test
    void shouldBuildFromPlainMap() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");

        IngestConfig config = IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_INGEST_PATHS", file + " , " + dir,
                "DATELINE_INGEST_HOST", "ingest-1",
                "DATELINE_INGEST_MAX_FILE_BYTES", "2048",
                "DATELINE_INGEST_PUBLISH_TIMEOUT", "5s",
                "DATELINE_BOOTSTRAP_SERVERS", "broker:9092",
                "DATELINE_TOPIC_PREFIX", "test.")));

        assertThat(config.paths()).containsExactly(file, dir);
        assertThat(config.ingestHost()).isEqualTo("ingest-1");
        assertThat(config.maxFileBytes()).isEqualTo(2048);
        assertThat(config.publishTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.kafka().bootstrapServers()).isEqualTo("broker:9092");
        assertThat(config.kafka().topics().rawStories().name()).isEqualTo("test.dateline.stories.raw");
    }

    @Test
    void shouldDefaultToHttpOnPort8080WithoutDropFolderOrBackfill() {
        IngestConfig config = IngestConfig.from(ConfigSource.of(Map.of()));

        assertThat(config.paths()).isEmpty();
        assertThat(config.dropDir()).isNull();
        assertThat(config.httpEnabled()).isTrue();
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.httpToken()).isNull();
        assertThat(config.maxFileBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(config.limits()).isEqualTo(StoryLimits.DEFAULTS);
        assertThat(config.dedupeCapacity()).isEqualTo(100_000);
        assertThat(config.publishTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.ingestHost()).isNotBlank();
    }

    @Test
    void shouldReadDeliverySettingsAndNeverShowTheToken() {
        IngestConfig config = IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_INGEST_DROP_DIR", dir.toString(),
                "DATELINE_INGEST_DROP_POLL", "200ms",
                "DATELINE_INGEST_HTTP_PORT", "-1",
                "DATELINE_INGEST_HTTP_TOKEN", "s3cret-token",
                "DATELINE_INGEST_MAX_BODY_CHARS", "100")));

        assertThat(config.dropDir()).isEqualTo(dir);
        assertThat(config.dropPoll()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.httpEnabled()).isFalse();
        assertThat(config.httpToken()).isEqualTo("s3cret-token");
        assertThat(config.limits().maxBodyChars()).isEqualTo(100);
        assertThat(config.toString()).doesNotContain("s3cret-token").contains("httpToken=****");
    }

    @Test
    void shouldRejectZeroPollNamingTheSetting() {
        assertThatThrownBy(() -> IngestConfig.from(ConfigSource.of(Map.of("DATELINE_INGEST_DROP_POLL", "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("DATELINE_INGEST_DROP_POLL");
    }

    @Test
    void shouldRejectMissingPathNamingTheSetting() {
        assertThatThrownBy(() -> IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_INGEST_PATHS", dir.resolve("missing").toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_INGEST_PATHS").hasMessageContaining("no such file or folder");
    }

    @Test
    void shouldRejectTooShortPublishTimeout() {
        assertThatThrownBy(() -> IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_INGEST_PATHS", dir.toString(), "DATELINE_INGEST_PUBLISH_TIMEOUT", "500ms"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DATELINE_INGEST_PUBLISH_TIMEOUT").hasMessageContaining("at least 1s");
    }

    @Test
    void shouldListEverySettingWithIngestPrefixAndDescription() {
        assertThat(IngestConfig.SETTINGS).extracting(Setting::name)
                .allMatch(name -> name.startsWith("DATELINE_INGEST_"))
                .contains("DATELINE_INGEST_PATHS");
        assertThat(IngestConfig.SETTINGS).allSatisfy(setting -> assertThat(setting.description()).isNotBlank());
    }
}
