package io.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.ServiceMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class IngestAppTest {

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> errors = new ListAppender<>();

    @Test
    void shouldExitWithConfigCodeWithoutPaths() {
        assertThat(IngestApp.run(ConfigSource.of(Map.of()), Clock.systemUTC())).isEqualTo(ServiceMain.EXIT_CONFIG);
    }

    @Test
    void shouldExitWithFailureCodeWhenKafkaIsUnreachable() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ships left port.\n");

        int exit = IngestApp.run(ConfigSource.of(Map.of(
                "DATELINE_INGEST_PATHS", dir.toString(),
                "DATELINE_INGEST_PUBLISH_TIMEOUT", "1s",
                "DATELINE_BOOTSTRAP_SERVERS", "127.0.0.1:1")), Clock.systemUTC());

        assertThat(exit).isEqualTo(ServiceMain.EXIT_FAILURE);
        assertThat(errors.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("ingest: Kafka at 127.0.0.1:1 failed: Cannot create topics"));
    }

    @Test
    void shouldStopAfterFirstTimeoutWhenTopicsAreNotCreated() throws IOException {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve(i + ".txt"), "Ships left port number " + i + ".\n");
        }

        int exit = IngestApp.run(ConfigSource.of(Map.of(
                "DATELINE_INGEST_PATHS", dir.toString(),
                "DATELINE_INGEST_PUBLISH_TIMEOUT", "1s",
                "DATELINE_CREATE_TOPICS", "false",
                "DATELINE_BOOTSTRAP_SERVERS", "127.0.0.1:1")), Clock.systemUTC());

        assertThat(exit).isEqualTo(ServiceMain.EXIT_FAILURE);
        assertThat(errors.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("Stopped publishing"));
    }

    @BeforeEach
    void captureLog() {
        errors.start();
        ((Logger) LoggerFactory.getLogger(IngestApp.class)).addAppender(errors);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(IngestApp.class)).detachAppender(errors);
    }
}
