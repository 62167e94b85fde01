package io.dateline.cli;

import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.schemas.DeadLetterHeaders;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The dead-letter topic for operators: {@code list} prints each dead letter with why it failed and where it came
 * from; {@code replay} sends dead letters back to the topic they were read from (once the cause is fixed), with their
 * key, value and own headers, so the service that gave up on them tries again.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "List the dead-letter topic, or replay dead letters to the topics they came from.")
final class DlqCommand implements Callable<Integer> {

    /** What to do. */
    enum Action { list, replay }

    @Mixin
    private ClusterOptions cluster;

    @Parameters(paramLabel = "ACTION", description = "list or replay.")
    private Action action;

    @Option(names = "--reason", paramLabel = "REASON",
            description = "Only dead letters with this reason (deserialization, processing, production, storage).")
    private String reason;

    @Option(names = "--from-offset", paramLabel = "N", defaultValue = "0",
            description = "Skip dead letters before this offset (default: ${DEFAULT-VALUE}).")
    private long fromOffset;

    @Option(names = {"-n", "--max"}, paramLabel = "N", defaultValue = "-1", description = "At most N dead letters.")
    private int max;

    @Spec
    private CommandSpec spec;

    private final ConfigSource env;

    DlqCommand() {
        this(ConfigSource.fromEnvironment());
    }

    DlqCommand(ConfigSource env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        KafkaSettings settings = cluster.settings(env);
        String topic = settings.topics().deadLetters().name();
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (TopicReader reader = new TopicReader(settings, topic, true)) {
            reader.readToEnd(-1, record -> {
                if (record.offset() >= fromOffset && matches(record) && (max < 0 || letters.size() < max)) {
                    letters.add(record);
                }
            });
        }
        if (action == Action.list) {
            RecordJson json = new RecordJson(settings.topics(), settings.serdes());
            letters.forEach(record -> out.println(json.envelope(record, header(record.headers(),
                    DeadLetterHeaders.SOURCE_TOPIC))));
            out.flush();
            return ExitCodes.OK;
        }
        int replayed = replay(settings, letters);
        out.println("Replayed " + replayed + " dead letters from " + topic + ".");
        out.flush();
        return replayed == letters.size() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private boolean matches(ConsumerRecord<byte[], byte[]> record) {
        return reason == null || reason.equals(header(record.headers(), DeadLetterHeaders.REASON));
    }

    private int replay(KafkaSettings settings, List<ConsumerRecord<byte[], byte[]>> letters)
            throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int replayed = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.clientProperties(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "dateline-dlq-replay", ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> letter : letters) {
                String source = header(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC);
                if (source == null) {
                    err.println("dateline dlq: offset " + letter.offset() + " names no source topic; skipped");
                    continue;
                }
                sent.add(producer.send(new ProducerRecord<>(source, null, letter.key(), letter.value(),
                        originalHeaders(letter.headers()))));
            }
            producer.flush();
            for (Future<RecordMetadata> future : sent) {
                try {
                    future.get();
                    replayed++;
                } catch (ExecutionException e) {
                    err.println("dateline dlq: not replayed: " + e.getCause().getMessage());
                }
            }
        }
        return replayed;
    }

    /** The headers the record had before it became a dead letter (ours and Streams' error headers removed). */
    private static Headers originalHeaders(Headers headers) {
        RecordHeaders original = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith("dateline.error.") && !header.key().startsWith("dateline.source.")
                    && !header.key().startsWith("__streams.errors.")) {
                original.add(header);
            }
        }
        return original;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
