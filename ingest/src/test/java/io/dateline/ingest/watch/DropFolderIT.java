package io.dateline.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.RawStory;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.ingest.read.StoryReader;
import io.dateline.platform.KafkaSettings;
import io.dateline.schemas.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder against a real broker: files move only after Kafka acknowledged, and a crash loses nothing. */
class DropFolderIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String MESSAGE = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>"
            + item("urn:drop:1", "One.") + item("urn:drop:2", "Two.") + item("urn:drop:3", "Three.")
            + "</itemSet></newsMessage>";

    @TempDir
    Path dir;

    private static String item(String guid, String text) {
        return "<newsItem guid=\"" + guid + "\" version=\"1\"><catalogRef href=\"c\"/><itemMeta>"
                + "<itemClass qcode=\"ninat:text\"/><provider qcode=\"nprov:AFP\"/><versionCreated>"
                + "2026-01-12T10:00:00Z</versionCreated></itemMeta><contentMeta><headline>" + text
                + "</headline></contentMeta></newsItem>";
    }

    private DropFolderWatcher watcher(KafkaSettings settings, StoryPublisher publisher, Consumer<Path> beforeMove)
            throws IOException {
        return new DropFolderWatcher(new DropFolder(dir), new StoryReader(WireFormats.parser(Parsing.CONTEXT),
                "watch", 1 << 20), publisher, () -> true, IngestMetrics.inMemory(), Duration.ofMillis(100),
                Duration.ZERO, TIMEOUT, outcome -> { }, beforeMove);
    }

    @Test
    void shouldMoveGoodFilesToProcessedAndBadOnesToRejectedWithAReason() throws IOException {
        KafkaSettings settings = KafkaSettings.of(KAFKA.bootstrapServers(), KAFKA.uniquePrefix());
        Files.writeString(dir.resolve("good.xml"), MESSAGE);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("mixed.json"), "[{\"uri\": \"urn:drop:4\", \"headlines\": [{\"value\": \"Four\"}]},"
                + " {\"uri\": \"urn:drop:5\", \"urgency\": 42}]");

        List<DropOutcome> outcomes;
        try (StoryPublisher publisher = StoryPublisher.open(settings, TIMEOUT);
             DropFolderWatcher watcher = watcher(settings, publisher, file -> { })) {
            outcomes = watcher.pollOnce();
        }

        assertThat(outcomes).hasSize(3);
        assertThat(dir.resolve("processed/good.xml")).exists();
        assertThat(dir.resolve("rejected/empty.txt")).exists();
        assertThat(dir.resolve("rejected/empty.txt.reason.txt")).content().contains("reason: empty: empty file");
        assertThat(dir.resolve("rejected/mixed.json.reason.txt")).content()
                .contains("reason: invalid: item 1: not valid ninjs 3.x: urgency 42 is not a whole number from 1 to 9")
                .contains("published: urn:drop:4");
        assertThat(Files.list(dir).filter(Files::isRegularFile)).isEmpty();
        assertThat(consume(settings, 4)).extracting(RawStory::getId)
                .containsExactlyInAnyOrder("urn:drop:1", "urn:drop:2", "urn:drop:3", "urn:drop:4");
    }

    @Test
    void shouldResumeAFileAfterACrashBetweenAcknowledgementAndMoveWithTheSameIds() throws IOException {
        KafkaSettings settings = KafkaSettings.of(KAFKA.bootstrapServers(), KAFKA.uniquePrefix());
        Files.writeString(dir.resolve("message.xml"), MESSAGE);

        // Given an ingest that dies after Kafka acknowledged the stories but before the file moved
        try (StoryPublisher publisher = StoryPublisher.open(settings, TIMEOUT);
             DropFolderWatcher crashing = watcher(settings, publisher, file -> {
                 throw new IllegalStateException("killed before the move");
             })) {
            assertThatThrownBy(crashing::pollOnce).hasMessage("killed before the move");
        }
        assertThat(dir.resolve("message.xml")).exists();

        // When a new ingest (nothing remembered) starts on the same folder
        try (StoryPublisher publisher = StoryPublisher.open(settings, TIMEOUT);
             DropFolderWatcher restarted = watcher(settings, publisher, file -> { })) {
            assertThat(restarted.pollOnce()).singleElement().satisfies(o -> assertThat(o.processed()).isTrue());
        }

        // Then the file is processed, no story is lost, and the copies published twice carry the same ids
        assertThat(dir.resolve("processed/message.xml")).exists();
        List<RawStory> records = consume(settings, 6);
        assertThat(records).hasSize(6);
        assertThat(records.stream().map(RawStory::getId).distinct())
                .containsExactlyInAnyOrder("urn:drop:1", "urn:drop:2", "urn:drop:3");
        assertThat(records.stream().map(s -> s.getId() + "/" + s.getVersion() + "/" + s.getContentHash())
                .distinct()).hasSize(3);
    }

    private static List<RawStory> consume(KafkaSettings settings, int count) {
        Topic<String, RawStory> topic = settings.topics().rawStories();
        List<RawStory> records = new ArrayList<>();
        try (KafkaConsumer<String, RawStory> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.topicPrefix() + "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                settings.serdes().key(topic).deserializer(), settings.serdes().value(topic).deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> records.add(record.value()));
                return records.size() >= count;
            });
        }
        return records;
    }
}
