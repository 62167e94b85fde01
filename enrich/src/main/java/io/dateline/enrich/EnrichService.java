package io.dateline.enrich;

import io.dateline.enrich.deadletter.RecordSizeLimit;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.Service;
import io.dateline.platform.TopicInitializer;
import io.dateline.platform.ops.HealthCheck;
import io.dateline.platform.ops.OpsServer;
import io.dateline.platform.ops.OpsSettings;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich service: {@link EnrichTopology} run by Kafka Streams. Start creates the catalogue's missing topics (when
 * {@code DATELINE_CREATE_TOPICS}), logs the topology, and starts the streams with a state listener and an uncaught
 * exception handler that replaces a failed thread. Its counters ({@link EnrichMetrics}) and the Streams metrics are
 * served on /metrics. Close is idempotent and waits at most the configured timeout. Local state is never wiped on a
 * normal start.
 */
public final class EnrichService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final EnrichConfig config;
    private final Enricher enricher;
    private final Object lock = new Object();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final EnrichMetrics metrics = new EnrichMetrics(registry);
    private volatile KafkaStreams streams;
    private OpsServer ops;
    private boolean closed;

    public EnrichService(EnrichConfig config, Enricher enricher) {
        this.config = Objects.requireNonNull(config, "config");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
    }

    /** The service with the shipped gazetteer and the system clock. */
    public static EnrichService create(EnrichConfig config) {
        return new EnrichService(config, Enricher.standard(Clock.systemUTC()));
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("enrich service is closed");
            }
            if (streams != null) {
                return;
            }
            KafkaSettings kafka = config.kafka();
            if (kafka.createTopics()) {
                try (Admin admin = Admin.create(kafka.clientProperties(Map.of()))) {
                    TopicInitializer.ensureTopics(admin, config.topics().all(), kafka.replicationFactor());
                }
            }
            Topology topology = EnrichTopology.build(config.topics(), kafka.serdes(), enricher, metrics,
                    RecordSizeLimit.maxValueBytes(kafka.clientProperties(Map.of())));
            LOG.info("enrich {}: {}", enricher.version(), topology.describe());
            Properties properties = config.streamsProperties();
            properties.put(EnrichMetrics.CONFIG_KEY, metrics);
            KafkaStreams created = new KafkaStreams(topology, properties);
            created.setStateListener((now, before) -> LOG.info("enrich: {} -> {}", before, now));
            created.setUncaughtExceptionHandler(exception -> {
                LOG.error("enrich: a stream thread failed; replacing it", exception);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            created.start();
            streams = created;
            ops = startOps(created);
        }
    }

    /** /health/ready is up while the streams run (RUNNING or REBALANCING); /metrics has ours and the Streams ones. */
    private OpsServer startOps(KafkaStreams running) {
        OpsSettings settings = config.ops();
        if (!settings.enabled()) {
            return null;
        }
        new KafkaStreamsMetrics(running).bindTo(registry);
        OpsServer server = OpsServer.bind(settings.host(), settings.port(), registry, "enrich")
                .readiness("streams", () -> running.state().isRunningOrRebalancing()
                        ? HealthCheck.Status.up(running.state().name())
                        : HealthCheck.Status.down(running.state().name()))
                .start();
        LOG.info("enrich: health and metrics on port {}", server.port());
        return server;
    }

    /** The port of the health and metrics endpoints, when they are on. */
    public OptionalInt opsPort() {
        synchronized (lock) {
            return ops == null ? OptionalInt.empty() : OptionalInt.of(ops.port());
        }
    }

    /** The service's own counters. */
    public EnrichMetrics metrics() {
        return metrics;
    }

    /** Whether the streams are running or rebalancing. */
    @Override
    public boolean isRunning() {
        KafkaStreams current = streams;
        return current != null && current.state().isRunningOrRebalancing();
    }

    /** The Kafka Streams state, or null before start. */
    public KafkaStreams.State state() {
        KafkaStreams current = streams;
        return current == null ? null : current.state();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (streams != null && !streams.close(config.closeTimeout())) {
                LOG.warn("enrich: streams did not stop within {}", config.closeTimeout());
            }
            if (ops != null) {
                ops.close();
            }
        }
    }
}
