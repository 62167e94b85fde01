package io.dateline.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.ingest.IngestConfig;
import io.dateline.ingest.IngestService;
import io.dateline.platform.ConfigSource;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /v1/stories and GET /health of the running service against a real broker. */
class StoriesEndpointIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final String TOKEN = "test-token-123";
    private static IngestService service;
    private static HttpTestClient http;

    @BeforeAll
    static void startService() {
        service = IngestService.create(IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers(),
                "DATELINE_TOPIC_PREFIX", KAFKA.uniquePrefix(),
                "DATELINE_INGEST_HTTP_HOST", "127.0.0.1",
                "DATELINE_INGEST_HTTP_PORT", "0",
                "DATELINE_INGEST_HTTP_TOKEN", TOKEN,
                "DATELINE_INGEST_HTTP_MAX_BYTES", "2000"))), Clock.systemUTC());
        service.start();
        http = new HttpTestClient(service.httpPort().orElseThrow());
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/health").statusCode() == 200);
    }

    @AfterAll
    static void stopService() {
        service.close();
        service.close();
    }

    @Test
    void shouldAnswer202WithTheIdsOnceKafkaAcknowledged() {
        HttpResponse<String> response = http.post("{\"uri\": \"urn:http:1\", \"version\": \"2\","
                + " \"headlines\": [{\"value\": \"Harbour reopens\"}], \"bodies\": [{\"value\": \"Ships left.\"}]}",
                TOKEN);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"ids\":[\"urn:http:1\"]");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void shouldAnswer400WithAPreciseMessageAndPublishNothing() {
        HttpResponse<String> response = http.post("{\"uri\": \"urn:http:2\", \"urgency\": 12}", TOKEN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("urgency 12 is not a whole number from 1 to 9").contains("\"kind\":\"invalid\"");
    }

    @Test
    void shouldAnswer413AboveTheLimitAnd401WithoutTheToken() {
        assertThat(http.post("x".repeat(2001), TOKEN).statusCode()).isEqualTo(413);
        assertThat(http.post("Ships left port.", null).statusCode()).isEqualTo(401);
        assertThat(http.post("Ships left port.", "wrong-token").statusCode()).isEqualTo(401);
        assertThat(http.post("Ships left port.", TOKEN).statusCode()).isEqualTo(202);
    }

    /** Found by StoriesEndpointFuzzTest: this was a 500 "internal error". */
    @Test
    void shouldAnswer400WhenTheBodyEndsBeforeItsContentLength() throws IOException {
        String answer = rawExchange("POST /v1/stories HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Length: 500\r\n\r\nShips left port.");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("could not be read in full");
    }

    /** Found by StoriesEndpointFuzzTest: the JDK server's drain of a broken chunked body threw; no answer came. */
    @Test
    void shouldAnswerAndCloseOnABadChunkHeaderWhetherTheBodyIsReadOrDiscarded() throws IOException {
        String badChunks = "Transfer-Encoding: chunked\r\n\r\nHarbour reopen&#99999999999;s\r\n</BODY>\r\n"
                + "VALLETTA, Jan 12, 2026 (AFP) - The harbour reopened.Ships left.\r\n\r\nA second paragraph.\r\n";

        assertThat(rawExchange("POST /v1/stories HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN + "\r\n"
                + badChunks)).startsWith("HTTP/1.1 400").contains("invalid chunk header");
        assertThat(rawExchange("POST /v1/stories HTTP/1.1\r\nHost: x\r\n" + badChunks))
                .as("no token: the body is discarded").startsWith("HTTP/1.1 401");
    }

    /** Writes a raw request, ends the input and reads the answer until the server closes (30 s at most). */
    private static String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.httpPort().orElseThrow())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldReportHealthAndCountRejectionsInMetrics() {
        http.post("", TOKEN);

        assertThat(http.get("/health").body()).contains("\"status\":\"UP\"").contains("\"kafka\"");
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(http.get("/metrics").body()).contains("dateline_ingest_rejections_total{channel=\"http\"");
    }
}
