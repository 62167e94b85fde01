package io.dateline.sink.web;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static io.dateline.sink.Stories.event;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import io.dateline.avro.EscalationWindow;
import io.dateline.platform.ops.OpsServer;
import io.dateline.sink.PostgresSchemaExtension;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On demand: the dashboard's API over 100,000 synthetic stories (and two weeks of windows for 40 dyads), on SQLite and
 * PostgreSQL, each request timed over HTTP (median of 20 after 5 warm-ups), PostgreSQL's plans printed. Runs with
 * {@code ./mvnw -o -pl sink test -Dtest=DashboardBench -Ddashboard.bench=true}; the figures are in
 * docs/benchmarks.md ("## dashboard"). Loading takes about a minute per database, too long for every build.
 */
class DashboardBench {

    static final int STORIES = Integer.getInteger("dashboard.bench.stories", 100_000);
    static final String[] COUNTRIES = {"IRN", "USA", "RUS", "UKR", "CHN", "TWN", "ISR", "LBN", "FRA", "DEU",
        "IND", "PAK", "SDN", "ETH", "VEN", "COL", "PRK", "KOR", "TUR", "SYR"};
    static final String[] TYPES = {"THREATEN", "CONSULT", "ACCUSE", "AID", "FIGHT", "DEMAND", "SANCTION"};
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @RegisterExtension
    static final PostgresSchemaExtension POSTGRES = new PostgresSchemaExtension();

    @TempDir
    Path directory;

    static {
        // the JDK HTTP server writes headers and body apart: without TCP_NODELAY a small answer waits ~40 ms for the
        // client's delayed ACK, which would hide the query times (see docs/benchmarks.md)
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("dashboard.bench.nodelay", "true"));
    }

    @BeforeEach
    void onDemand() {
        Assumptions.assumeTrue(Boolean.getBoolean("dashboard.bench"), "a benchmark: run with -Ddashboard.bench=true");
    }

    @Test
    void sqlite() throws Exception {
        run("SQLite", "jdbc:sqlite:" + directory.resolve("bench.db"), null, null);
    }

    @Test
    void postgresql() throws Exception {
        run("PostgreSQL", POSTGRES.url(), POSTGRES.user(), POSTGRES.password());
        try (Connection connection = DriverManager.getConnection(POSTGRES.url(), POSTGRES.user(),
                POSTGRES.password())) {
            StoryQueries queries = new StoryQueries(null, SqlTimes.POSTGRESQL, null);
            for (String query : List.of("", "country=IRN", "entity=country:UKR", "type=SANCTION",
                    "country=IRN&type=THREATEN&from=2026-02-01")) {
                System.out.println("EXPLAIN /api/stories?" + query);
                try (var explain = queries.pageQuery(StoryFilter.parse(query)).prepare(connection,
                        "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ");
                     ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        System.out.println("  " + rows.getString(1));
                    }
                }
            }
        }
    }

    private void run(String name, String url, String user, String password) throws Exception {
        long loadStart = System.nanoTime();
        try (StoryStore store = StoryStores.open(url, user, password)) {
            List<EnrichedStory> batch = new ArrayList<>();
            for (int i = 0; i < STORIES; i++) {
                batch.add(story(i));
                if (batch.size() == 5000) {
                    store.write(batch, List.of());
                    batch.clear();
                }
            }
            store.write(batch, windows());
        }
        analyze(url, user, password);
        System.out.printf(Locale.ROOT, "%s: %,d stories loaded in %.1f s%n", name, STORIES,
                (System.nanoTime() - loadStart) / 1e9);
        try (Dashboard dashboard = Dashboard.open(url, user, password);
             OpsServer server = OpsServer.bind("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                     "bench")) {
            dashboard.register(server);
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            for (String request : List.of("/api/stories", "/api/stories?limit=100",
                    "/api/stories?country=IRN", "/api/stories?entity=country:UKR", "/api/stories?type=SANCTION",
                    "/api/stories?country=IRN&type=THREATEN&from=2026-02-01",
                    "/api/stories?entity=person:p7&country=USA",
                    "/api/stories/s50000",
                    "/api/escalation?dyad=IRN-USA&dyad=RUS-UKR",
                    "/api/escalation?dyad=IRN-USA&granularity=hour",
                    "/api/entities", "/api/entities?q=ira")) {
                System.out.printf(Locale.ROOT, "%s: %-60s median %6.1f ms%n", name, request,
                        median(http, URI.create("http://127.0.0.1:" + server.port() + request)));
            }
        }
    }

    private static double median(HttpClient http, URI uri) throws Exception {
        double[] times = new double[25];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            times[i] = (System.nanoTime() - start) / 1e6;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        double[] measured = Arrays.copyOfRange(times, 5, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    /** Story i: dated i minutes into 2026, about two countries, with a person and two events. */
    static EnrichedStory story(int i) {
        String a = COUNTRIES[i % COUNTRIES.length];
        String b = COUNTRIES[(i / COUNTRIES.length + 1 + i) % COUNTRIES.length];
        if (a.equals(b)) {
            b = COUNTRIES[(i + 1) % COUNTRIES.length];
        }
        return builder("s" + i, 1)
                .setVersionCreated(START.plus(Duration.ofMinutes(i)))
                .setCountries(List.of(a, b))
                .setEntities(List.of(entity("country:" + a, EntityType.LOCATION, a, a, 0),
                        entity("country:" + b, EntityType.LOCATION, b, b, 40),
                        entity("person:p" + (i % 500), EntityType.PERSON, "Person " + (i % 500), a, 60)))
                .setEvents(List.of(event(TYPES[i % TYPES.length], a, b, 3, -4.0),
                        event(TYPES[(i / 7) % TYPES.length], b, a, 1, 1.0)))
                .build();
    }

    /** Day windows of 40 dyads over 70 days and hour windows of the last two weeks. */
    static List<EscalationWindow> windows() {
        List<EscalationWindow> windows = new ArrayList<>();
        Instant updated = START.plus(Duration.ofDays(80));
        for (int d = 0; d < 40; d++) {
            String source = COUNTRIES[d % COUNTRIES.length];
            String target = COUNTRIES[(d + 1 + d / COUNTRIES.length) % COUNTRIES.length];
            for (int day = 0; day < 70; day++) {
                windows.add(window(source, target, "day", START.plus(Duration.ofDays(day)), (day * d) % 13, updated)
                        .setAlert(day % 17 == 0).build());
            }
            for (int hour = 0; hour < 24 * 14; hour++) {
                windows.add(window(source, target, "hour", START.plus(Duration.ofDays(56)).plus(Duration.ofHours(hour)),
                        hour % 5, updated).build());
            }
        }
        return windows;
    }

    private static void analyze(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }
}
