package io.dateline.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.WireInput;
import io.dateline.schemas.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class StoryPublisherTest {

    private static final ParseContext CONTEXT =
            new ParseContext(Clock.fixed(Instant.parse("2026-01-16T00:00:00Z"), ZoneOffset.UTC), "host");

    private final MockProducer<String, RawStory> producer = new MockProducer<>(false, null,
            new StringSerializer(), AvroSerde.singleObject(RawStory.class));
    private final StoryPublisher publisher = new StoryPublisher(producer, "t.raw", Duration.ofSeconds(1));

    private static RawStory story(String text) {
        return WireFormats.parser(CONTEXT)
                .parse(new WireInput("file", "x", text.getBytes(StandardCharsets.UTF_8))).stories().get(0);
    }

    @Test
    void shouldKeyEachRecordByStoryIdAndReportAcknowledgements() {
        RawStory first = story("Ships left port.\n");
        RawStory second = story("Ships came back.\n");

        PublishReport report = publisher.publish(List.of(first, second));

        assertThat(producer.history()).extracting(ProducerRecord::topic, ProducerRecord::key, ProducerRecord::value)
                .containsExactly(tuple("t.raw", first.getId(), first),
                        tuple("t.raw", second.getId(), second));
        assertThat(report.ok()).isTrue();
        assertThat(report.published()).extracting(Published::id, Published::version)
                .containsExactly(tuple(first.getId(), 1L),
                        tuple(second.getId(), 1L));
    }

    @Test
    void shouldReportRefusedRecordAndKeepGoing() {
        RawStory first = story("Ships left port.\n");
        RawStory second = story("Ships came back.\n");
        publisher.send(first);
        publisher.send(second);
        producer.errorNext(new RecordTooLargeException("too big"));

        PublishReport report = publisher.awaitAll();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo(first.getId());
            assertThat(failure.reason()).contains("too big");
        });
        assertThat(report.published()).extracting(Published::id).containsExactly(second.getId());
    }

    @Test
    void shouldStopSendingOnceClusterTimedOut() {
        publisher.send(story("Ships left port.\n"));
        producer.errorNext(new TimeoutException("Topic t.raw not present in metadata after 1000 ms."));

        assertThatThrownBy(() -> publisher.send(story("Ships came back.\n")))
                .isInstanceOf(KafkaException.class).hasMessageContaining("not present in metadata");
        assertThat(publisher.awaitAll().failures()).hasSize(1);
    }

    @Test
    void shouldStartNewReportAfterEachAwait() {
        publisher.publish(List.of(story("Ships left port.\n")));

        assertThat(publisher.awaitAll().publishedCount()).isZero();
    }

    @Test
    void shouldCloseOnceAndRefuseLaterSends() {
        publisher.close();
        publisher.close();

        assertThat(producer.closed()).isTrue();
        assertThatThrownBy(() -> publisher.send(story("Ships left port.\n"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldConfigureIdempotentProducerWithOneTimeout() {
        assertThat(ProducerProperties.defaults(Duration.ofSeconds(10)))
                .containsEntry("enable.idempotence", true)
                .containsEntry("acks", "all")
                .containsEntry("max.block.ms", 10_000)
                .containsEntry("delivery.timeout.ms", 10_000)
                .containsEntry("request.timeout.ms", 9_995);
    }

    @Test
    void shouldDropTheSameIdVersionAndContentSeenAgainAndCountIt() {
        IngestMetrics metrics = IngestMetrics.inMemory();
        MockProducer<String, RawStory> autoAck = new MockProducer<>(true, null, new StringSerializer(),
                AvroSerde.singleObject(RawStory.class));
        StoryPublisher deduping = new StoryPublisher(autoAck, "t.raw", Duration.ofSeconds(1),
                new DuplicateFilter(10), metrics);
        RawStory story = story("Ships left port.\n");
        RawStory changed = RawStory.newBuilder(story).setContentHash("other").build();

        PublishReport first = deduping.publish(List.of(story));
        PublishReport again = deduping.publish(List.of(story, changed));

        assertThat(autoAck.history()).extracting(ProducerRecord::value).containsExactly(story, changed);
        assertThat(first.duplicates()).isEmpty();
        assertThat(again.duplicates()).singleElement().isEqualTo(first.published().get(0));
        assertThat(again.published()).hasSize(2);
        assertThat(metrics.count("dateline.ingest.stories.duplicate")).isEqualTo(1.0);
        assertThat(metrics.count("dateline.ingest.stories.published")).isEqualTo(2.0);
    }

    @Test
    void shouldCountStoriesInAndOutByWireFormat() {
        // Given
        IngestMetrics metrics = IngestMetrics.inMemory();
        MockProducer<String, RawStory> autoAck = new MockProducer<>(true, null, new StringSerializer(),
                AvroSerde.singleObject(RawStory.class));
        StoryPublisher publisher = new StoryPublisher(autoAck, "t.raw", Duration.ofSeconds(1),
                new DuplicateFilter(10), metrics);
        RawStory plain = story("Ships left port.\n");
        RawStory ninjs = RawStory.newBuilder(plain).setId("ninjs-1").setFormat(InputFormat.NINJS).build();

        // When
        publisher.publish(List.of(plain, ninjs, plain));

        // Then: the duplicate came in but did not go out again
        assertThat(metrics.count("dateline.ingest.stories.in", "format", "plain_text")).isEqualTo(2.0);
        assertThat(metrics.count("dateline.ingest.stories.in", "format", "ninjs")).isEqualTo(1.0);
        assertThat(metrics.count("dateline.ingest.stories.published", "format", "plain_text")).isEqualTo(1.0);
        assertThat(metrics.count("dateline.ingest.stories.published", "format", "ninjs")).isEqualTo(1.0);
        assertThat(metrics.count("dateline.ingest.stories.published")).isEqualTo(2.0);
    }

    @Test
    void shouldForgetTheLeastRecentlySeenVersionBeyondTheCapacity() {
        DuplicateFilter filter = new DuplicateFilter(1);
        RawStory one = story("Ships left port.\n");
        RawStory two = story("Ships came back.\n");

        filter.acknowledged(one, new Published(one.getId(), 1, "t", 0, 0));
        filter.acknowledged(two, new Published(two.getId(), 1, "t", 0, 1));

        assertThat(filter.previous(one)).isEmpty();
        assertThat(filter.previous(two)).isPresent();
        assertThat(filter.size()).isEqualTo(1);
    }
}
