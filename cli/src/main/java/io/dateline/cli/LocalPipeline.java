package io.dateline.cli;

import io.dateline.avro.RawStory;
import io.dateline.embedded.EmbeddedKafka;
import io.dateline.enrich.EnrichConfig;
import io.dateline.enrich.EnrichService;
import io.dateline.ingest.IngestPipeline;
import io.dateline.ingest.IngestReport;
import io.dateline.ingest.publish.PublishReport;
import io.dateline.ingest.publish.Published;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.schemas.Topics;
import io.dateline.sink.SinkConfig;
import io.dateline.sink.SinkService;
import io.dateline.sink.store.StoredStory;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;

/**
 * The three services in one process over one Kafka cluster — the embedded broker unless a cluster is configured — and
 * a reader on the store, so a caller can ingest files and wait until their stories are stored. The engine of
 * {@code dateline run} and of the end-to-end test.
 */
final class LocalPipeline implements AutoCloseable {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedKafka broker;
    private final Path stateDir;
    private final EnrichService enrich;
    private final SinkService sink;
    private final StoryPublisher publisher;
    private final StoryStore store;
    private final SinkConfig sinkConfig;
    private final EnrichConfig enrichConfig;
    private final Admin admin;
    private final IngestPipeline ingest = IngestPipeline.create();
    private boolean closed;

    private LocalPipeline(EmbeddedKafka broker, Path stateDir, ConfigSource config) {
        this.broker = broker;
        this.stateDir = stateDir;
        this.sinkConfig = SinkConfig.from(config);
        this.enrichConfig = EnrichConfig.from(config);
        this.enrich = EnrichService.create(enrichConfig);
        this.sink = new SinkService(sinkConfig);
        this.publisher = StoryPublisher.open(KafkaSettings.from(config), PUBLISH_TIMEOUT);
        enrich.start();
        sink.start();
        this.store = StoryStores.open(sinkConfig.dbUrl(), sinkConfig.dbUser(), sinkConfig.dbPassword());
        this.admin = Admin.create(enrichConfig.kafka().clientProperties(Map.of()));
    }

    /**
     * Starts the pipeline with {@code config}. When it names no bootstrap servers, an embedded broker is started first
     * and stopped with the pipeline.
     */
    static LocalPipeline start(ConfigSource config, boolean embeddedBroker) {
        EmbeddedKafka broker = null;
        Path stateDir = null;
        try {
            stateDir = Files.createTempDirectory("dateline-streams-");
            Map<String, String> overrides = new HashMap<>();
            overrides.put(EnrichConfig.STATE_DIR.name(), stateDir.toString());
            if (!config.isSet(EnrichConfig.HTTP_PORT)) {
                overrides.put(EnrichConfig.HTTP_PORT.name(), "-1");   // one process, no per-service endpoints
            }
            if (!config.isSet(EnrichConfig.COMMIT_INTERVAL)) {
                // Streams' own default under exactly_once_v2, also under at_least_once (30 s there): enriched stories
                // reach the sink within ~0.1 s (read_committed) and drained() turns true soon
                overrides.put(EnrichConfig.COMMIT_INTERVAL.name(), "100ms");
            }
            if (!config.isSet(SinkConfig.HTTP_PORT)) {
                overrides.put(SinkConfig.HTTP_PORT.name(), "-1");
            }
            if (embeddedBroker) {
                broker = EmbeddedKafka.start();
                overrides.put(KafkaSettings.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers());
            }
            return new LocalPipeline(broker, stateDir, config.with(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a state directory for enrich", e);
        } catch (RuntimeException e) {
            if (broker != null) {
                broker.close();
            }
            deleteQuietly(stateDir);
            throw e;
        }
    }

    /** The port of the sink's HTTP endpoints (health, metrics, the dashboard), when they are on. */
    OptionalInt sinkHttpPort() {
        return sink.opsPort();
    }

    /** Enrich's configuration as the pipeline runs it (the embedded broker's address in its Kafka settings). */
    EnrichConfig enrichConfig() {
        return enrichConfig;
    }

    /** Sends {@code story} to the raw topic without waiting for the broker ({@link #awaitPublished()} waits). */
    void send(RawStory story) {
        publisher.send(story);
    }

    /** Waits until the broker acknowledged or refused every story sent. */
    PublishReport awaitPublished() {
        return publisher.awaitAll();
    }

    /** Where the stories are stored, for people: e.g. {@code SQLite dateline.db}. */
    String storeDescription() {
        return store.toString();
    }

    /** Reads {@code paths} in place and publishes their stories; returns what was read and acknowledged. */
    IngestReport ingest(List<Path> paths) {
        return ingest.publish(paths, publisher);
    }

    /** The highest version published per story id. */
    static Map<String, Long> versions(List<Published> published) {
        Map<String, Long> versions = new HashMap<>();
        published.forEach(p -> versions.merge(p.id(), p.version(), Math::max));
        return versions;
    }

    /** The ids of {@code expected} whose stored version is still lower than the one published. */
    List<String> notYetStored(Map<String, Long> expected) {
        return expected.entrySet().stream()
                .filter(e -> store.find(e.getKey()).map(StoredStory::version).orElse(-1L) < e.getValue())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /**
     * Whether enrich and sink have processed everything there is now: enrich's group (raw topic and its internal
     * topics) and the sink's group (enriched stories and escalation windows) have no lag.
     */
    boolean drained() throws InterruptedException {
        Topics topics = enrichConfig.topics();
        try {
            return ConsumerLag.of(admin, enrichConfig.applicationId(), topics.rawStories().name()) == 0
                    && ConsumerLag.of(admin, sinkConfig.groupId(), topics.enrichedStories().name(),
                    topics.escalation().name()) == 0;
        } catch (ExecutionException e) {
            return false;
        }
    }

    Optional<StoredStory> find(String id) {
        return store.find(id);
    }

    /** Whether enrich and sink are running (neither has failed). */
    boolean healthy() {
        return enrich.isRunning() && sink.isRunning();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(admin);
        closeQuietly(publisher);
        closeQuietly(enrich);
        closeQuietly(sink);
        closeQuietly(store);
        closeQuietly(broker);
        deleteQuietly(stateDir);
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("dateline: while stopping " + closeable.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("dateline: cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
