package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.enrich.EnrichConfig;
import io.dateline.enrich.EnrichService;
import io.dateline.ingest.IngestConfig;
import io.dateline.ingest.IngestService;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.sink.PostgresSchemaExtension;
import io.dateline.sink.SinkConfig;
import io.dateline.sink.SinkService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No secret ever reaches a log line: the three services run in-process against the embedded broker and PostgreSQL
 * with recognisable secrets (the ingest token and the database password from {@code _FILE} secret files, a SASL
 * password in {@code KAFKA_SASL_JAAS_CONFIG}, registry credentials), a story goes through with the right token and a
 * request with a wrong one is refused; every log event of the run, at DEBUG for our code and Kafka's clients, is
 * rendered as text and as JSON, with arguments, MDC and stack traces, and searched for the secrets.
 */
class SecretsInLogsIT {

    private static final String TOKEN = "tok-7f3a9c-NEVER-LOGGED";
    private static final String DB_PASSWORD = "pw-81d2e4-NEVER-LOGGED";
    private static final String SASL_PASSWORD = "sasl-55b0aa-NEVER-LOGGED";
    private static final String REGISTRY_PASSWORD = "reg-3c9e11-NEVER-LOGGED";
    private static final List<String> SECRETS = List.of(TOKEN, DB_PASSWORD, SASL_PASSWORD, REGISTRY_PASSWORD);
    /** Broker-side loggers of the embedded broker stay at INFO: they never see the services' settings. */
    private static final List<String> BROKER_LOGGERS = List.of("kafka", "org.apache.kafka.server",
            "org.apache.kafka.raft", "org.apache.kafka.controller", "org.apache.kafka.storage",
            "org.apache.kafka.image", "org.apache.kafka.metadata", "org.apache.kafka.coordinator");

    private static final List<String> CLIENT_LOGGERS = List.of("org.apache.kafka.common.config",
            "org.apache.kafka.common.network", "org.apache.kafka.common.utils", "org.apache.kafka.common.security");

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final PostgresSchemaExtension POSTGRES = new PostgresSchemaExtension();

    private final Capture capture = new Capture();
    private final Map<String, Level> levelsBefore = new HashMap<>();

    @TempDir
    Path dir;

    /** Keeps every event of the run, rendered every way an appender could. */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> lines = new ArrayList<>();
        private final PatternLayout layout = new PatternLayout();
        private final JsonEncoder json = new JsonEncoder();

        void begin(LoggerContext context) {
            setContext(context);
            layout.setContext(context);
            layout.setPattern("%level [%thread] %logger %mdc %kvp - %msg%n%ex{full}");
            layout.start();
            json.setContext(context);
            json.start();
            start();
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            lines.add(layout.doLayout(event));
            lines.add(new String(json.encode(event), StandardCharsets.UTF_8));
            if (event.getArgumentArray() != null) {
                lines.add(Arrays.deepToString(event.getArgumentArray()));
            }
        }

