package io.dateline.cli;

import io.dateline.enrich.EnrichConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.internals.Exit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * The raw limits of this machine on the bench's broker: Kafka's own producer performance tool, and a Kafka Streams
 * application that copies the raw-stories topic unchanged to another topic.
 */
final class BenchLimits {

    static final String PERF_TOPIC = "dateline.bench.producer-perf";
    static final String PASS_THROUGH_TOPIC = "dateline.bench.pass-through";

    /** ProducerPerformance's closing line: {@code N records sent, R records/sec (M MB/sec), ...}. */
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\), ([0-9.]+) ms avg latency");

    private BenchLimits() {
    }

    /**
     * @param records     how many were sent
     * @param perSecond   records per second over the run
     * @param mbPerSecond megabytes per second
     * @param avgLatency  the tool's mean send-to-acknowledgement latency in ms
     * @param settings    the producer settings used
     */
    record ProducerLimit(long records, double perSecond, double mbPerSecond, double avgLatency, String settings) {
    }

    /**
     * Runs {@code ProducerPerformance} in this JVM with {@code records} random payloads of {@code recordBytes} bytes
     * to a topic of {@code partitions} partitions, with the ingest publisher's producer settings (acks=all,
     * idempotent, lz4, linger 5 ms). The tool prints to standard output; that is captured and its closing line read.
     */
    static ProducerLimit producer(String bootstrap, long records, int recordBytes, int partitions)
            throws Exception {
        createTopic(bootstrap, PERF_TOPIC, partitions);
        List<String> settings = List.of("acks=all", "enable.idempotence=true", "compression.type=lz4",
                "linger.ms=5");
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--topic", PERF_TOPIC,
                "--num-records", Long.toString(records), "--record-size", Integer.toString(recordBytes),
                "--throughput", "-1", "--command-property"));
        args.addAll(settings);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("ProducerPerformance exited " + code + ": " + message);
        });
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ProducerPerformance.main(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
            Exit.resetExitProcedure();
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        MatchResult last = null;
        Matcher m = SUMMARY.matcher(output);
        while (m.find()) {
            last = m.toMatchResult();   // the periodic reports come first; the closing line covers the whole run
        }
        if (last == null) {
            throw new IllegalStateException("No summary from ProducerPerformance in: " + output);
        }
        return new ProducerLimit(Long.parseLong(last.group(1)), Double.parseDouble(last.group(2)),
                Double.parseDouble(last.group(3)), Double.parseDouble(last.group(4)), String.join(" ", settings));
    }

    /**
     * @param records       records copied
     * @param perSecond     from the first record read to the last one written (handed to the producer)
     * @param committedPerSecond from the first record read until the application's committed offsets reached the end
     * @param guarantee     the processing guarantee (the enrich service's)
     */
    record PassThroughLimit(long records, double perSecond, double committedPerSecond, String guarantee) {
    }

    /**
     * Copies everything on {@code sourceTopic} unchanged (bytes in, bytes out) to {@link #PASS_THROUGH_TOPIC} with a
     * Kafka Streams application configured as enrich is (guarantee, commit interval, threads), under an application
     * id of its own, and times it.
     */
    static PassThroughLimit passThrough(EnrichConfig enrich, String sourceTopic, int partitions, Path stateDir,
                                        Duration timeout) throws Exception {
        String bootstrap = enrich.kafka().bootstrapServers();
        createTopic(bootstrap, PASS_THROUGH_TOPIC, partitions);
        long total = endOffsets(bootstrap, sourceTopic);
        String applicationId = "dateline-bench-pass-through-" + System.currentTimeMillis();
        Properties props = enrich.streamsProperties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.remove(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        props.remove(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG);
        props.remove(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG);
        props.remove(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        AtomicLong count = new AtomicLong();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(sourceTopic, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .peek((k, v) -> {
                    long now = System.nanoTime();
                    first.compareAndSet(0, now);
                    last.set(now);
                    count.incrementAndGet();
                })
                .to(PASS_THROUGH_TOPIC, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        long deadline = System.nanoTime() + timeout.toNanos();
        long committedAt;
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props);
             Admin admin = admin(bootstrap)) {
            streams.start();
            while (true) {
                if (count.get() >= total && ConsumerLag.of(admin, applicationId, sourceTopic) == 0) {
                    committedAt = System.nanoTime();
                    break;
                }
                if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException("The pass-through application copied " + count.get() + " of "
                            + total + " records (state " + streams.state() + ")");
                }
                Thread.sleep(20);
            }
            streams.close(Duration.ofSeconds(30));
        }
        double seconds = Math.max(1e-9, (last.get() - first.get()) / 1e9);
        double committedSeconds = Math.max(1e-9, (committedAt - first.get()) / 1e9);
        return new PassThroughLimit(count.get(), count.get() / seconds, count.get() / committedSeconds,
                enrich.processingGuarantee());
    }

    static void createTopic(String bootstrap, String topic, int partitions) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            }
        }
    }

    private static long endOffsets(String bootstrap, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
