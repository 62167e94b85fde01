package io.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.RawStory;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.publish.Published;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ingest against a real broker: files in, RawStory records keyed by story id out. */
class IngestIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ParseContext CONTEXT =
            new ParseContext(Clock.fixed(Instant.parse("2026-01-16T08:00:00Z"), ZoneOffset.UTC), "it-host");

    @TempDir
    Path dir;

    @Test
    void shouldPublishEachStoryKeyedByItsIdAndDropTheSameVersionsSentAgain() throws IOException {
        // Given two wire files and a topic namespace of this test
        Files.writeString(dir.resolve("1.txt"), "Pier reopens\n\nVALLETTA, Jan 12, 2026 (AFP) - Officials met.\n");
        Files.writeString(dir.resolve("2.txt"),
                "Officials left.\r\n(Reporting by Ann Example; Editing by Bo Sample)\r\n");
        KafkaSettings settings = KafkaSettings.of(KAFKA.bootstrapServers(), KAFKA.uniquePrefix());
        IngestPipeline pipeline = IngestPipeline.create(CONTEXT, IngestPipeline.DEFAULT_MAX_FILE_BYTES);
        List<RawStory> expected = pipeline.read(List.of(dir)).stories();

        // When they are published twice
        IngestReport first;
        IngestReport second;
        try (StoryPublisher publisher = StoryPublisher.open(settings, TIMEOUT)) {
            first = pipeline.publish(List.of(dir), publisher);
            second = pipeline.publish(List.of(dir), publisher);
        }

        // Then the broker acknowledged every story; the second time the same versions are reported as acknowledged
        // (under the same ids, partitions ack in any order) but dropped as duplicates instead of sent again
        assertThat(first.publishing().ok()).isTrue();
        assertThat(first.publishing().published()).extracting(Published::id, Published::version)
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(story -> tuple(story.getId(), story.getVersion())).toList());
        assertThat(second.publishing().published()).extracting(Published::id)
                .containsExactlyInAnyOrderElementsOf(
                        first.publishing().published().stream().map(Published::id).toList());
        assertThat(second.publishing().duplicates()).containsExactlyInAnyOrderElementsOf(
                first.publishing().published());

        // And the topic holds each once, keyed by id, with the content read from the files
        List<ConsumerRecord<String, RawStory>> records = consume(settings, 2);
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(record -> assertThat(record.key()).isEqualTo(record.value().getId()));
        assertThat(records.stream().map(ConsumerRecord::value).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).extracting(RawStory::getId)
                .satisfiesExactly(id -> assertThat(id).startsWith("afp:"), id -> assertThat(id).startsWith("reuters:"));
    }

    @Test
    void shouldBackfillConfiguredPathsWhenTheServiceStarts() throws IOException {
        // Given a folder with one story and one empty file
        Files.writeString(dir.resolve("story.txt"), "Ships left port.\nAssociated Press\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        String prefix = KAFKA.uniquePrefix();

        // When the service starts with them as DATELINE_INGEST_PATHS (no HTTP, no drop folder)
        try (IngestService service = IngestService.create(IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_INGEST_PATHS", dir.toString(),
                "DATELINE_INGEST_HTTP_PORT", "-1",
                "DATELINE_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers(),
                "DATELINE_TOPIC_PREFIX", prefix))), Clock.systemUTC())) {
            service.start();

            // Then it runs, and the story is on the topic (the empty file is reported, not fatal)
            assertThat(service.isRunning()).isTrue();
            assertThat(consume(KafkaSettings.of(KAFKA.bootstrapServers(), prefix), 1))
                    .singleElement().satisfies(record -> {
                        assertThat(record.value().getAgency()).isEqualTo("AP");
                        assertThat(record.value().getProvenance().getChannel()).isEqualTo("backfill");
                    });
        }
    }

    private static List<ConsumerRecord<String, RawStory>> consume(KafkaSettings settings, int count) {
        Topic<String, RawStory> topic = settings.topics().rawStories();
        Serdes serdes = settings.serdes();
        List<ConsumerRecord<String, RawStory>> records = new ArrayList<>();
        try (KafkaConsumer<String, RawStory> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.topicPrefix() + "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                serdes.key(topic).deserializer(), serdes.value(topic).deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }
}
