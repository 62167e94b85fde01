package io.dateline.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.embedded.EmbeddedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: ingest, enrich and sink as OS processes on the embedded broker and the local PostgreSQL, our
 * generated stories flowing in through the drop folder, while the suite kills services with SIGKILL and restarts
 * them, restarts the broker, restarts PostgreSQL, and kills one of two enrich and one of two sink instances. After
 * each scenario every file has left the drop folder (processed, or rejected with a reason), every story is stored
 * exactly once in its latest version, and the store equals what a clean pass of the same stories produces (child
 * rows and escalation windows included). Prints a table of the outcomes.
 *
 * <p>Short form by default (a few faults, about 2 minutes); {@code -Ddateline.faults=full} for the full form (24
 * kills, more stories). {@code -Ddateline.faults.seed=N} repeats a run's random fault points.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final boolean FULL = "full".equals(System.getProperty("dateline.faults", "short"));
    private static final int STORIES = FULL ? 600 : 100;
    private static final int KILLS = FULL ? 24 : 3;
    private static final Duration SETTLE = Duration.ofMinutes(FULL ? 5 : 2);
    private static final long SEED = Long.getLong("dateline.faults.seed", System.currentTimeMillis());

    private final Random random = new Random(SEED);
    private final ExecutorService feeder = Executors.newSingleThreadExecutor();
    private final List<FaultOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private Path work;
    private Path brokerDir;
    private EmbeddedKafka kafka;
    private StoreSnapshot clean;

    @BeforeAll
    void startBroker() throws IOException {
        Assumptions.assumeTrue(postgresReachable(), "PostgreSQL at " + FaultPipeline.PG_URL + " is not reachable");
        work = Files.createDirectories(Path.of("target", "faults", Long.toString(System.currentTimeMillis())))
                .toAbsolutePath();
        brokerDir = work.resolve("broker");
        kafka = broker(0);
        System.out.printf("faults: %s form, %d stories, seed %d (-Ddateline.faults.seed=%d repeats it), logs in %s%n",
                FULL ? "full" : "short", STORIES, SEED, SEED, work);
    }

    @AfterAll
    void printTable() throws IOException {
        feeder.shutdownNow();
        if (kafka != null) {
            kafka.close();
        }
        if (!outcomes.isEmpty()) {
            String table = FaultOutcome.table(outcomes);
            System.out.println(table);
            Files.writeString(work.resolve("table.md"), table, StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(1)
    void shouldStoreEveryStoryOnceInACleanPass() throws Exception {
        assertThat(clean()).isNotNull();
    }

    @Test
    @Order(2)
    void shouldLoseAndDuplicateNothingWhenServicesAreKilledAndRestarted() throws Exception {
        StoreSnapshot reference = clean();
        try (FaultPipeline pipeline = new FaultPipeline("kill-9", kafka.bootstrapServers(), work, STORIES)) {
            List<ServiceProcess> services = startAll(pipeline);
            Future<?> feeding = feed(pipeline, Duration.ofSeconds(FULL ? 5L * KILLS : 15));
            Map<String, Integer> kills = new LinkedHashMap<>();
            List<ServiceProcess> round = new ArrayList<>(services);
            for (int i = 0; i < KILLS; i++) {
                if (i % round.size() == 0) {
                    Collections.shuffle(round, random);
                }
                ServiceProcess victim = round.get(i % round.size());
                victim.awaitReady(SETTLE);
                pause(1000 + random.nextInt(3000));
                victim.kill();
                kills.merge(victim.name().replaceAll("-\\d+$", ""), 1, Integer::sum);
                pause(random.nextInt(800));
                victim.start();
            }
            feeding.get();
            String fault = "kill -9 (" + kills.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")) + ")";
            check(fault, KILLS, pipeline, reference);
        }
    }

    @Test
    @Order(3)
    void shouldHandOverPartitionsWhenOneOfTwoEnrichAndSinkInstancesIsKilled() throws Exception {
        StoreSnapshot reference = clean();
        try (FaultPipeline pipeline = new FaultPipeline("scale-out", kafka.bootstrapServers(), work, STORIES)) {
            ServiceProcess enrich = pipeline.enrich(2);
            ServiceProcess sink = pipeline.sink(2);
            startAll(List.of(pipeline.ingest(), pipeline.enrich(1), enrich, pipeline.sink(1), sink));
            Future<?> feeding = feed(pipeline, Duration.ofSeconds(8));
            pause(1000 + random.nextInt(4000));
            enrich.kill();
            pause(random.nextInt(1000));
            sink.kill();
            feeding.get();
            check("scale-out: 2 enrich + 2 sink, kill -9 one of each", 2, pipeline, reference);
            assertThat(pipeline.enrich(1).isAlive() && pipeline.sink(1).isAlive()).as("the survivors run").isTrue();
            assertThat(pipeline.enrich(1).starts() + pipeline.sink(1).starts()).as("never restarted").isEqualTo(2);
        }
    }

    @Test
    @Order(4)
    void shouldLoseAndDuplicateNothingWhenTheBrokerRestarts() throws Exception {
        StoreSnapshot reference = clean();
        try (FaultPipeline pipeline = new FaultPipeline("broker", kafka.bootstrapServers(), work, STORIES)) {
            startAll(pipeline);
            Future<?> feeding = feed(pipeline, Duration.ofSeconds(8));
            pause(1000 + random.nextInt(4000));
            int port = kafka.port();
            kafka.close();
            pause(1000 + random.nextInt(2000));
            kafka = broker(port);
            feeding.get();
            check("broker restart", 1, pipeline, reference);
        }
    }

    @Test
    @Order(5)
    void shouldLoseAndDuplicateNothingWhenPostgresRestarts() throws Exception {
        String cluster = postgresCluster();
        Assumptions.assumeTrue(cluster != null, "pg_ctlcluster or /etc/postgresql is not available: the PostgreSQL "
                + "restart fault is skipped");
        StoreSnapshot reference = clean();
        try (FaultPipeline pipeline = new FaultPipeline("postgres", kafka.bootstrapServers(), work, STORIES)) {
            startAll(pipeline);
            Future<?> feeding = feed(pipeline, Duration.ofSeconds(8));
            pause(1000 + random.nextInt(4000));
            Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main",
                    "restart").inheritIO().start();
            assertThat(restart.waitFor(60, TimeUnit.SECONDS)).as("pg_ctlcluster restart finished").isTrue();
            Assumptions.assumeTrue(restart.exitValue() == 0, "pg_ctlcluster could not restart PostgreSQL (exit code "
                    + restart.exitValue() + "): the PostgreSQL restart fault is skipped");
            feeding.get();
            check("PostgreSQL restart", 1, pipeline, reference);
        }
    }

    /** The store after one pass without faults: what every fault scenario must end in. */
    private StoreSnapshot clean() throws Exception {
        if (clean == null) {
            try (FaultPipeline pipeline = new FaultPipeline("clean", kafka.bootstrapServers(), work, STORIES)) {
                startAll(pipeline);
                feed(pipeline, Duration.ofSeconds(2)).get();
                clean = check("none (clean pass)", 0, pipeline, null);
            }
        }
        return clean;
    }

    private StoreSnapshot check(String fault, int injected, FaultPipeline pipeline, StoreSnapshot reference)
            throws Exception {
        StoreSnapshot store = pipeline.awaitSettled(SETTLE);
        Map<String, Long> expected = pipeline.feed().expected();
        FaultOutcome outcome = FaultOutcome.of(fault, injected, expected, store, reference);
        outcomes.add(outcome);
        System.out.println("faults: " + outcome);
        assertThat(pipeline.feed().accountedFor()).as("no file left the drop folder unaccounted for: %s",
                pipeline.feed().accounting()).isTrue();
        assertThat(pipeline.feed().accounting().get("rejected")).as("rejected files")
                .isEqualTo(pipeline.feed().malformedWritten());
        assertThat(outcome.lost()).as("stories lost").isZero();
        assertThat(outcome.duplicated()).as("stories duplicated").isZero();
        assertThat(outcome.stored()).isEqualTo(expected.size());
        assertThat(outcome.differing()).as("stories and escalation windows that differ from the clean pass: %s",
                reference == null ? List.of() : store.describeDifferencesFrom(reference, 10)).isZero();
        assertThat(store.windows()).as("escalation windows").isNotEmpty();
        return store;
    }

    /** Starts ingest, enrich and sink in slot 1 and returns once all three are ready. */
    private static List<ServiceProcess> startAll(FaultPipeline pipeline) {
        return startAll(List.of(pipeline.ingest(), pipeline.enrich(1), pipeline.sink(1)));
    }

    private static List<ServiceProcess> startAll(List<ServiceProcess> services) {
        services.forEach(ServiceProcess::start);
        services.forEach(service -> service.awaitReady(SETTLE));
        return services;
    }

    private Future<?> feed(FaultPipeline pipeline, Duration duration) {
        return feeder.submit(() -> {
            pipeline.feed().run(duration);
            return null;
        });
    }

    private EmbeddedKafka broker(int port) {
        EmbeddedKafka.Builder builder = EmbeddedKafka.builder().dataDir(brokerDir)
                .brokerProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        return (port == 0 ? builder : builder.port(port)).start();
    }

    /** Waits a random time before the next fault: the point of the fault, not a wait for a condition. */
    private static void pause(long millis) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(millis);
    }

    private static boolean postgresReachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(FaultPipeline.PG_URL, FaultPipeline.PG_USER, "")) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The local cluster's version (e.g. {@code 15}) when pg_ctlcluster can restart it, else null. */
    private static String postgresCluster() throws IOException {
        Path clusters = Path.of("/etc/postgresql");
        boolean tool = Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"));
        if (!tool || !Files.isDirectory(clusters)) {
            return null;
        }
        try (var versions = Files.list(clusters)) {
            return versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+(\\.\\d+)?"))
                    .sorted().reduce((a, b) -> b).orElse(null);
        }
    }
}
