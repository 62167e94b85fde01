package io.dateline.cli;

import io.dateline.avro.RawStory;
import io.dateline.embedded.EmbeddedKafka;
import io.dateline.enrich.EnrichConfig;
import io.dateline.enrich.EnrichService;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.sink.SinkConfig;
import io.dateline.sink.SinkService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pipeline under load, wired as {@link LocalPipeline} wires it — one embedded broker, enrich (Kafka Streams) and
 * sink in this process, the ingest {@link StoryPublisher} in front — plus a JDBC connection that reads back when each
 * story was stored ({@code stories.stored_at}, stamped by the sink when it writes the batch holding the story).
 */
final class BenchPipeline implements AutoCloseable {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(120);

    private final EmbeddedKafka broker;
    private final Path workDir;
    private final EnrichConfig enrichConfig;
    private final KafkaSettings kafka;
    private final EnrichService enrich;
    private final SinkService sink;
    private final StoryPublisher publisher;
    private final Connection db;

    private BenchPipeline(EmbeddedKafka broker, Path workDir, ConfigSource config) throws SQLException {
        this.broker = broker;
        this.workDir = workDir;
        this.kafka = KafkaSettings.from(config);
        this.enrichConfig = EnrichConfig.from(config);
        SinkConfig sinkConfig = SinkConfig.from(config);
        this.enrich = EnrichService.create(enrichConfig);
        this.sink = new SinkService(sinkConfig);
        this.publisher = StoryPublisher.open(kafka, PUBLISH_TIMEOUT);
        enrich.start();
        sink.start();
        this.db = DriverManager.getConnection(sinkConfig.dbUrl(), sinkConfig.dbUser(), sinkConfig.dbPassword());
    }

    /**
     * Starts a broker and the services. The store is {@code dbUrl}, or a fresh SQLite file in a temporary folder when
     * it is null; {@code base} may set anything else (e.g. DATELINE_ENRICH_PROCESSING_GUARANTEE).
     */
    static BenchPipeline start(ConfigSource base, String dbUrl) {
        Path workDir = null;
        EmbeddedKafka broker = null;
        try {
            workDir = Files.createTempDirectory("dateline-bench-");
            broker = EmbeddedKafka.start();
            Map<String, String> overrides = new HashMap<>();
            overrides.put(KafkaSettings.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers());
            overrides.put(EnrichConfig.STATE_DIR.name(), workDir.resolve("streams").toString());
            overrides.put(EnrichConfig.HTTP_PORT.name(), "-1");
            overrides.put(SinkConfig.HTTP_PORT.name(), "-1");
            if (!base.isSet(EnrichConfig.COMMIT_INTERVAL)) {
                overrides.put(EnrichConfig.COMMIT_INTERVAL.name(), "1s");   // as LocalPipeline
            }
            overrides.put(SinkConfig.DB_URL.name(), dbUrl != null ? dbUrl
                    : "jdbc:sqlite:" + workDir.resolve("bench.db"));
            return new BenchPipeline(broker, workDir, base.with(overrides));
        } catch (IOException e) {
            closeQuietly(broker);
            deleteQuietly(workDir);
            throw new UncheckedIOException("Cannot create a working folder", e);
        } catch (SQLException e) {
            closeQuietly(broker);
            deleteQuietly(workDir);
            throw new IllegalStateException("Cannot open the store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(broker);
            deleteQuietly(workDir);
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    KafkaSettings kafka() {
        return kafka;
    }

    EnrichConfig enrichConfig() {
        return enrichConfig;
    }

    Path workDir() {
        return workDir;
    }

    /** Sends {@code story} without waiting (serialisation happens on the calling thread). */
    void publish(RawStory story) {
        publisher.send(story);
    }

    /** Waits until every story sent is acknowledged; throws if any failed. */
    void awaitAcknowledged() {
        var report = publisher.awaitAll();
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(report.failures().size() + " stories not published, e.g. "
                    + report.failures().get(0));
        }
    }

    /** Whether enrich and sink are running. */
    boolean healthy() {
        return enrich.isRunning() && sink.isRunning();
    }

    /** How many stories with an id starting with {@code prefix} are stored (0 while the schema is not there yet). */
    int storedCount(String prefix) {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM stories WHERE id >= ? AND id < ?")) {
            query.setString(1, prefix);
            query.setString(2, prefix + Character.MAX_VALUE);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Waits until {@code count} stories of {@code prefix} are stored; false on timeout or a failed service. */
    boolean awaitStored(String prefix, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (storedCount(prefix) < count) {
            if (System.nanoTime() > deadline || !healthy()) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** When each story of {@code prefix} was stored (epoch milliseconds), by id. */
    Map<String, Long> storedAt(String prefix) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, stored_at FROM stories WHERE id >= ? AND id < ?")) {
            query.setString(1, prefix);
            query.setString(2, prefix + Character.MAX_VALUE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), millis(rows.getObject(2)));
                }
            }
        }
        return stored;
    }

    /** SQLite keeps ISO-8601 text, PostgreSQL a timestamptz. */
    private static long millis(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().toEpochMilli();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toEpochMilli();
        }
        return Instant.parse(value.toString()).toEpochMilli();
    }

    @Override
    public void close() {
        closeQuietly(db);
        closeQuietly(publisher);
        closeQuietly(enrich);
        closeQuietly(sink);
        closeQuietly(broker);
        deleteQuietly(workDir);
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
