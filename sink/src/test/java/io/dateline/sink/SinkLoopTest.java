package io.dateline.sink;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.EnrichedStory;
import io.dateline.schemas.AvroSerde;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.sink.store.StoreException;
import io.dateline.sink.store.StoreStats;
import io.dateline.sink.store.StoredStory;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer loop against a mock consumer and producer and a real SQLite store that can be made to fail. */
class SinkLoopTest {

    private static final String TOPIC = "dateline.stories.enriched";
    private static final String DEAD_LETTERS = "dateline.deadletter";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final AvroSerde<EnrichedStory> SERDE = AvroSerde.singleObject(EnrichedStory.class);

    @TempDir
    Path directory;

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    private ScriptedStore store;
    private SinkLoop loop;

    @BeforeEach
    void setUp() {
        store = new ScriptedStore(StoryStores.open("jdbc:sqlite:" + directory.resolve("sink.db"), null, null));
        loop = new SinkLoop(consumer, store, new DeadLetters(producer, DEAD_LETTERS), SERDE, TOPIC,
                Duration.ofMillis(10), Duration.ofMillis(1), Duration.ofMillis(4));
        consumer.subscribe(List.of(TOPIC));
        consumer.rebalance(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void shouldStoreTheBatchThenCommitOffsetsPastIt() {
        add(P0, 0, story("s1", 1));
        add(P0, 1, story("s2", 1));
        add(P1, 0, story("s3", 1));

        loop.pollOnce();

        assertThat(store.count()).isEqualTo(3);
        assertThat(store.writes).isEqualTo(1);
        assertThat(consumer.committed(Set.of(P0, P1)))
                .containsEntry(P0, new OffsetAndMetadata(2))
                .containsEntry(P1, new OffsetAndMetadata(1));
    }

    @Test
    void shouldSendAnUndecodableRecordToDeadLettersAndStoreTheOthers() {
        byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);
        add(P0, 0, story("s1", 1));
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, "s2".getBytes(StandardCharsets.UTF_8), poison));
        add(P0, 2, story("s3", 1));

        loop.pollOnce();

        assertThat(store.count()).isEqualTo(2);
        assertThat(producer.history()).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo(DEAD_LETTERS);
            assertThat(letter.value()).isEqualTo(poison);
            assertThat(header(letter, DeadLetterHeaders.SERVICE)).isEqualTo("sink");
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
            assertThat(header(letter, DeadLetterHeaders.MESSAGE)).contains("Not an Avro record");
            assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).endsWith("SerializationException");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(TOPIC);
            assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
        });
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void shouldSendARecordWithoutValueToDeadLetters() {
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "s1".getBytes(StandardCharsets.UTF_8), null));

        loop.pollOnce();

        assertThat(producer.history()).singleElement()
                .satisfies(letter -> assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization"));
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(1));
    }

    @Test
    void shouldRetryTheSameBatchWhileTheDatabaseIsDownAndCommitOnlyAfterIt() {
        add(P0, 0, story("s1", 1));
        add(P1, 0, story("s2", 1));
        store.failNext = 3;
        List<Map<TopicPartition, OffsetAndMetadata>> committedWhileFailing = new ArrayList<>();
        store.beforeWrite = () -> committedWhileFailing.add(consumer.committed(Set.of(P0, P1)));

        loop.pollOnce();

        assertThat(store.writes).isEqualTo(4);
        assertThat(committedWhileFailing).hasSize(4).allSatisfy(committed -> assertThat(committed).isEmpty());
        assertThat(store.count()).isEqualTo(2);
        assertThat(consumer.committed(Set.of(P0, P1))).hasSize(2);
        assertThat(consumer.paused()).as("fetching resumed").isEmpty();
    }

    @Test
    void shouldPauseFetchingWhileTheDatabaseIsDown() {
        add(P0, 0, story("s1", 1));
        store.failNext = 1;
        List<Set<TopicPartition>> pausedOnRetry = new ArrayList<>();
        store.beforeWrite = () -> pausedOnRetry.add(Set.copyOf(consumer.paused()));

        loop.pollOnce();

        assertThat(pausedOnRetry).containsExactly(Set.of(), Set.of(P0, P1));
    }

    @Test
    void shouldLeaveTheRecordsOfALostPartitionToItsNewOwner() {
        add(P0, 0, story("s1", 1));
        add(P1, 0, story("s2", 1));
        store.failNext = 1;
        store.beforeWrite = () -> {
            if (store.failNext > 0) {
                consumer.rebalance(List.of(P1));
            }
        };

        loop.pollOnce();

        assertThat(store.find("s1")).isEmpty();
        assertThat(store.find("s2")).isPresent();
        assertThat(consumer.committed(Set.of(P0, P1))).containsOnlyKeys(P1);
    }

    @Test
    void shouldSendAStoryTheDatabaseRefusesToDeadLettersAndStoreTheOthers() {
        add(P0, 0, story("s1", 1));
        add(P0, 1, builder("s2", 1).setHeadline("refused").build());
        add(P0, 2, story("s3", 1));
        store.refusedHeadline = "refused";

        loop.pollOnce();

        assertThat(store.count()).isEqualTo(2);
        assertThat(store.find("s2")).isEmpty();
        assertThat(producer.history()).singleElement().satisfies(letter -> {
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("storage");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
            assertThat(SERDE.deserialize(TOPIC, letter.value()).getId()).isEqualTo("s2");
        });
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(3));
    }

    @Test
    void shouldStopWhenAskedAndCloseTheConsumer() {
        Thread thread = new Thread(loop, "sink-loop-test");
        thread.start();

        loop.stop();

        await().atMost(Duration.ofSeconds(10)).until(() -> !thread.isAlive());
        assertThat(consumer.closed()).isTrue();
        assertThat(loop.failed()).isFalse();
    }

    private void add(TopicPartition partition, long offset, EnrichedStory story) {
        consumer.addRecord(new ConsumerRecord<>(TOPIC, partition.partition(), offset,
                story.getId().getBytes(StandardCharsets.UTF_8), SERDE.serialize(TOPIC, story)));
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A real store that fails the next writes as a database outage would, or refuses one headline. */
    private static final class ScriptedStore implements StoryStore {
        private final StoryStore delegate;
        int writes;
        int failNext;
        String refusedHeadline;
        Runnable beforeWrite = () -> { };

        ScriptedStore(StoryStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public int write(Collection<EnrichedStory> stories) {
            writes++;
            beforeWrite.run();
            if (failNext > 0) {
                failNext--;
                throw new StoreException("database down", new SQLTransientConnectionException("refused"), true);
            }
            if (stories.stream().anyMatch(story -> story.getHeadline().equals(refusedHeadline))) {
                throw new StoreException("value too long", null, false);
            }
            return delegate.write(stories);
        }

        @Override
        public Optional<StoredStory> find(String id) {
            return delegate.find(id);
        }

        @Override
        public StoreStats stats() {
            return delegate.stats();
        }

        @Override
        public long count() {
            return delegate.count();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
