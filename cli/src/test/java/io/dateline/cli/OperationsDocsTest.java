package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.schemas.Topic;
import io.dateline.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The topics table of docs/operations.md stays true to the catalogue: partitions, cleanup policy, retention. */
class OperationsDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "operations.md");

    static Stream<Topic<?, ?>> topics() {
        return Topics.withPrefix("").all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void shouldDocumentEveryTopicWithItsSettings(Topic<?, ?> topic) throws Exception {
        String row = Files.readAllLines(DOCS).stream()
                .filter(line -> line.startsWith("| `" + topic.name() + "` |"))
                .findFirst().orElse(null);

        assertThat(row).as("a row for %s in the topics table of %s", topic.name(), DOCS).isNotNull();
        String[] cells = row.split("(?<!\\\\)\\|");
        long days = Duration.ofMillis(Long.parseLong(topic.configs().get("retention.ms"))).toDays();
        String cleanup = topic.configs().get("cleanup.policy").replace(',', '+');
        assertThat(cells[4].trim()).as("partitions of %s", topic.name()).isEqualTo(String.valueOf(topic.partitions()));
        assertThat(cells[5].trim()).as("cleanup and retention of %s", topic.name()).isEqualTo(cleanup + ", " + days
                + " days");
    }
}
