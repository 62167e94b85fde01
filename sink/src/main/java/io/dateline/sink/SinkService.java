package io.dateline.sink;

import io.dateline.platform.KafkaSettings;
import io.dateline.platform.Service;
import io.dateline.platform.TopicInitializer;
import io.dateline.platform.ops.HealthCheck;
import io.dateline.platform.ops.OpsServer;
import io.dateline.schemas.Topic;
import io.dateline.schemas.Topics;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import io.dateline.sink.web.Dashboard;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink service: enriched stories and escalation windows from Kafka into the story database ({@link StoryStore}),
 * at least once and idempotently. One consumer reads both topics and writes what one batch holds of each in one
 * transaction ({@link SinkLoop}). {@link #start()} creates missing topics, opens and migrates the database and starts
 * the loop on its own thread; {@link #close()} stops it, waits for the batch in hand, closes the store.
 * {@link #isReady()} says whether it is doing its work right now.
 */
public final class SinkService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final SinkConfig config;
    private StoryStore store;
    private Producer<byte[], byte[]> producer;
    private SinkLoop loop;
    private Thread thread;
    private OpsServer ops;
    private Dashboard dashboard;
    private boolean started;
    private boolean closed;

    public SinkService(SinkConfig config) {
        this.config = config;
    }

    @Override
    public synchronized void start() {
        if (closed || started) {
            throw new IllegalStateException("The sink service can be started once: it is " + (closed ? "closed"
                    : "running"));
        }
        started = true;
        KafkaSettings kafka = config.kafka();
        Topics topics = kafka.topics();
        if (kafka.createTopics()) {
            try (Admin admin = Admin.create(kafka.clientProperties(Map.of()))) {
                TopicInitializer.ensureTopics(admin, List.<Topic<?, ?>>of(topics.enrichedStories(),
                        topics.escalation(), topics.deadLetters()), kafka.replicationFactor());
            }
        }
        store = StoryStores.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        LOG.info("Sink writes to {}", store);
        producer = new KafkaProducer<>(producerProperties(kafka), new ByteArraySerializer(),
                new ByteArraySerializer());
        SinkTopics sinkTopics = new SinkTopics(topics.enrichedStories().name(),
                kafka.serdes().value(topics.enrichedStories()).deserializer(), topics.escalation().name(),
                kafka.serdes().value(topics.escalation()).deserializer());
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(kafka),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        loop = new SinkLoop(consumer, store, new DeadLetters(producer, topics.deadLetters().name()), sinkTopics,
                config, new SinkMetrics(registry));
        thread = new Thread(loop, "dateline-sink");
        thread.start();
        LOG.info("Sink consumes {} as group {}", sinkTopics.names(), config.groupId());
        ops = startOps(consumer, registry);
    }

    /**
     * /health/ready follows {@link #isReady()}; /metrics has the sink's own meters ({@link SinkMetrics}) and the
     * consumer's and dead-letter producer's metrics; the dashboard (/ and /api/) when it is on.
     */
    private OpsServer startOps(KafkaConsumer<byte[], byte[]> consumer, PrometheusMeterRegistry registry) {
        if (!config.ops().enabled()) {
            return null;
        }
        new KafkaClientMetrics(consumer).bindTo(registry);
        new KafkaClientMetrics(producer).bindTo(registry);
        OpsServer server = OpsServer.bind(config.ops().host(), config.ops().port(), registry, "sink")
                .readiness("sink", () -> isReady() ? HealthCheck.Status.up("partitions assigned, database reachable")
                        : HealthCheck.Status.down("not consuming: no partitions yet, or the database is failing"));
        if (config.dashboard()) {
            dashboard = Dashboard.open(config.dbUrl(), config.dbUser(), config.dbPassword());
            dashboard.register(server);
        }
        server.start();
        LOG.info("Sink health and metrics{} on port {}", dashboard == null ? "" : " and the dashboard", server.port());
        return server;
    }

    /** The port of the health and metrics endpoints, when they are on. */
    public synchronized OptionalInt opsPort() {
        return ops == null ? OptionalInt.empty() : OptionalInt.of(ops.port());
    }

    @Override
    public synchronized boolean isRunning() {
        return !closed && thread != null && thread.isAlive() && !loop.failed();
    }

    /**
     * Readiness: true while the service runs, its consumer has joined the group and received its partitions, and the
     * last write reached the database. False before that, after close, and while the database is failing (the sink
     * then holds its batch and retries); an idle sink learns of an outage at its next write.
     */
    public synchronized boolean isReady() {
        return isRunning() && loop.ready();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (loop != null) {
            loop.stop();
        }
        if (thread != null) {
            try {
                thread.join(config.shutdownTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("The sink consumer did not stop within {}", config.shutdownTimeout());
            }
        }
        if (producer != null) {
            producer.close(config.shutdownTimeout());
        }
        if (store != null) {
            store.close();
        }
        if (ops != null) {
            ops.close();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        LOG.info("Sink closed");
    }

    private Map<String, Object> consumerProperties(KafkaSettings kafka) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        defaults.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        defaults.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
        defaults.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Object> properties = kafka.clientProperties(defaults);
        // offsets are committed by the loop once the rows are stored, whatever the pass-through says
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return properties;
    }

    private static Map<String, Object> producerProperties(KafkaSettings kafka) {
        return kafka.clientProperties(Map.of(ProducerConfig.ACKS_CONFIG, "all"));
    }
}