        synchronized List<String> snapshot() {
            return List.copyOf(lines);
        }
    }

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture.begin(context);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(capture);
        setLevel(context, org.slf4j.Logger.ROOT_LOGGER_NAME, Level.DEBUG);
        setLevel(context, "io.dateline", Level.DEBUG);
        setLevel(context, "org.apache.kafka", Level.DEBUG);
        BROKER_LOGGERS.forEach(name -> setLevel(context, name, Level.INFO));
        // shared with the clients, and quietened by the embedded broker (BrokerLogging): the config dumps live here
        CLIENT_LOGGERS.forEach(name -> setLevel(context, name, Level.DEBUG));
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(capture);
        capture.stop();
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void shouldNeverLogASecretWhileTheServicesWork() throws Exception {
        // Given: secrets in files and in the environment, as a deployment gives them
        Path tokenFile = Files.writeString(dir.resolve("ingest_token"), TOKEN + "\n");
        Path passwordFile = Files.writeString(dir.resolve("db_password"), DB_PASSWORD + "\n");
        String prefix = KAFKA.uniquePrefix();
        Map<String, String> env = new HashMap<>();
        env.put(KafkaSettings.BOOTSTRAP_SERVERS.name(), KAFKA.bootstrapServers());
        env.put(KafkaSettings.TOPIC_PREFIX.name(), prefix);
        env.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"dateline\" password=\"" + SASL_PASSWORD + "\";");
        env.put(IngestConfig.HTTP_PORT.name(), "0");
        env.put(IngestConfig.HTTP_TOKEN.fileName(), tokenFile.toString());
        env.put(EnrichConfig.APPLICATION_ID.name(), prefix + "enrich");
        env.put(EnrichConfig.COMMIT_INTERVAL.name(), "200ms");
        env.put(EnrichConfig.HTTP_PORT.name(), "0");
        env.put(SinkConfig.GROUP_ID.name(), prefix + "sink");
        env.put(SinkConfig.DB_URL.name(), POSTGRES.url());
        env.put(SinkConfig.DB_USER.name(), POSTGRES.user());
        env.put(SinkConfig.DB_PASSWORD.fileName(), passwordFile.toString());
        env.put(SinkConfig.HTTP_PORT.name(), "0");
        ConfigSource config = ConfigSource.of(env);
        IngestConfig ingestConfig = IngestConfig.from(config);
        EnrichConfig enrichConfig = EnrichConfig.from(config);
        SinkConfig sinkConfig = SinkConfig.from(config);
        KafkaSettings withRegistryCredentials = KafkaSettings.from(config.with(Map.of(
                KafkaSettings.SCHEMA_REGISTRY_URL.name(), "http://registry.invalid:8080/apis/ccompat/v7",
                KafkaSettings.SCHEMA_REGISTRY_USER_INFO.name(), "dateline:" + REGISTRY_PASSWORD)));
        assertThat(ingestConfig.httpToken()).isEqualTo(TOKEN);
        assertThat(sinkConfig.dbPassword()).isEqualTo(DB_PASSWORD);
        org.slf4j.Logger log = LoggerFactory.getLogger(SecretsInLogsIT.class);
        log.info("configurations: {} {} {} {}", ingestConfig, enrichConfig, sinkConfig, withRegistryCredentials);

        // When: the services start, refuse a wrong token, take a story with the right one, store it and stop
        String body = Files.readString(EndToEndScenario.SEEDS.resolve("005_sanctions.txt"));
        try (SinkService sink = new SinkService(sinkConfig);
             EnrichService enrich = EnrichService.create(enrichConfig);
             IngestService ingest = IngestService.create(ingestConfig, Clock.systemUTC())) {
            sink.start();
            enrich.start();
            ingest.start();
            int port = ingest.httpPort().orElseThrow();
            await().atMost(Duration.ofSeconds(60)).until(() -> post(port, "wrong-token", body) == 401);
            await().atMost(Duration.ofSeconds(60)).until(() -> post(port, TOKEN, body) == 202);
            await().atMost(Duration.ofSeconds(90)).until(() -> storedStories() == 1);
        }

        // Then
        List<String> lines = capture.snapshot();
        assertThat(lines).as("the run was logged").hasSizeGreaterThan(100)
                .anyMatch(line -> line.contains("ProducerConfig values"))
                .anyMatch(line -> line.contains("sasl.jaas.config = [hidden]"));
        for (String secret : SECRETS) {
            assertThat(lines).as("log lines holding %s", secret).noneMatch(line -> line.contains(secret));
        }
    }

    private static int post(int port, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/stories"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long storedStories() throws Exception {
        try (Connection connection = POSTGRES.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM stories")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException tableNotYetCreated) {
            return 0;
        }
    }

    private void setLevel(LoggerContext context, String name, Level level) {
        Logger logger = context.getLogger(name);
        levelsBefore.putIfAbsent(name, logger.getLevel());
        logger.setLevel(level);
    }
}
