package io.dateline.sink;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.story;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.platform.ConfigSource;
import io.dateline.schemas.AvroSerde;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.sink.store.StoreException;
import io.dateline.sink.store.StoreStats;
import io.dateline.sink.store.StoredStory;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
    private static final String ESCALATION = "dateline.escalation";
    private static final String DEAD_LETTERS = "dateline.deadletter";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final TopicPartition W0 = new TopicPartition(ESCALATION, 0);
    private static final AvroSerde<EnrichedStory> SERDE = AvroSerde.singleObject(EnrichedStory.class);
    private static final AvroSerde<EscalationWindow> WINDOWS = AvroSerde.singleObject(EscalationWindow.class);
    private static final Instant DAY = Instant.parse("2026-01-16T00:00:00Z");

    @TempDir
    Path directory;

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
            new ByteArraySerializer());
    private ScriptedStore store;
    private SinkLoop loop;
    private final SinkMetrics metrics = SinkMetrics.inMemory();

    @BeforeEach
    void setUp() {
        store = new ScriptedStore(StoryStores.open("jdbc:sqlite:" + directory.resolve("sink.db"), null, null));
        loop = loop(Map.of());
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L, W0, 0L));
    }

    /** A loop with short waits and the default batch size, changed by {@code settings}; subscribed, not assigned. */
    private SinkLoop loop(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("DATELINE_SINK_POLL_TIMEOUT", "10ms",
                "DATELINE_SINK_LINGER", "0ms", "DATELINE_SINK_RETRY_BACKOFF", "1ms",
                "DATELINE_SINK_RETRY_BACKOFF_MAX", "4ms"));
        all.putAll(settings);
        SinkLoop created = new SinkLoop(consumer, store, new DeadLetters(producer, DEAD_LETTERS),
                new SinkTopics(TOPIC, SERDE, ESCALATION, WINDOWS), SinkConfig.from(ConfigSource.of(all)), metrics);
        created.subscribe();
        return created;
    }

    private void assign() {
        consumer.rebalance(List.of(P0, P1, W0));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void shouldStoreTheBatchThenCommitOffsetsPastIt() {
        assign();
        add(P0, 0, story("s1", 1));
        add(P0, 1, story("s2", 1));
        add(P1, 0, story("s3", 1));

        loop.pollOnce();

        assertThat(store.count()).isEqualTo(3);
        assertThat(store.writes).isEqualTo(1);
        assertThat(consumer.committed(Set.of(P0, P1)))
                .containsEntry(P0, new OffsetAndMetadata(2))
                .containsEntry(P1, new OffsetAndMetadata(1));
        assertThat(metrics.registry().get("dateline.sink.records").tag("kind", "stories").counter().count())
                .isEqualTo(3);
        assertThat(metrics.registry().get("dateline.sink.stories.changed").counter().count()).isEqualTo(3);
        assertThat(metrics.registry().get("dateline.sink.batch").timer().count()).isEqualTo(1);
    }

    @Test
    void shouldSendAnUndecodableRecordToDeadLettersAndStoreTheOthers() {
        assign();
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
        assertThat(metrics.registry().get("dateline.sink.dead.letters").tag("reason", "deserialization").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void shouldSendARecordWithoutValueToDeadLetters() {
        assign();
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "s1".getBytes(StandardCharsets.UTF_8), null));

        loop.pollOnce();

        assertThat(producer.history()).singleElement()
                .satisfies(letter -> assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization"));
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(1));
    }

    @Test
    void shouldRetryTheSameBatchWhileTheDatabaseIsDownAndCommitOnlyAfterIt() {
        assign();
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
        assign();
        add(P0, 0, story("s1", 1));
        store.failNext = 1;
        List<Set<TopicPartition>> pausedOnRetry = new ArrayList<>();
        store.beforeWrite = () -> pausedOnRetry.add(Set.copyOf(consumer.paused()));

        loop.pollOnce();

        assertThat(pausedOnRetry).containsExactly(Set.of(), Set.of(P0, P1, W0));
    }

    @Test
    void shouldLeaveTheRecordsOfALostPartitionToItsNewOwner() {
        assign();
        add(P0, 0, story("s1", 1));
        add(P1, 0, story("s2", 1));
        store.failNext = 1;
        store.beforeWrite = () -> {
            if (store.failNext > 0) {
                consumer.rebalance(List.of(P1, W0));
            }
        };

        loop.pollOnce();

        assertThat(store.find("s1")).isEmpty();
        assertThat(store.find("s2")).isPresent();
        assertThat(consumer.committed(Set.of(P0, P1))).containsOnlyKeys(P1);
    }

    @Test
    void shouldSendAStoryTheDatabaseRefusesToDeadLettersAndStoreTheOthers() {
        assign();
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
    void shouldWriteTheEscalationWindowsOfABatchWithItsStories() throws SQLException {
        assign();
        add(P0, 0, story("s1", 1));
        addWindow(0, window("IRN", "USA", "day", DAY, 4.0, DAY).build());
        addWindow(1, window("IRN", "USA", "day", DAY, 6.0, DAY.plusSeconds(60)).build());

        loop.pollOnce();

        assertThat(store.writes).isEqualTo(1);
        assertThat(store.count()).isEqualTo(1);
        assertThat(storedConflictIntensity()).isEqualTo(6.0);
        assertThat(consumer.committed(Set.of(P0, W0)))
                .containsEntry(P0, new OffsetAndMetadata(1))
                .containsEntry(W0, new OffsetAndMetadata(2));
    }

    @Test
    void shouldSendAnUndecodableWindowToDeadLettersAndStoreTheOthers() throws SQLException {
        assign();
        consumer.addRecord(new ConsumerRecord<>(ESCALATION, 0, 0, "IRN|USA".getBytes(StandardCharsets.UTF_8),
                SERDE.serialize(TOPIC, story("not-a-window", 1))));
        addWindow(1, window("IRN", "USA", "day", DAY, 4.0, DAY).build());

        loop.pollOnce();

        assertThat(storedConflictIntensity()).isEqualTo(4.0);
        assertThat(producer.history()).singleElement().satisfies(letter -> {
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(ESCALATION);
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
        });
        assertThat(consumer.committed(Set.of(W0))).containsEntry(W0, new OffsetAndMetadata(2));
    }

    @Test
    void shouldSendAWindowTheDatabaseRefusesToDeadLettersAndStoreTheRest() throws SQLException {
        assign();
        add(P0, 0, story("s1", 1));
        addWindow(0, window("IRN", "USA", "week", DAY, 9.0, DAY).build());
        addWindow(1, window("IRN", "USA", "day", DAY, 4.0, DAY).build());

        loop.pollOnce();

        assertThat(store.count()).isEqualTo(1);
        assertThat(storedConflictIntensity()).isEqualTo(4.0);
        assertThat(producer.history()).singleElement().satisfies(letter -> {
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("storage");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(ESCALATION);
            assertThat(header(letter, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).isNotBlank();
            assertThat(WINDOWS.deserialize(ESCALATION, letter.value()).getGranularity()).isEqualTo("week");
        });
        assertThat(consumer.committed(Set.of(P0, W0))).containsEntry(W0, new OffsetAndMetadata(2));
    }

    @Test
    void shouldWriteAtMostTheBatchSizeAndKeepTheRestForTheNextBatch() {
        loop = loop(Map.of("DATELINE_SINK_BATCH_SIZE", "2"));
        assign();
        for (int offset = 0; offset < 5; offset++) {
            add(P0, offset, story("s" + offset, 1));
        }
        List<Integer> batches = new ArrayList<>();
        store.sizes = batches;

        loop.pollOnce();
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(2));
        loop.pollOnce();
        loop.pollOnce();

        assertThat(batches).containsExactly(2, 2, 1);
        assertThat(store.count()).isEqualTo(5);
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(5));
    }

    @Test
    void shouldLingerToFillABatchFromSeveralPolls() {
        loop = loop(Map.of("DATELINE_SINK_BATCH_SIZE", "3", "DATELINE_SINK_LINGER", "1m"));
        assign();
        add(P0, 0, story("s1", 1));
        consumer.schedulePollTask(() -> { });
        consumer.schedulePollTask(() -> add(P0, 1, story("s2", 1)));
        consumer.schedulePollTask(() -> add(P1, 0, story("s3", 1)));
        List<Integer> batches = new ArrayList<>();
        store.sizes = batches;

        loop.pollOnce();

        assertThat(batches).as("one write, filled by three polls within the linger").containsExactly(3);
    }

    @Test
    void shouldWriteWhatOnePollReturnedWithoutLinger() {
        assign();
        add(P0, 0, story("s1", 1));
        consumer.schedulePollTask(() -> { });
        consumer.schedulePollTask(() -> add(P0, 1, story("s2", 1)));
        List<Integer> batches = new ArrayList<>();
        store.sizes = batches;

        loop.pollOnce();

        assertThat(batches).containsExactly(1);
    }

    @Test
    void shouldBeReadyOnlyOnceItsPartitionsAreAssigned() {
        assertThat(loop.ready()).isFalse();

        assign();

        assertThat(loop.ready()).isTrue();
    }

    @Test
    void shouldReportNotReadyWhileTheDatabaseFailsAndReadyOnceItWritesAgain() {
        assign();
        add(P0, 0, story("s1", 1));
        store.failNext = 2;
        List<Boolean> readyOnRetry = new ArrayList<>();
        store.beforeWrite = () -> readyOnRetry.add(loop.ready());

        loop.pollOnce();

        assertThat(readyOnRetry).containsExactly(true, false, false);
        assertThat(loop.ready()).isTrue();
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

    private void addWindow(long offset, EscalationWindow window) {
        consumer.addRecord(new ConsumerRecord<>(ESCALATION, 0, offset,
                (window.getSource() + "|" + window.getTarget()).getBytes(StandardCharsets.UTF_8),
                WINDOWS.serialize(ESCALATION, window)));
    }

    private double storedConflictIntensity() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("sink.db"));
             Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT conflict_intensity FROM escalation_windows")) {
            assertThat(row.next()).as("a stored window").isTrue();
            return row.getDouble(1);
        }
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
        List<Integer> sizes = new ArrayList<>();
        Runnable beforeWrite = () -> { };

        ScriptedStore(StoryStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public int write(Collection<EnrichedStory> stories, Collection<EscalationWindow> windows) {
            writes++;
            sizes.add(stories.size() + windows.size());
            beforeWrite.run();
            if (failNext > 0) {
                failNext--;
                throw new StoreException("database down", new SQLTransientConnectionException("refused"), true);
            }
            if (stories.stream().anyMatch(story -> story.getHeadline().equals(refusedHeadline))) {
                throw new StoreException("value too long", null, false);
            }
            return delegate.write(stories, windows);
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
