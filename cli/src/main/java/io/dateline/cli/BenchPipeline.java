package io.dateline.cli;

import io.dateline.avro.RawStory;
import io.dateline.enrich.EnrichConfig;
import io.dateline.ingest.publish.PublishReport;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.sink.SinkConfig;
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
import java.util.HashMap;
import java.util.Map;

/**
 * The pipeline under load: a {@link LocalPipeline} on its own embedded broker (enrich and sink in this process, the
 * ingest publisher in front), storing into {@code dbUrl} or a fresh SQLite file, plus a JDBC connection that reads
 * back when each story was stored ({@code stories.stored_at}, stamped by the sink when it writes the batch holding the
 * story).
 */
final class BenchPipeline implements AutoCloseable {

    private final LocalPipeline pipeline;
    private final Path workDir;
    private final Connection db;

    private BenchPipeline(LocalPipeline pipeline, Path workDir, Connection db) {
        this.pipeline = pipeline;
        this.workDir = workDir;
        this.db = db;
    }

    /**
     * Starts a broker and the services. The store is {@code dbUrl}, or a fresh SQLite file in a temporary folder when
     * it is null; {@code base} may set anything else (e.g. DATELINE_ENRICH_PROCESSING_GUARANTEE).
     */
    static BenchPipeline start(ConfigSource base, String dbUrl) {
        Path workDir = null;
        LocalPipeline pipeline = null;
        try {
            workDir = Files.createTempDirectory("dateline-bench-");
            String url = dbUrl != null ? dbUrl : "jdbc:sqlite:" + workDir.resolve("bench.db");
            ConfigSource config = base.with(Map.of(SinkConfig.DB_URL.name(), url));
            pipeline = LocalPipeline.start(config, true);
            SinkConfig sink = SinkConfig.from(config);
            return new BenchPipeline(pipeline, workDir,
                    DriverManager.getConnection(url, sink.dbUser(), sink.dbPassword()));
        } catch (IOException e) {
            LocalPipeline.deleteQuietly(workDir);
            throw new UncheckedIOException("Cannot create a working folder", e);
        } catch (SQLException e) {
            LocalPipeline.closeQuietly(pipeline);
            LocalPipeline.deleteQuietly(workDir);
            throw new IllegalStateException("Cannot open the store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            LocalPipeline.closeQuietly(pipeline);
            LocalPipeline.deleteQuietly(workDir);
            throw e;
        }
    }

    String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    KafkaSettings kafka() {
        return pipeline.enrichConfig().kafka();
    }

    EnrichConfig enrichConfig() {
        return pipeline.enrichConfig();
    }

    Path workDir() {
        return workDir;
    }

    /** Sends {@code story} without waiting (serialisation happens on the calling thread). */
    void publish(RawStory story) {
        pipeline.send(story);
    }

    /** Waits until every story sent is acknowledged; throws if any failed. */
    void awaitAcknowledged() {
        PublishReport report = pipeline.awaitPublished();
        if (!report.failures().isEmpty()) {
            throw new IllegalStateException(report.failures().size() + " stories not published, e.g. "
                    + report.failures().get(0));
        }
    }

    /** Whether enrich and sink are running. */
    boolean healthy() {
        return pipeline.healthy();
    }

    /**
     * Starts watching the enriched topic from its current end, as a read_committed consumer (what the sink sees): the
     * returned watch knows when {@code count} records of stories with ids starting with {@code prefix} had arrived.
     */
    EnrichedWatch watchEnriched(String prefix, int count) {
        return EnrichedWatch.start(pipeline.enrichConfig().kafka().clientProperties(Map.of()),
                kafka().topics().enrichedStories().name(), prefix, count);
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
        LocalPipeline.closeQuietly(db);
        LocalPipeline.closeQuietly(pipeline);
        LocalPipeline.deleteQuietly(workDir);
    }
}
