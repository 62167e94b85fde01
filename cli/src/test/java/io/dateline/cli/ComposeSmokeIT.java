package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The whole docker-compose.yml stack, as a user starts it: images built from the services' Dockerfiles over what
 * {@code ./mvnw package} left in target/, the broker, the registry, PostgreSQL; a story POSTed to ingest with the
 * token from deploy/secrets reaches PostgreSQL through enrich and sink. Skipped without Docker (and when the
 * services' distributions were not built: run {@code ./mvnw -DskipTests package} first). Uses the host ports the
 * compose file publishes (8080-8084, 9092), so stop a running `docker compose up` first.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeSmokeIT {

    private static final Path ROOT = Path.of("..");
    private static ComposeContainer compose;

    @BeforeAll
    static void startStack() {
        for (String service : new String[] {"ingest", "enrich", "sink"}) {
            Assumptions.assumeTrue(Files.isDirectory(ROOT.resolve(service).resolve("target/lib")),
                    service + "/target/lib is missing: run ./mvnw -DskipTests package first");
        }
        compose = new ComposeContainer(new File("../docker-compose.yml"))
                .withBuild(true)
                .withRemoveVolumes(true)
                .withExposedService("ingest", 8080, Wait.forHealthcheck())
                .withExposedService("enrich", 8082, Wait.forHealthcheck())
                .withExposedService("sink", 8083, Wait.forHealthcheck())
                .withStartupTimeout(Duration.ofMinutes(10));
        compose.start();
    }

    @AfterAll
    static void stopStack() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    void shouldCarryAStoryPostedToIngestIntoPostgres() throws Exception {
        // Given
        String token = Files.readString(ROOT.resolve("deploy/secrets/ingest_token")).strip();
        String story = Files.readString(EndToEndScenario.SEEDS.resolve("002_port_strike.txt"));
        String ingest = "http://" + compose.getServiceHost("ingest", 8080) + ":"
                + compose.getServicePort("ingest", 8080);
        HttpClient http = HttpClient.newHttpClient();

        // When
        await().atMost(Duration.ofSeconds(60)).until(() -> http.send(HttpRequest.newBuilder(
                        URI.create(ingest + "/v1/stories")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(story)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 202);

        // Then
        ContainerState postgres = compose.getContainerByServiceName("postgres").orElseThrow();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> postgres.execInContainer(
                "psql", "-U", "dateline", "-d", "dateline", "-tAc", "SELECT COUNT(*) FROM stories")
                .getStdout().strip().equals("1"));
        String metrics = http.send(HttpRequest.newBuilder(URI.create(ingest + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("dateline_ingest_stories_published_total{format=\"plain_text\"} 1.0");
    }
}
