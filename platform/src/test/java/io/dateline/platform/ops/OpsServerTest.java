package io.dateline.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private OpsServer server;

    @BeforeEach
    void start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter("dateline.stories.in", "format", "NINJS").increment(3);
        server = OpsServer.bind("127.0.0.1", 0, registry, "test")
                .readiness("kafka", () -> HealthCheck.Status.up("consumer assigned 3 partitions"))
                .readiness("database", () -> databaseUp.get() ? HealthCheck.Status.up("reachable")
                        : HealthCheck.Status.down("connection refused"))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldAnswerLivenessWhileServing() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldReportReadyOnlyWhenEveryCheckIsUp() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);

        databaseUp.set(false);
        HttpResponse<String> down = get("/health/ready");

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("connection refused")
                .contains("\"kafka\":{\"status\":\"UP\"");
        assertThat(server.ready()).isFalse();
    }

    @Test
    void shouldServePrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("dateline_stories_in_total{format=\"NINJS\"} 3.0");
    }

    @Test
    void shouldRefuseOtherMethods() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/health/live"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldBeSafeToCloseTwice() {
        server.close();
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
