package io.dateline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.Entity;
import io.dateline.avro.RawStory;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.enrich.deadletter.DeadLetters;
import io.dateline.platform.ConfigSource;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import io.dateline.schemas.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service against a real broker: one broker for the class, its own topics and application id per test. */
class EnrichIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    void shouldPublishTheEnrichedStoryOfARawStory() {
        EnrichConfig config = config(KAFKA.uniquePrefix());
        Topics topics = config.topics();
        Serdes serdes = config.kafka().serdes();
        RawStory story = TestStories.story("it-story-1", "Kremlin offers mediation",
                "Russia spoke with Israel and Iran. Saudi Arabia, Qatar and Oman urged calm.",
                "MOSCOW, Jan 16, 2026 (Test Wire)");

        try (EnrichService service = EnrichService.create(config)) {
            service.start();
            await().atMost(TIMEOUT).until(service::isRunning);

            produce(topics.rawStories().name(), story.getId(), serdes.value(topics.rawStories())
                    .serializer().serialize(topics.rawStories().name(), story));

            List<ConsumerRecord<byte[], byte[]>> out = consumeUntilFound(config, topics.enrichedStories().name());
            Topic<String, EnrichedStory> enrichedTopic = topics.enrichedStories();
            Deserializer<EnrichedStory> deserializer = serdes.value(enrichedTopic).deserializer();
            EnrichedStory enriched = deserializer.deserialize(enrichedTopic.name(), out.get(0).value());
            assertThat(new String(out.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("it-story-1");
            // countries: what the story is about (the dateline's, and those acting); entities: every country named
            assertThat(enriched.getCountries()).startsWith("RUS").contains("SAU", "QAT", "OMN");
            assertThat(enriched.getEntities()).extracting(Entity::getId)
                    .contains("org:kremlin", "country:RUS", "country:ISR", "country:IRN", "country:OMN");
            assertThat(enriched.getBody()).isEqualTo(story.getBody());
        }
    }

    @Test
    void shouldPublishTheEscalationWindowsOfAStorysEvents() {
        EnrichConfig config = config(KAFKA.uniquePrefix());
        Topics topics = config.topics();
        Serdes serdes = config.kafka().serdes();
        RawStory story = TestStories.story("it-story-2", "Treaty row", "France accused Germany of breaking the treaty.",
                null);

        try (EnrichService service = EnrichService.create(config)) {
            service.start();
            await().atMost(TIMEOUT).until(service::isRunning);

            produce(topics.rawStories().name(), story.getId(), serdes.value(topics.rawStories())
                    .serializer().serialize(topics.rawStories().name(), story));

            // through the repartition topic, under exactly_once_v2: the hour or the day window of the dyad
            List<ConsumerRecord<byte[], byte[]>> out = consumeUntilFound(config, topics.escalation().name());
            Topic<String, EscalationWindow> escalation = topics.escalation();
            EscalationWindow window = serdes.value(escalation).deserializer()
                    .deserialize(escalation.name(), out.get(0).value());
            assertThat(new String(out.get(0).key(), StandardCharsets.UTF_8)).isIn(
                    "FRA|DEU|hour|" + Instant.parse("2026-01-16T10:00:00Z").toEpochMilli(),
                    "FRA|DEU|day|" + Instant.parse("2026-01-16T00:00:00Z").toEpochMilli());
            assertThat(window.getEvents()).isEqualTo(1);
            assertThat(window.getVerbalConflict()).isEqualTo(1);
        }
    }

    @Test
    void shouldDeadLetterBytesThatAreNotARawStoryWithAReason() {
        EnrichConfig config = config(KAFKA.uniquePrefix());
        Topics topics = config.topics();
        byte[] poison = "{\"not\": \"a raw story\"}".getBytes(StandardCharsets.UTF_8);

        try (EnrichService service = EnrichService.create(config)) {
            service.start();
            await().atMost(TIMEOUT).until(service::isRunning);

            produce(topics.rawStories().name(), "poison-1", poison);

            List<ConsumerRecord<byte[], byte[]>> dead = consumeUntilFound(config, topics.deadLetters().name());
            ConsumerRecord<byte[], byte[]> record = dead.get(0);
            assertThat(record.value()).isEqualTo(poison);
            assertThat(header(record, DeadLetterHeaders.REASON)).isEqualTo(DeadLetters.DESERIALIZATION);
            assertThat(header(record, DeadLetterHeaders.SERVICE)).isEqualTo(DeadLetters.SERVICE);
            assertThat(header(record, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.rawStories().name());
            assertThat(header(record, DeadLetterHeaders.MESSAGE)).contains("Not an Avro record");
            assertThat(service.isRunning()).isTrue();
            assertThat(service.metrics().count("dateline.enrich.dead.letters", "reason", DeadLetters.DESERIALIZATION))
                    .isEqualTo(1.0);
        }
    }

    /** Each kind of poison on the raw topic is dead-lettered with its reason, and the story after them is enriched. */
    @Test
    void shouldDeadLetterEachKindOfPoisonAndEnrichTheStoryAfterThem() {
        EnrichConfig config = config(KAFKA.uniquePrefix());
        Topics topics = config.topics();
        Serdes serdes = config.kafka().serdes();
        RawStory story = TestStories.story("it-after-poison", "Talks resume", "France and Germany met in Paris.", null);
        byte[] valid = serdes.value(topics.rawStories()).serializer().serialize(topics.rawStories().name(), story);
        Map<String, byte[]> poisons = new LinkedHashMap<>();
        poisons.put("unknown-fingerprint", new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 2, 'x'});
        poisons.put("unknown-schema-id", new byte[] {0x00, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 2, 'x'});
        poisons.put("truncated", Arrays.copyOf(valid, valid.length / 2));

        try (EnrichService service = EnrichService.create(config)) {
            service.start();
            await().atMost(TIMEOUT).until(service::isRunning);

            poisons.forEach((key, value) -> produce(topics.rawStories().name(), key, value));
            produce(topics.rawStories().name(), story.getId(), valid);

            List<ConsumerRecord<byte[], byte[]>> enriched = consumeUntilFound(config, topics.enrichedStories().name());
            assertThat(new String(enriched.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("it-after-poison");
            List<ConsumerRecord<byte[], byte[]>> dead = consumeUntil(config, topics.deadLetters().name(), 3);
            assertThat(dead).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                    .containsExactlyInAnyOrderElementsOf(poisons.keySet());
            assertThat(dead).allSatisfy(record -> {
                assertThat(record.value()).isEqualTo(poisons.get(new String(record.key(), StandardCharsets.UTF_8)));
                assertThat(header(record, DeadLetterHeaders.REASON)).isEqualTo(DeadLetters.DESERIALIZATION);
                assertThat(header(record, DeadLetterHeaders.MESSAGE)).isNotBlank();
                assertThat(header(record, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.rawStories().name());
            });
            assertThat(service.isRunning()).isTrue();
        }
    }

    /**
     * An enriched record over the producer's size limit: dead-lettered as {@code production}, the next one goes on —
     * under the default exactly_once_v2, where a send the producer refuses would fail the whole transaction (the size
     * is checked at serialisation, before the producer: RecordSizeLimit).
     */
    @Test
    void shouldDeadLetterAStoryWhoseEnrichedRecordIsTooLargeAndEnrichTheNextOne() {
        EnrichConfig config = config(KAFKA.uniquePrefix(), Map.of("KAFKA_MAX_REQUEST_SIZE", "60000"));
        assertThat(config.processingGuarantee()).isEqualTo("exactly_once_v2");
        Topics topics = config.topics();
        Serdes serdes = config.kafka().serdes();
        // about 20 KB raw, but every one of its 1,600 country names becomes a mention: well over 60 KB enriched
        RawStory huge = TestStories.story("it-oversized", "Talks", "France and Germany met. ".repeat(800), null);
        RawStory next = TestStories.story("it-after-oversized", "Talks resume", "France and Germany met.", null);

        try (EnrichService service = EnrichService.create(config)) {
            service.start();
            await().atMost(TIMEOUT).until(service::isRunning);

            for (RawStory story : List.of(huge, next)) {
                produce(topics.rawStories().name(), story.getId(), serdes.value(topics.rawStories())
                        .serializer().serialize(topics.rawStories().name(), story));
            }

            List<ConsumerRecord<byte[], byte[]>> enriched = consumeUntilFound(config, topics.enrichedStories().name());
            assertThat(enriched).extracting(record -> new String(record.key(), StandardCharsets.UTF_8))
                    .containsExactly("it-after-oversized");
            ConsumerRecord<byte[], byte[]> dead = consumeUntilFound(config, topics.deadLetters().name()).get(0);
            assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.rawStories().name());
            assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo(DeadLetters.PRODUCTION);
            assertThat(header(dead, DeadLetterHeaders.EXCEPTION)).endsWith("RecordTooLargeException");
            // the raw story as it came, under its key: what an operator replays once the limit is raised
            assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("it-oversized");
            assertThat(dead.value()).isEqualTo(serdes.value(topics.rawStories()).serializer()
                    .serialize(topics.rawStories().name(), huge));
            assertThat(service.isRunning()).isTrue();
        }
    }

    @Test
    void shouldReportReadyAndServeStreamsMetricsWhileRunning() throws Exception {
        try (EnrichService service = EnrichService.create(config(KAFKA.uniquePrefix()))) {
            service.start();
            String base = "http://127.0.0.1:" + service.opsPort().orElseThrow();
            HttpClient http = HttpClient.newHttpClient();

            await().atMost(TIMEOUT).until(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(metrics).contains("kafka_stream_").contains("dateline_enrich_stories_in_total");
        }
    }

    @Test
    void shouldStopOnCloseAndTolerateASecondClose() {
        EnrichService service = EnrichService.create(config(KAFKA.uniquePrefix()));
        service.start();
        await().atMost(TIMEOUT).until(service::isRunning);

        service.close();
        service.close();

        assertThat(service.isRunning()).isFalse();
    }

    private EnrichConfig config(String prefix) {
        return config(prefix, Map.of());
    }

    private EnrichConfig config(String prefix, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "DATELINE_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers(),
                "DATELINE_TOPIC_PREFIX", prefix,
                "DATELINE_ENRICH_APPLICATION_ID", prefix + "enrich",
                "DATELINE_ENRICH_STATE_DIR", stateDir.resolve(prefix).toString(),
                "DATELINE_ENRICH_COMMIT_INTERVAL", "100ms",
                "DATELINE_ENRICH_CLOSE_TIMEOUT", "10s",
                "DATELINE_ENRICH_HTTP_PORT", "0",
                "DATELINE_ENRICH_PROCESSING_GUARANTEE", "exactly_once_v2"));
        settings.putAll(extra);
        return EnrichConfig.from(ConfigSource.of(settings));
    }

    private static void produce(String topic, String key, byte[] value) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> consumeUntilFound(EnrichConfig config, String topic) {
        return consumeUntil(config, topic, 1);
    }

    private static List<ConsumerRecord<byte[], byte[]>> consumeUntil(EnrichConfig config, String topic, int count) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, config.applicationId() + "-verify",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // what the streams wrote counts only once its transaction committed (these tests run exactly_once_v2)
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
