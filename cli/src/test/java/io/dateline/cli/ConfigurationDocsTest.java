package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.EnrichConfig;
import io.dateline.ingest.IngestConfig;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.ServiceMain;
import io.dateline.platform.Setting;
import io.dateline.sink.SinkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/configuration.md stays true to the code: every setting is there, with its default. */
class ConfigurationDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "configuration.md");

    static Stream<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(KafkaSettings.SETTINGS);
        all.add(ConfigSource.CONFIG_FILE);
        all.addAll(ServiceMain.SETTINGS);
        all.addAll(IngestConfig.SETTINGS);
        all.addAll(EnrichConfig.SETTINGS);
        all.addAll(SinkConfig.SETTINGS);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void shouldDocumentEverySettingWithItsDefault(Setting<?> setting) throws Exception {
        String row = Files.readAllLines(DOCS).stream()
                .filter(line -> line.startsWith("| `" + setting.name() + "` |"))
                .findFirst().orElse(null);

        assertThat(row).as("a table row for %s in %s", setting.name(), DOCS).isNotNull();
        String documentedDefault = row.split("\\|")[2].trim();
        String expected = setting.defaultText() == null ? "—"
                : setting.defaultText().isEmpty() ? "(empty)" : "`" + setting.defaultText() + "`";
        assertThat(documentedDefault).as("default of %s", setting.name()).isEqualTo(expected);
    }
}
