package io.dateline.cli.faults;

import io.dateline.cli.ConsumerLag;
import io.dateline.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;

/**
 * One scenario's pipeline: ingest, enrich and sink as OS processes on a shared broker, with a topic prefix, group
 * ids, a PostgreSQL schema and a drop folder of its own. Each service runs in numbered slots (two enrich and two sink
 * slots for scale-out); a slot keeps its environment, and an enrich slot its state directory, across restarts.
 */
final class FaultPipeline implements AutoCloseable {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String PG_USER = "postgres";

    private final String prefix;
    private final String bootstrapServers;
    private final Path dir;
    private final String schema;
    private final StoryFeed feed;
    private final Map<String, ServiceProcess> services = new HashMap<>();

    FaultPipeline(String name, String bootstrapServers, Path workDir, int stories) throws SQLException {
        this.prefix = "faults-" + name + "-" + Long.toHexString(System.nanoTime()) + ".";
        this.bootstrapServers = bootstrapServers;
        this.dir = workDir.resolve(name);
        this.schema = "faults_" + name.replace('-', '_') + "_" + Long.toHexString(System.nanoTime());
        try {
            Files.createDirectories(dir.resolve("drop"));
            Files.createDirectories(dir.resolve("staging"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        this.feed = new StoryFeed(dir.resolve("drop"), dir.resolve("staging"), stories);
    }

    StoryFeed feed() {
        return feed;
    }

    ServiceProcess ingest() {
        return service("ingest", "io.dateline.ingest.IngestApp", "/health", port -> Map.of(
                "DATELINE_INGEST_DROP_DIR", dir.resolve("drop").toString(),
                "DATELINE_INGEST_DROP_POLL", "200ms",
                "DATELINE_INGEST_DROP_SETTLE", "200ms",
                "DATELINE_INGEST_HTTP_HOST", "127.0.0.1",
                "DATELINE_INGEST_HTTP_PORT", port));
    }

    ServiceProcess enrich(int slot) {
        return service("enrich-" + slot, "io.dateline.enrich.EnrichApp", "/health/ready", port -> Map.of(
                "DATELINE_ENRICH_APPLICATION_ID", prefix + "enrich",
                "DATELINE_ENRICH_STATE_DIR", dir.resolve("enrich-state-" + slot).toString(),
                "DATELINE_ENRICH_HTTP_HOST", "127.0.0.1",
                "DATELINE_ENRICH_HTTP_PORT", port));
    }

    ServiceProcess sink(int slot) {
        return service("sink-" + slot, "io.dateline.sink.SinkApp", "/health/ready", port -> Map.of(
                "DATELINE_SINK_DB_URL", dbUrl(),
                "DATELINE_SINK_DB_USER", PG_USER,
                "DATELINE_SINK_GROUP_ID", prefix + "sink",
                "DATELINE_SINK_RETRY_BACKOFF", "200ms",
                "DATELINE_SINK_RETRY_BACKOFF_MAX", "2s",
                "DATELINE_SINK_HTTP_HOST", "127.0.0.1",
                "DATELINE_SINK_HTTP_PORT", port));
    }

    String dbUrl() {
        return PG_URL + "?currentSchema=" + schema;
    }

    /**
     * Waits until every file has left the drop folder, every story is stored in its latest version and both consumer
     * groups have caught up, then reads the store. Fails with what is missing when that takes longer than
     * {@code atMost}.
     */
    StoreSnapshot awaitSettled(Duration atMost) throws Exception {
        Awaitility.await("drop folder accounted for").atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(feed::accountedFor);
        Map<String, Long> expected = feed.expected();
        Awaitility.await("every story stored in its latest version").atMost(atMost)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    StoreSnapshot store = StoreSnapshot.read(dbUrl(), PG_USER);
                    return expected.entrySet().stream().allMatch(e -> store.version(e.getKey()) >= e.getValue());
                });
        Topics topics = Topics.withPrefix(prefix);
        try (Admin admin = Admin.create(adminProperties())) {
            Awaitility.await("consumer groups caught up").atMost(atMost).pollInterval(Duration.ofMillis(500))
                    .until(() -> ConsumerLag.of(admin, prefix + "enrich", topics.rawStories().name()) == 0
                            && ConsumerLag.of(admin, prefix + "sink", topics.enrichedStories().name(),
                            topics.escalation().name()) == 0);
        }
        return StoreSnapshot.read(dbUrl(), PG_USER);
    }

    @Override
    public void close() throws SQLException {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.parallelStream().forEach(ServiceProcess::close);
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** The service in slot {@code name}, created on first use with its own settings and a free HTTP port. */
    private ServiceProcess service(String name, String mainClass, String readyPath,
                                   Function<String, Map<String, String>> own) {
        return services.computeIfAbsent(name, key -> {
            int port = freePort();
            Map<String, String> environment = new HashMap<>(own.apply(Integer.toString(port)));
            environment.put("DATELINE_BOOTSTRAP_SERVERS", bootstrapServers);
            environment.put("DATELINE_TOPIC_PREFIX", prefix);
            environment.put("DATELINE_LOG_LEVEL", "INFO");
            // a killed member leaves the group after 6 s (the broker's minimum) instead of 45 s
            environment.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
            environment.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1500");
            return new ServiceProcess(name, mainClass, environment, dir.resolve(name + ".log"),
                    URI.create("http://127.0.0.1:" + port + readyPath));
        });
    }

    private Properties adminProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        return properties;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
