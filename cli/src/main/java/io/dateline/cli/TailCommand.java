package io.dateline.cli;

import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A topic's records -> JSON lines on stdout, Avro decoded in either encoding. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print a topic's records as JSON lines, Avro values decoded whichever encoding they use "
                + "(single-object, or the Confluent wire format with DATELINE_SCHEMA_REGISTRY_URL). Follows new "
                + "records until Ctrl-C unless --max or --to-end is given.")
final class TailCommand implements Callable<Integer> {

    @Mixin
    private ClusterOptions cluster;

    @Parameters(paramLabel = "TOPIC", description = "Topic name, e.g. dateline.stories.enriched.")
    private String topic;

    @Option(names = {"-b", "--from-beginning"}, description = "Start at the oldest record, not at the end.")
    private boolean fromBeginning;

    @Option(names = {"-n", "--max"}, paramLabel = "N", defaultValue = "-1",
            description = "Stop after N records.")
    private int max;

    @Option(names = {"-e", "--to-end"}, description = "Stop once caught up with the records there now.")
    private boolean toEnd;

    @Option(names = "--envelope",
            description = "Print topic, partition, offset, timestamp, key and headers around each value.")
    private boolean envelope;

    @Spec
    private CommandSpec spec;

    private final ConfigSource env;
    final AtomicBoolean stopping = new AtomicBoolean();

    TailCommand() {
        this(ConfigSource.fromEnvironment());
    }

    TailCommand(ConfigSource env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        KafkaSettings settings = cluster.settings(env);
        RecordJson json = new RecordJson(settings.topics(), settings.serdes());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping.set(true), "dateline-tail-shutdown"));
        try (TopicReader reader = new TopicReader(settings, topic, fromBeginning)) {
            Consumer<ConsumerRecord<byte[], byte[]>> print = record -> {
                out.println(envelope ? json.envelope(record, topic) : json.value(topic, record.value()));
                out.flush();
            };
            if (toEnd) {
                reader.readToEnd(max, print);
            } else {
                reader.follow(max, stopping, print);
            }
        }
        return ExitCodes.OK;
    }
}
