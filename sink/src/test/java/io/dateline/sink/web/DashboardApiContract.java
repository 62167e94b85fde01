package io.dateline.sink.web;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static io.dateline.sink.Stories.event;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.PubStatus;
import io.dateline.platform.ops.OpsServer;
import io.dateline.sink.store.StoryStore;
import io.dateline.sink.store.StoryStores;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard's JSON API over a real store, the same tests on each database: a store written through the sink's
 * own writer (corrections, a kill, escalation windows with an alert), the dashboard on a real HTTP server on a free
 * port, requests over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardApiContract {

    static final Instant DAY = Instant.parse("2026-01-16T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryStore store;
    private Dashboard dashboard;
    private OpsServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    protected abstract String url();

    protected String user() {
        return null;
    }

    protected String password() {
        return null;
    }

    /** Once per class, but after the database extensions had their say (they skip a class whose database is down). */
    @BeforeEach
    void writeStoriesAndServe() {
        if (server != null) {
            return;
        }
        store = StoryStores.open(url(), user(), password());
        store.write(stories(), windows());
        // a correction of s1 and a kill of s4 arrive later
        store.write(List.of(iranStory("s1", 2, DAY.plusSeconds(3600)).setHeadline("Corrected headline").build(),
                builder("s4", 2).setPubStatus(PubStatus.CANCELED).build()));
        dashboard = Dashboard.open(url(), user(), password(),
                Clock.fixed(Instant.parse("2026-01-20T00:00:00Z"), ZoneOffset.UTC));
        server = OpsServer.bind("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "test");
        dashboard.register(server);
        server.start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** s1..s4 about Iran and the United States an hour apart (s1 oldest); f1 about France threatening Germany. */
    static List<EnrichedStory> stories() {
        List<EnrichedStory> stories = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            stories.add(iranStory("s" + i, 1, DAY.plusSeconds(3600L * i)).build());
        }
        stories.add(builder("f1", 1)
                .setVersionCreated(DAY.plusSeconds(3600L * 5 + 60))
                .setHeadline("France warns Germany")
                .setBody("Paris said Berlin would regret it.")
                .setCountries(List.of("FRA", "DEU"))
                .setEntities(List.of(entity("country:FRA", EntityType.LOCATION, "France", "FRA", 0),
                        entity("person:macron", EntityType.PERSON, "Emmanuel Macron", "FRA")))
                .setEvents(List.of(event("ACCUSE", "FRA", "DEU", 3, -2.0)))
                .build());
        return stories;
    }

    static EnrichedStory.Builder iranStory(String id, long version, Instant time) {
        return builder(id, version).setVersionCreated(time);
    }

    /** IRN-USA day windows over a week with an alert on the last day; USA-IRN calm; hourly IRN-USA. */
    static List<EscalationWindow> windows() {
        List<EscalationWindow> windows = new ArrayList<>();
        Instant updated = DAY.plus(Duration.ofDays(2));
        for (int d = 0; d < 14; d++) {
            Instant start = DAY.minus(Duration.ofDays(13 - d));
            windows.add(window("IRN", "USA", "day", start, d == 13 ? 40.0 : 2.0, updated)
                    .setAlert(d == 13).setBaseline(d == 0 ? null : 2.0).build());
            windows.add(window("USA", "IRN", "day", start, 1.0, updated).build());
        }
        for (int h = 0; h < 5; h++) {
            windows.add(window("IRN", "USA", "hour", DAY.plus(Duration.ofHours(h)), h, updated).build());
        }
        return windows;
    }

    @Test
    void shouldListActiveStoriesNewestFirstAsTheirLatestVersion() throws Exception {
        JsonNode page = get("/api/stories");

        assertThat(ids(page)).containsExactly("f1", "s3", "s2", "s1");
        JsonNode s1 = page.get("stories").get(3);
        assertThat(s1.get("version").asLong()).isEqualTo(2);
        assertThat(s1.get("headline").asText()).isEqualTo("Corrected headline");
        assertThat(s1.get("bodyOffset").asInt()).isEqualTo("Corrected headline".length() + 2);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void shouldCarryEntitiesWithTheirMentionsAndEventsWithTheirSides() throws Exception {
        JsonNode story = get("/api/stories/s2");

        JsonNode iran = story.get("entities").get(0);
        assertThat(iran.get("id").asText()).isEqualTo("country:IRN");
        assertThat(iran.get("type").asText()).isEqualTo("LOCATION");
        assertThat(iran.get("country").asText()).isEqualTo("IRN");
        assertThat(iran.get("mentions").get(0).get("start").asInt()).isZero();
        JsonNode threat = story.get("events").get(0);
        assertThat(threat.get("type").asText()).isEqualTo("THREATEN");
        assertThat(threat.get("source").get("country").asText()).isEqualTo("IRN");
        assertThat(threat.get("target").get("country").asText()).isEqualTo("USA");
        assertThat(threat.get("intensity").asDouble()).isEqualTo(-4.0);
        assertThat(story.get("countries").toString()).isEqualTo("[\"IRN\",\"USA\"]");
    }

    @Test
    void shouldNotShowAKilledStory() throws Exception {
        assertThat(status("/api/stories/s4")).isEqualTo(404);
        assertThat(ids(get("/api/stories?country=IRN"))).doesNotContain("s4");
        assertThat(ids(get("/api/stories?type=THREATEN"))).doesNotContain("s4");
        assertThat(ids(get("/api/stories?entity=country:USA"))).doesNotContain("s4");
    }

    @Test
    void shouldFilterByCountryEntityEventTypeAndTime() throws Exception {
        assertThat(ids(get("/api/stories?country=fra"))).containsExactly("f1");
        assertThat(ids(get("/api/stories?entity=person:macron"))).containsExactly("f1");
        assertThat(ids(get("/api/stories?type=THREATEN"))).containsExactly("s3", "s2", "s1");
        assertThat(ids(get("/api/stories?type=ACCUSE&country=DEU"))).containsExactly("f1");
        assertThat(ids(get("/api/stories?entity=country:IRN&type=ACCUSE"))).isEmpty();
        assertThat(ids(get("/api/stories?country=USA&type=CONSULT&from=2026-01-16T01:30:00Z"
                + "&to=2026-01-16T03:00:00.000Z"))).containsExactly("s2");
        assertThat(ids(get("/api/stories?from=2026-01-17"))).isEmpty();
    }

    @Test
    void shouldPageWithACursorWithoutRepeatsOrGaps() throws Exception {
        List<String> seen = new ArrayList<>();
        JsonNode page = get("/api/stories?limit=2");
        seen.addAll(ids(page));
        while (!page.get("next").isNull()) {
            page = get("/api/stories?limit=2&cursor=" + page.get("next").asText());
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactly("f1", "s3", "s2", "s1");
        assertThat(ids(get("/api/stories?country=IRN&limit=1&cursor="
                + get("/api/stories?country=IRN&limit=1").get("next").asText()))).containsExactly("s2");
    }

    @Test
    void shouldGiveADyadsWindowsWithAlertsUpToTheLatestWindow() throws Exception {
        JsonNode escalation = get("/api/escalation?dyad=IRN-USA&dyad=usa-irn");

        assertThat(escalation.get("granularity").asText()).isEqualTo("day");
        assertThat(escalation.get("to").asText()).isEqualTo("2026-01-17T00:00:00.000Z");
        JsonNode series = escalation.get("series");
        assertThat(series.get(0).get("dyad").asText()).isEqualTo("IRN-USA");
        JsonNode points = series.get(0).get("points");
        assertThat(points).hasSize(14);
        JsonNode last = points.get(13);
        assertThat(last.get("start").asText()).isEqualTo("2026-01-16T00:00:00.000Z");
        assertThat(last.get("alert").asBoolean()).isTrue();
        assertThat(last.get("conflictIntensity").asDouble()).isEqualTo(40.0);
        assertThat(last.get("verbalConflict").asInt()).isEqualTo(1);
        assertThat(points.get(0).get("baseline").isNull()).isTrue();
        assertThat(series.get(1).get("points")).hasSize(14);
    }

    @Test
    void shouldGiveHourlyWindowsInARange() throws Exception {
        JsonNode escalation = get("/api/escalation?dyad=IRN-USA&granularity=hour&from=2026-01-16T01:00:00Z"
                + "&to=2026-01-16T03:00:00Z");

        JsonNode points = escalation.get("series").get(0).get("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("start").asText()).isEqualTo("2026-01-16T01:00:00.000Z");
    }

    @Test
    void shouldRankTheDyadsAndCountriesWhoseEscalationRoseMost() throws Exception {
        JsonNode rising = get("/api/escalation").get("rising");

        assertThat(rising.get("now").asText()).isEqualTo("2026-01-17T00:00:00.000Z");
        JsonNode day = rising.get("day");
        assertThat(day.get("dyads")).hasSize(1);   // USA-IRN stayed level
        assertThat(day.get("dyads").get(0).get("key").asText()).isEqualTo("IRN-USA");
        assertThat(day.get("dyads").get(0).get("rise").asDouble()).isEqualTo(38.0);
        assertThat(day.get("dyads").get(0).get("alerts").asInt()).isEqualTo(1);
        assertThat(day.get("countries").get(0).get("key").asText()).isIn("IRN", "USA");
        JsonNode week = rising.get("week").get("dyads").get(0);
        assertThat(week.get("recent").asDouble()).isEqualTo(6 * 2.0 + 40.0);
        assertThat(week.get("previous").asDouble()).isEqualTo(7 * 2.0);
    }

    @Test
    void shouldListTheEntitiesOfTheLatestStories() throws Exception {
        JsonNode all = get("/api/entities").get("entities");
        assertThat(all.get(0).get("id").asText()).isIn("country:IRN", "country:USA");
        assertThat(all.get(0).get("stories").asInt()).isEqualTo(3);

        JsonNode found = get("/api/entities?q=macr").get("entities");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asText()).isEqualTo("Emmanuel Macron");
        assertThat(get("/api/entities?q=50%25_off").get("entities")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/stories?limit=0                  | limit",
        "/api/stories?limit=lots               | limit",
        "/api/stories?limit=1&limit=2          | limit",
        "/api/stories?country=Iran             | country",
        "/api/stories?country=IR%27--          | country",
        "/api/stories?entity=IRN               | entity",
        "/api/stories?type=threat%20or%201=1   | type",
        "/api/stories?from=yesterday           | from",
        "/api/stories?from=2026-01-17&to=2026-01-16 | from",
        "/api/stories?cursor=bm90IGEgY3Vyc29y  | cursor",
        "/api/stories?sort=headline            | sort",
        "/api/escalation?dyad=IRN              | dyad",
        "/api/escalation?dyad=IRN-USA-FRA      | dyad",
        "/api/escalation?granularity=week      | granularity",
        "/api/escalation?granularity=hour&from=2025-01-01&to=2026-01-01 | too long",
        "/api/escalation?top=1000              | top",
        "/api/escalation?at=noon               | at",
        "/api/entities?limit=-1                | limit",
        "/api/stories/s1?x=1                   | x",
    })
    void shouldRejectABadParameterWith400NamingIt(String path, String named) throws Exception {
        HttpResponse<String> response = send(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(named);
    }

    @Test
    void shouldAnswer404ForAnUnknownEndpointAnd405ForAWrite() throws Exception {
        assertThat(status("/api/nothing")).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/stories"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldServeThePageAndTheChartLibraryFromTheJar() throws Exception {
        HttpResponse<String> page = send("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("/webjars/chart.js/dist/chart.umd.min.js", "/static/dashboard.js");

        HttpResponse<String> chart = send("/webjars/chart.js/dist/chart.umd.min.js");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart");
        assertThat(send("/static/dashboard.js").statusCode()).isEqualTo(200);
        assertThat(send("/static/dashboard.css").statusCode()).isEqualTo(200);
        assertThat(status("/static/../web/Dashboard.class")).isEqualTo(404);
        assertThat(status("/webjars/chart.js/../../../../../io/dateline/sink/web/Dashboard.class")).isEqualTo(404);
        assertThat(status("/health/live")).isEqualTo(200);   // the ops endpoints stay where they were
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int status(String path) throws IOException, InterruptedException {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("stories").forEach(story -> ids.add(story.get("id").asText()));
        return ids;
    }
}
