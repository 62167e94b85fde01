package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.schemas.AvroSerde;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.schemas.InMemoryRegistry;
import io.dateline.schemas.SchemaRegistryClient;
import io.dateline.schemas.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What docs/operations.md tells operators about kcat holds against a real broker: keys and the dead-letter headers
 * are readable, values carry the Confluent framing (magic byte 0, the registry's schema id) with a registry, and
 * where kcat is built with Avro support, {@code -s value=avro -r URL} decodes them. Skipped without kcat.
 */
class KcatIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static InMemoryRegistry registry;

    @BeforeAll
    static void requireKcat() throws Exception {
        Assumptions.assumeTrue(kcatVersion() != null, "kcat is not installed (apt-get install kcat); skipping");
        registry = new InMemoryRegistry();
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void shouldShowKeysAndDeadLetterHeaders() throws Exception {
        Topics topics = Topics.withPrefix(KAFKA.uniquePrefix());
        String dlq = topics.deadLetters().name();
        createTopic(dlq);
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.write(headers, "sink", DeadLetterHeaders.REASON_DESERIALIZATION,
                new IllegalArgumentException("Not an Avro record"), topics.enrichedStories().name(), 1, 42);
        produce(dlq, "afp:9", "junk".getBytes(StandardCharsets.UTF_8), headers);

        String shown = new String(kcat("-t", dlq, "-f", "%k|%h|%s\\n"), StandardCharsets.UTF_8);

        assertThat(shown).startsWith("afp:9|").contains("dateline.error.reason=deserialization")
                .contains("dateline.source.offset=42").endsWith("|junk\n");
    }

    @Test
    void shouldCarryTheConfluentFramingThatAvroAwareToolsDecode() throws Exception {
        String topic = Topics.withPrefix(KAFKA.uniquePrefix()).rawStories().name();
        createTopic(topic);
        AvroSerde<RawStory> serde = new AvroSerde<>(RawStory.class, new SchemaRegistryClient(registry.url(), null));
        RawStory story = RawStory.newBuilder().setId("afp:7").setHeadline("Border talks resume")
                .setBody("Delegations met on Monday.").setFormat(InputFormat.PLAIN_TEXT)
                .setReceived(Instant.parse("2026-02-01T08:00:00Z")).setContentHash("h").build();
        produce(topic, "afp:7", serde.serialize(topic, story), new RecordHeaders());

        byte[] value = kcat("-t", topic, "-f", "%s");

        assertThat(value[0]).isZero();
        assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(1);
        assertThat(serde.deserialize(topic, value)).isEqualTo(story);
        if (kcatVersion().toLowerCase(java.util.Locale.ROOT).contains("avro")) {
            String decoded = new String(kcat("-t", topic, "-s", "value=avro", "-r", registry.url().toString(),
                    "-f", "%s\\n"), StandardCharsets.UTF_8);
            assertThat(decoded).contains("\"id\": \"afp:7\"");
        }
    }

    private static byte[] kcat(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("kcat", "-b", KAFKA.bootstrapServers(), "-C", "-e", "-q"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = readAll(process.getInputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kcat finished").isTrue();
        assertThat(process.exitValue()).as("kcat exit code").isZero();
        return out;
    }

    private static String kcatVersion() {
        try {
            Process process = new ProcessBuilder("kcat", "-V").redirectErrorStream(true).start();
            String text = new String(readAll(process.getInputStream()), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static void createTopic(String name) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
    }

    private static void produce(String topic, String key, byte[] value, RecordHeaders headers) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", KAFKA.bootstrapServers()), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key.getBytes(StandardCharsets.UTF_8), value, headers))
                    .get();
        }
    }
}
