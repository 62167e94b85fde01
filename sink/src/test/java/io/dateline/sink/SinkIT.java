package io.dateline.sink;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.story;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.PubStatus;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.platform.ConfigSource;
import io.dateline.schemas.AvroSerde;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.schemas.Topics;
import io.dateline.sink.store.StoreStats;
import io.dateline.sink.store.StoredStory;
import io.dateline.sink.store.StoryStatus;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink service end to end: enriched stories and escalation windows produced to a real broker end up in SQLite
 * and in PostgreSQL, what does not decode lands in the dead-letter topic, offsets are committed only once the rows
 * are, a replay by another group changes no table, and a cut database connection loses nothing. One broker for the
 * class; every test has its own topics, group and database.
 */
class SinkIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final AvroSerde<EnrichedStory> SERDE = AvroSerde.singleObject(EnrichedStory.class);
    private static final AvroSerde<EscalationWindow> WINDOW_SERDE = AvroSerde.singleObject(EscalationWindow.class);
    private static final Instant DAY = Instant.parse("2026-01-16T00:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Nested
    class OnSqlite extends Scenarios {

        @TempDir
        Path directory;

        @Override
        String dbUrl() {
            return "jdbc:sqlite:" + directory.resolve("dateline.db");
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(dbUrl());
        }

        @Override
        AutoCloseable holdWriteLock() throws SQLException {
            Connection connection = DriverManager.getConnection(dbUrl());
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
            }
            return () -> {
                try (connection; Statement statement = connection.createStatement()) {
                    statement.execute("ROLLBACK");
                }
            };
        }
    }

    @Nested
    class OnPostgres extends Scenarios {

        @RegisterExtension
        static final PostgresSchemaExtension POSTGRES = new PostgresSchemaExtension();

        @Override
        String dbUrl() {
            return POSTGRES.url();
        }

        @Override
        String dbUser() {
            return POSTGRES.user();
        }

        @Override
        Connection connect() throws SQLException {
            return POSTGRES.connect();
        }

        @Override
        AutoCloseable holdWriteLock() throws SQLException {
            Connection connection = POSTGRES.connect();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE stories IN EXCLUSIVE MODE");
            }
            return () -> {
                try (connection) {
                    connection.rollback();
                }
            };
        }

        @BeforeEach
        void emptyTables() throws SQLException {
            StoryStores.open(dbUrl(), dbUser(), null).close(); // creates the tables on first use
            try (Connection connection = POSTGRES.connect(); Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE stories, story_entities, story_countries, story_events,"
                        + " escalation_windows");
            }
        }

        @Test
        void shouldSendAStoryPostgresCannotHoldToDeadLettersAndStoreTheOthers() throws Exception {
            startSink();

            send(story("s1", 1));
            send(builder("s2", 1).setBody("a NUL \u0000 in the body").build());
            send(story("s3", 1));

            await().atMost(WAIT).until(() -> reader.count() == 2);
            ConsumerRecord<byte[], byte[]> letter = deadLetters(1).get(0);
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("storage");
            assertThat(SERDE.deserialize(topics.deadLetters().name(), letter.value()).getId()).isEqualTo("s2");
            assertThat(reader.find("s2")).isEmpty();
        }

        @Test
        void shouldStoreEveryRecordExactlyOnceWhenTheDatabaseConnectionIsCutMidStream() throws Exception {
            try (TcpProxy proxy = new TcpProxy(POSTGRES.host(), POSTGRES.port())) {
                sinkDbUrl = POSTGRES.urlThrough(proxy.port());
                startSink();
                for (int i = 0; i < 20; i++) {
                    send(story("s" + i, 1));
                }
                sendWindow(window("IRN", "USA", "day", DAY, 1.0, DAY.plusSeconds(60)).build());
                await().atMost(WAIT).until(() -> reader.count() == 20 && committedRecords() == 21 && sink.isReady());

                proxy.cut();
                for (int i = 20; i < 60; i++) {
                    send(story("s" + i, 1));
                }
                send(story("s0", 2));
                sendWindow(window("IRN", "USA", "day", DAY, 5.0, DAY.plusSeconds(120)).build());
                await().atMost(WAIT).until(() -> !sink.isReady());
                assertThat(sink.isRunning()).as("waiting for the database, not crashed").isTrue();
                assertThat(committedRecords()).as("nothing committed while the database is away").isEqualTo(21);
                assertThat(reader.count()).isEqualTo(20);

                proxy.restore();

                await().atMost(WAIT).until(() -> committedRecords() == 63 && sink.isReady());
                assertThat(reader.count()).isEqualTo(60);
                assertThat(reader.find("s0").map(StoredStory::version)).hasValue(2L);
                assertThat(count("SELECT COUNT(*) FROM story_entities")).isEqualTo(120);
                assertThat(count("SELECT COUNT(*) FROM story_events")).isEqualTo(120);
                assertThat(count("SELECT COUNT(*) FROM story_countries")).isEqualTo(120);
                assertThat(count("SELECT COUNT(*) FROM escalation_windows WHERE conflict_intensity = 5")).isEqualTo(1);
                assertThat(deadLetterCount()).isZero();
            }
        }
    }

    /** What the sink does on any database; subclasses say which. */
    abstract class Scenarios {

        String prefix;
        Topics topics;
        String groupId;
        SinkService sink;
        StoryStore reader;
        KafkaProducer<byte[], byte[]> producer;
        Admin admin;

        /** Set by a test to reach the database another way than the reader does (e.g. through a proxy). */
        String sinkDbUrl;

        abstract String dbUrl();

        String dbUser() {
            return null;
        }

        /** A plain connection to the database, for checksums and counts. */
        abstract Connection connect() throws SQLException;

        /** Holds a lock that makes the sink's next write wait until it is closed. */
        abstract AutoCloseable holdWriteLock() throws SQLException;

        @BeforeEach
        void setUpKafka() {
            prefix = KAFKA.uniquePrefix();
            topics = Topics.withPrefix(prefix);
            groupId = prefix + "sink";
            Map<String, Object> clients = Map.of("bootstrap.servers", KAFKA.bootstrapServers());
            producer = new KafkaProducer<>(clients, new ByteArraySerializer(), new ByteArraySerializer());
            admin = Admin.create(clients);
        }

        @AfterEach
        void tearDown() {
            if (sink != null) {
                sink.close();
            }
            if (reader != null) {
                reader.close();
            }
            producer.close();
            admin.close();
        }

        void startSink() {
            sink = sink(groupId);
            sink.start();
            reader = StoryStores.open(dbUrl(), dbUser(), null);
        }

        SinkService sink(String group) {
            Map<String, String> settings = new HashMap<>();
            settings.put("DATELINE_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers());
            settings.put("DATELINE_TOPIC_PREFIX", prefix);
            settings.put("DATELINE_SINK_GROUP_ID", group);
            settings.put("DATELINE_SINK_DB_URL", sinkDbUrl == null ? dbUrl() : sinkDbUrl);
            if (dbUser() != null) {
                settings.put("DATELINE_SINK_DB_USER", dbUser());
            }
            settings.put("DATELINE_SINK_POLL_TIMEOUT", "100ms");
            settings.put("DATELINE_SINK_RETRY_BACKOFF", "100ms");
            settings.put("DATELINE_SINK_RETRY_BACKOFF_MAX", "1s");
            settings.put("DATELINE_SINK_LINGER", "20ms");
            settings.put("DATELINE_SINK_HTTP_PORT", "0");
            return new SinkService(SinkConfig.from(ConfigSource.of(settings)));
        }

        @Test
        void shouldStoreEnrichedStoriesKeepingTheNewestVersionOfEach() throws Exception {
            startSink();

            send(story("s1", 1));
            send(story("s2", 1));
            send(builder("s1", 3).setCountries(List.of("GBR")).build());
            send(story("s1", 2));
            send(builder("s2", 2).setPubStatus(PubStatus.CANCELED).build());
            send(story("s3", 1));

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(reader.find("s1")).hasValue(new StoredStory("s1", 3, StoryStatus.ACTIVE,
                        "Headline of s1 v3", List.of("GBR"), 2));
                assertThat(reader.find("s2").map(StoredStory::status)).hasValue(StoryStatus.CANCELED);
                assertThat(reader.find("s3")).isPresent();
            });
            assertThat(reader.count()).isEqualTo(3);
            assertThat(reader.stats()).isEqualTo(new StoreStats(2, Map.of("GBR", 1L, "IRN", 1L, "USA", 1L)));
            assertThat(sink.isRunning()).isTrue();
        }

        @Test
        void shouldSendAPoisonRecordToDeadLettersAndStoreTheRecordsAfterIt() throws Exception {
            startSink();
            byte[] poison = new byte[64];
            new Random(42).nextBytes(poison);

            send(story("s1", 1));
            ProducerRecord<byte[], byte[]> bad = new ProducerRecord<>(topics.enrichedStories().name(),
                    key("s1"), poison);
            producer.send(bad).get();
            send(story("s1", 2));

            await().atMost(WAIT).until(() -> reader.find("s1").map(StoredStory::version).orElse(0L) == 2L);
            ConsumerRecord<byte[], byte[]> letter = deadLetters(1).get(0);
            assertThat(letter.value()).isEqualTo(poison);
            assertThat(header(letter, DeadLetterHeaders.SERVICE)).isEqualTo("sink");
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
            assertThat(header(letter, DeadLetterHeaders.MESSAGE)).isNotBlank();
            assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).endsWith("SerializationException");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.enrichedStories().name());
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
            await().atMost(WAIT).until(() -> committedRecords() == 3);
        }

        /** Avro framing with a schema nobody knows: a fingerprint, or a registry id without a registry. */
        @Test
        void shouldDeadLetterRecordsOfAnUnknownSchemaAndStoreTheRecordsAfterThem() throws Exception {
            startSink();
            byte[] unknownFingerprint = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 2, 'x'};
            byte[] unknownSchemaId = {0x00, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 2, 'x'};

            producer.send(new ProducerRecord<>(topics.enrichedStories().name(), key("s1"), unknownFingerprint)).get();
            producer.send(new ProducerRecord<>(topics.enrichedStories().name(), key("s1"), unknownSchemaId)).get();
            send(story("s1", 1));

            await().atMost(WAIT).until(() -> reader.find("s1").isPresent());
            assertThat(deadLetters(2)).extracting(ConsumerRecord::value)
                    .containsExactly(unknownFingerprint, unknownSchemaId);
            assertThat(deadLetters(2)).allSatisfy(letter -> {
                assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
                assertThat(header(letter, DeadLetterHeaders.MESSAGE)).isNotBlank();
            });
            assertThat(sink.isRunning()).isTrue();
        }

        @Test
        void shouldCommitOffsetsOnlyAfterTheRowsAreCommitted() throws Exception {
            startSink();
            send(story("s1", 1));
            await().atMost(WAIT).until(() -> reader.count() == 1 && committedRecords() == 1);

            AutoCloseable lock = holdWriteLock();
            try {
                send(story("s2", 1));

                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                        .until(() -> committedRecords() == 1 && reader.find("s2").isEmpty());
            } finally {
                lock.close();
            }

            await().atMost(WAIT).until(() -> reader.find("s2").isPresent() && committedRecords() == 2);
        }

        @Test
        void shouldCommitPastTheTransactionMarkersSoTheLagReachesZero() throws Exception {
            // Given: enrich's exactly-once output: records in transactions, each followed by a commit marker
            startSink();
            Map<String, Object> transactional = Map.of("bootstrap.servers", KAFKA.bootstrapServers(),
                    "transactional.id", prefix + "enrich-tx");
            try (KafkaProducer<byte[], byte[]> enrich = new KafkaProducer<>(transactional, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                enrich.initTransactions();
                for (int n = 0; n < 3; n++) {
                    enrich.beginTransaction();
                    EnrichedStory story = story("tx" + n, 1);
                    enrich.send(new ProducerRecord<>(topics.enrichedStories().name(), key(story.getId()),
                            SERDE.serialize(topics.enrichedStories().name(), story)));
                    enrich.commitTransaction();
                }
            }

            // Then: every story stored, and the group's committed offsets reach the end of the topic (markers included)
            await().atMost(WAIT).until(() -> reader.count() == 3);
            long end = endOffsets(topics.enrichedStories().name());
            assertThat(end).as("3 records and 3 markers").isEqualTo(6);
            await().atMost(WAIT).until(() -> committedRecords() == end);
        }

        @Test
        void shouldStoreTheLatestStateOfEachEscalationWindowAndDeadLetterWhatDoesNotDecode() throws Exception {
            startSink();

            sendWindow(window("IRN", "USA", "day", DAY, 1.0, DAY.plusSeconds(60)).build());
            sendWindow(window("IRN", "USA", "day", DAY, 2.0, DAY.plusSeconds(120)).build());
            producer.send(new ProducerRecord<>(topics.escalation().name(), key("IRN|USA"),
                    "not a window".getBytes(StandardCharsets.UTF_8))).get();
            sendWindow(window("ISR", "IRN", "hour", DAY, 7.0, DAY.plusSeconds(60)).build());

            await().atMost(WAIT).until(() -> committedRecords() == 4);
            assertThat(count("SELECT COUNT(*) FROM escalation_windows")).isEqualTo(2);
            assertThat(count("SELECT CAST(conflict_intensity AS INTEGER) FROM escalation_windows"
                    + " WHERE source = 'IRN'")).isEqualTo(2);
            ConsumerRecord<byte[], byte[]> letter = deadLetters(1).get(0);
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.escalation().name());
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isNotBlank();
        }

        @Test
        void shouldChangeNoTableWhenAnotherGroupReplaysBothTopicsFromTheStart() throws Exception {
            startSink();
            send(story("s1", 1));
            send(story("s2", 1));
            send(builder("s1", 3).setCountries(List.of("GBR")).build());
            send(story("s1", 2));
            send(builder("s2", 2).setPubStatus(PubStatus.CANCELED).build());
            send(story("s3", 1));
            send(story("s3", 1));
            sendWindow(window("IRN", "USA", "day", DAY, 1.0, DAY.plusSeconds(60)).build());
            sendWindow(window("IRN", "USA", "day", DAY, 3.0, DAY.plusSeconds(120)).build());
            await().atMost(WAIT).until(() -> committedRecords() == 9);
            Map<String, String> before = checksums();

            sink.close();
            sink = sink(groupId + "-replay");
            sink.start();

            await().atMost(WAIT).until(() -> committedRecords(groupId + "-replay") == 9);
            assertThat(checksums()).isEqualTo(before);
            assertThat(reader.find("s1").map(StoredStory::version)).hasValue(3L);
        }

        @Test
        void shouldBeReadyOnceItHasItsPartitionsAndNotAfterClose() {
            startSink();

            await().atMost(WAIT).until(() -> sink.isReady());

            sink.close();
            assertThat(sink.isReady()).isFalse();
        }

        @Test
        void shouldStopOnCloseAndAllowClosingTwice() {
            startSink();
            assertThat(sink.isRunning()).isTrue();

            sink.close();
            sink.close();

            assertThat(sink.isRunning()).isFalse();
        }

        void send(EnrichedStory story) throws ExecutionException, InterruptedException {
            producer.send(new ProducerRecord<>(topics.enrichedStories().name(), key(story.getId()),
                    SERDE.serialize(topics.enrichedStories().name(), story))).get();
        }

        void sendWindow(EscalationWindow window) throws ExecutionException, InterruptedException {
            String key = window.getSource() + "|" + window.getTarget() + "|" + window.getGranularity() + "|"
                    + window.getWindowStart().toEpochMilli();
            producer.send(new ProducerRecord<>(topics.escalation().name(), key(key),
                    WINDOW_SERDE.serialize(topics.escalation().name(), window))).get();
        }

        /** How many records of both topics the group has committed, over all partitions. */
        long committedRecords() throws ExecutionException, InterruptedException {
            return committedRecords(groupId);
        }

        long committedRecords(String group) throws ExecutionException, InterruptedException {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        }

        Map<String, String> checksums() throws SQLException {
            try (Connection connection = connect()) {
                return TableChecksums.of(connection);
            }
        }

        long count(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        /** The sum of the end offsets of {@code topic}'s partitions. */
        long endOffsets(String topic) throws ExecutionException, InterruptedException {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        }

        /** How many records the dead-letter topic holds now. */
        long deadLetterCount() throws ExecutionException, InterruptedException {
            TopicPartition partition = new TopicPartition(topics.deadLetters().name(), 0);
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
        }

        /** Waits for {@code count} dead letters and returns them. */
        List<ConsumerRecord<byte[], byte[]>> deadLetters(int count) {
            List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
            Map<String, Object> props = Map.of("bootstrap.servers", KAFKA.bootstrapServers());
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer())) {
                TopicPartition partition = new TopicPartition(topics.deadLetters().name(), 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                await().atMost(WAIT).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                    return letters.size() >= count;
                });
            }
            return letters;
        }
    }

    private static byte[] key(String id) {
        return id.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
