package io.dateline.ingest;

import io.dateline.ingest.http.HealthEndpoint;
import io.dateline.ingest.http.StoriesEndpoint;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.publish.KafkaReadiness;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.ingest.read.StoryReader;
import io.dateline.ingest.watch.DropFolder;
import io.dateline.ingest.watch.DropFolderWatcher;
import io.dateline.platform.Service;
import io.dateline.platform.ops.HealthCheck;
import io.dateline.platform.ops.OpsServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-running ingest service: a drop folder watched continuously ({@link DropFolderWatcher}), the HTTP endpoint
 * {@code POST /v1/stories} with {@code GET /health}, {@code /health/live}, {@code /health/ready} and
 * {@code /metrics} ({@link OpsServer}), and optionally a one-off backfill of {@code DATELINE_INGEST_PATHS} at start.
 * It starts while Kafka is down and becomes ready when Kafka answers ({@link KafkaReadiness}). Bad input never stops
 * it: each rejection is logged and counted. {@link #close()} is idempotent.
 */
public final class IngestService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration KAFKA_CHECK_INTERVAL = Duration.ofSeconds(2);

    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final StoryPublisher publisher;
    private final KafkaReadiness readiness;
    private final StoryReader fileReader;
    private final DropFolderWatcher watcher;
    private final StoriesEndpoint stories;
    private final OpsServer ops;
    private final Thread backfill;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private IngestService(IngestConfig config, Clock clock) {
        this.config = config;
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.metrics = new IngestMetrics(registry);
        ParseContext context = new ParseContext(clock, config.ingestHost(), config.limits());
        this.publisher = StoryPublisher.create(config.kafka(), config.publishTimeout(), config.dedupeCapacity(),
                metrics);
        this.readiness = new KafkaReadiness(config.kafka(), KAFKA_CHECK_INTERVAL);
        this.fileReader = new StoryReader(WireFormats.parser(context), "watch", config.maxFileBytes());
        this.watcher = config.dropDir() == null ? null : new DropFolderWatcher(dropFolder(config), fileReader,
                publisher, readiness::ready, metrics, config.dropPoll(), config.dropSettle(),
                config.publishTimeout(), outcome -> { });
        if (config.httpEnabled()) {
            this.stories = new StoriesEndpoint(WireFormats.parser(context), publisher, readiness::ready, metrics,
                    config.httpMaxBytes(), config.httpToken(), config.httpAckTimeout());
            this.ops = OpsServer.bind(config.httpHost(), config.httpPort(), registry, "ingest")
                    .readiness("kafka", readiness.healthCheck())
                    .handle(StoriesEndpoint.PATH, stories)
                    .handle(HealthEndpoint.PATH, new HealthEndpoint(this::isRunning)
                            .check("kafka", readiness.healthCheck())
                            .check("dropFolder", this::dropFolderHealth));
        } else {
            this.stories = null;
            this.ops = null;
        }
        this.backfill = config.paths().isEmpty() ? null : new Thread(this::backfill, "dateline-ingest-backfill");
    }

    /** The service for {@code config}; nothing runs until {@link #start()}. */
    public static IngestService create(IngestConfig config, Clock clock) {
        return new IngestService(config, clock);
    }

    private static DropFolder dropFolder(IngestConfig config) {
        try {
            return new DropFolder(config.dropDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use drop folder " + config.dropDir() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        readiness.start();
        if (ops != null) {
            ops.start();
            LOG.info("ingest: HTTP on {}:{} (POST {}, GET /health, /metrics)", config.httpHost(), ops.port(),
                    StoriesEndpoint.PATH);
        }
        if (watcher != null) {
            watcher.start();
        }
        if (backfill != null) {
            backfill.setDaemon(true);
            backfill.start();
        }
        LOG.info("ingest: publishing to {} on {}", config.kafka().topics().rawStories().name(),
                config.kafka().bootstrapServers());
    }

    private void backfill() {
        try {
            while (!closed.get() && !readiness.ready()) {
                Thread.sleep(KAFKA_CHECK_INTERVAL.toMillis());
            }
            IngestReport report = new IngestPipeline(new StoryReader(WireFormats.parser(new ParseContext(
                    Clock.systemUTC(), config.ingestHost(), config.limits())), "backfill", config.maxFileBytes()))
                    .publish(config.paths(), publisher);
            report.failedFiles().forEach(file -> LOG.warn("ingest: {}", file.summary()));
            LOG.info("ingest: backfill of {}: {}", config.paths(), report.summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("ingest: backfill of {} failed: {}", config.paths(), e.getMessage(), e);
        }
    }

    private HealthCheck.Status dropFolderHealth() {
        if (watcher == null) {
            return HealthCheck.Status.up("no drop folder configured");
        }
        return watcher.isRunning() ? HealthCheck.Status.up("watching " + config.dropDir())
                : HealthCheck.Status.down("not watching " + config.dropDir());
    }

    @Override
    public boolean isRunning() {
        return started.get() && !closed.get() && (watcher == null || watcher.isRunning());
    }

    /** The HTTP port, when HTTP is on (the chosen one when configured as 0). */
    public Optional<Integer> httpPort() {
        return Optional.ofNullable(ops).map(OpsServer::port);
    }

    public IngestMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (ops != null) {
            ops.close();
        }
        if (stories != null) {
            stories.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (backfill != null) {
            backfill.interrupt();
        }
        readiness.close();
        publisher.close();
        LOG.info("ingest: stopped");
    }
}
