package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** The operator commands against a real broker: topics, tail and the dead-letter list and replay. */
class OperatorCommandsIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigSource env;
    private KafkaSettings settings;
    private Topics topics;
    private StringWriter out;

    @BeforeEach
    void prefix() {
        env = ConfigSource.of(Map.of(KafkaSettings.TOPIC_PREFIX.name(), KAFKA.uniquePrefix()));
        settings = KafkaSettings.from(env.with(Map.of(KafkaSettings.BOOTSTRAP_SERVERS.name(),
                KAFKA.bootstrapServers())));
        topics = settings.topics();
    }

    @Test
    void shouldCreateMissingTopicsThenReportThemAsDeclared() {
        assertThat(run(new TopicsCommand(env))).isZero();
        assertThat(out.toString()).contains(topics.rawStories().name()).contains("created");

        assertThat(run(new TopicsCommand(env))).isZero();
        assertThat(out.toString()).doesNotContain("created").contains("exists").contains("as declared");
    }

    @Test
    void shouldTailAvroRecordsAsJson() throws Exception {
        run(new TopicsCommand(env));
        produce(topics.rawStories().name(), "afp:1",
                settings.serdes().value(topics.rawStories()).serializer().serialize("t", story("afp:1")),
                new RecordHeaders());

        int code = run(new TailCommand(env), topics.rawStories().name(), "--from-beginning", "--to-end");

        assertThat(code).isZero();
        JsonNode line = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.path("id").asText()).isEqualTo("afp:1");
        assertThat(line.path("headline").asText()).isEqualTo("Ferry service resumes");
    }

    @Test
    void shouldListDeadLettersWithTheirReasonAndReplayThemToTheirSourceTopic() throws Exception {
        run(new TopicsCommand(env));
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "abc".getBytes(StandardCharsets.UTF_8));
        DeadLetterHeaders.write(headers, "enrich", DeadLetterHeaders.REASON_PROCESSING,
                new IllegalStateException("tagger failed"), topics.rawStories().name(), 0, 7);
        produce(topics.deadLetters().name(), "afp:2", "not avro".getBytes(StandardCharsets.UTF_8), headers);

        assertThat(run(new DlqCommand(env), "list")).isZero();
        JsonNode letter = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(letter.path("headers").path(DeadLetterHeaders.REASON).asText()).isEqualTo("processing");
        assertThat(letter.path("headers").path(DeadLetterHeaders.MESSAGE).asText()).isEqualTo("tagger failed");
        assertThat(letter.path("value").asText()).isEqualTo("not avro");

        assertThat(run(new DlqCommand(env), "replay", "--reason", "storage")).isZero();
        assertThat(out.toString()).contains("Replayed 0 dead letters");
        assertThat(run(new DlqCommand(env), "replay", "--reason", "processing")).isZero();
        assertThat(out.toString()).contains("Replayed 1 dead letters");

        run(new TailCommand(env), topics.rawStories().name(), "--from-beginning", "--to-end", "--envelope");
        JsonNode replayed = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(replayed.path("key").asText()).isEqualTo("afp:2");
        assertThat(replayed.path("value").asText()).isEqualTo("not avro");
        assertThat(replayed.path("headers").path("trace").asText()).isEqualTo("abc");
        assertThat(replayed.path("headers").has(DeadLetterHeaders.REASON)).isFalse();
    }

    private int run(Callable<Integer> command, String... args) {
        out = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = KAFKA.bootstrapServers();
        return line.execute(all);
    }

    private void produce(String topic, String key, byte[] value, RecordHeaders headers) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.clientProperties(Map.of()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key.getBytes(StandardCharsets.UTF_8), value, headers))
                    .get();
        }
    }

    private static RawStory story(String id) {
        return RawStory.newBuilder().setId(id).setHeadline("Ferry service resumes").setBody("Ferries sailed again.")
                .setFormat(InputFormat.PLAIN_TEXT).setReceived(Instant.parse("2026-03-01T10:00:00Z"))
                .setContentHash("h").build();
    }
}
