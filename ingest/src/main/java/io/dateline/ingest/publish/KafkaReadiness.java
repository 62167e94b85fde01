package io.dateline.ingest.publish;

import io.dateline.platform.KafkaSettings;
import io.dateline.platform.TopicInitializer;
import io.dateline.platform.ops.HealthCheck;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the Kafka cluster answers, checked in the background every {@code interval}: ready once the cluster
 * described itself and (when {@code createTopics}) the catalogue's topics exist. So a service starts while Kafka is
 * down, answers "not ready" (HTTP 503, drop folder waits), and creates its topics and becomes ready as soon as Kafka
 * is there. A {@link HealthCheck} for the ops server. {@link #close()} is idempotent.
 */
public final class KafkaReadiness implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaReadiness.class);

    private final KafkaSettings settings;
    private final Duration interval;
    private final Admin admin;
    private final Thread thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean up;
    private volatile boolean topicsReady;
    private volatile String detail = "not checked yet";

    public KafkaReadiness(KafkaSettings settings, Duration interval) {
        this.settings = settings;
        this.interval = interval;
        int timeoutMs = (int) Math.max(1_000, Math.min(10_000, interval.toMillis() * 2));
        this.admin = Admin.create(settings.clientProperties(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "dateline-ingest-readiness",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000)));
        this.topicsReady = !settings.createTopics();
        this.thread = new Thread(this::loop, "dateline-ingest-kafka-check");
        this.thread.setDaemon(true);
    }

    /** Starts checking; the first check runs at once. */
    public KafkaReadiness start() {
        thread.start();
        return this;
    }

    /** Whether Kafka answered the last check and the topics exist. */
    public boolean ready() {
        return up && topicsReady;
    }

    /** Checks now, on the caller's thread; returns {@link #ready()}. */
    public synchronized boolean checkNow() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMs()))
                    .nodes().get(timeoutMs(), TimeUnit.MILLISECONDS).size();
            if (!topicsReady) {
                TopicInitializer.ensureTopics(admin, settings.topics().all(), settings.replicationFactor());
                topicsReady = true;
                LOG.info("ingest: topics of the catalogue exist on {}", settings.bootstrapServers());
            }
            if (!up) {
                LOG.info("ingest: Kafka at {} is reachable ({} brokers)", settings.bootstrapServers(), nodes);
            }
            up = true;
            detail = settings.bootstrapServers() + ": " + nodes + " brokers";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (up) {
                LOG.warn("ingest: Kafka at {} is not reachable: {}", settings.bootstrapServers(), e.getMessage());
            }
            up = false;
            detail = settings.bootstrapServers() + " not reachable: " + e.getMessage();
        }
        return ready();
    }

    /** The readiness check for the ops server. */
    public HealthCheck healthCheck() {
        return () -> ready() ? HealthCheck.Status.up(detail) : HealthCheck.Status.down(detail);
    }

    private long timeoutMs() {
        return Math.max(1_000, Math.min(10_000, interval.toMillis() * 2));
    }

    private void loop() {
        while (!closed.get()) {
            checkNow();
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            thread.interrupt();
            admin.close(Duration.ofSeconds(5));
        }
    }
}
