package io.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.embedded.EmbeddedKafka;
import io.dateline.platform.ConfigSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest service started while Kafka is down: it answers 503 and keeps files, then catches up. */
class IngestServiceIT {

    @TempDir
    Path dir;

    @Test
    void shouldAnswer503AndKeepFilesWhileKafkaIsDownThenIngestOnceItIsUp() throws Exception {
        int kafkaPort = freePort();
        Path drop = dir.resolve("drop");
        IngestConfig config = IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort,
                "DATELINE_TOPIC_PREFIX", "down-first.",
                "DATELINE_INGEST_HTTP_HOST", "127.0.0.1",
                "DATELINE_INGEST_HTTP_PORT", "0",
                "DATELINE_INGEST_DROP_DIR", drop.toString(),
                "DATELINE_INGEST_DROP_POLL", "200ms",
                "DATELINE_INGEST_DROP_SETTLE", "200ms")));
        try (IngestService service = IngestService.create(config, Clock.systemUTC())) {
            service.start();
            int port = service.httpPort().orElseThrow();
            Files.writeString(drop.resolve("story.txt"), "Ships left port.\nAgence France-Presse\n");

            // While Kafka is down: 503 for a good story, not ready, the file stays where it is
            assertThat(post(port, "Ships came back.").statusCode()).isEqualTo(503);
            assertThat(get(port, "/health").statusCode()).isEqualTo(503);
            assertThat(service.isRunning()).isTrue();
            assertThat(drop.resolve("story.txt")).exists();

            // Once a broker listens on that port: ready, 202, and the file moves to processed/
            try (EmbeddedKafka broker = EmbeddedKafka.builder().port(kafkaPort).dataDir(dir.resolve("kafka"))
                    .start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> get(port, "/health").statusCode() == 200);
                assertThat(post(port, "Ships came back.").statusCode()).isEqualTo(202);
                await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(drop.resolve("processed/story.txt")));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> post(int port, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v1/stories")).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
