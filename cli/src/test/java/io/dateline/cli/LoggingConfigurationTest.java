package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/**
 * Both logging configurations — the dateline command's logback.xml and the services' own (platform's
 * logging/service.xml, which the images use) — write one JSON object per line to stderr with
 * DATELINE_LOG_FORMAT=json, and plain lines by default.
 */
class LoggingConfigurationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"logback.xml", "io/dateline/platform/logging/service.xml"})
    void shouldWriteOneJsonObjectPerEventWhenAskedFor(String configuration) throws Exception {
        // When
        List<String> lines = logWith(configuration, "json");

        // Then
        assertThat(lines).hasSize(1);
        JsonNode event = JSON.readTree(lines.get(0));
        assertThat(event.path("level").asText()).isEqualTo("ERROR");
        assertThat(event.path("loggerName").asText()).isEqualTo("io.dateline.test");
        assertThat(event.path("formattedMessage").asText()).isEqualTo("sink: store \"main\" failed");
        assertThat(event.path("timestamp").asLong()).isPositive();
        assertThat(event.at("/throwable/className").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(event.at("/throwable/message").asText()).isEqualTo("disk full");
    }

    @ParameterizedTest
    @ValueSource(strings = {"logback.xml", "io/dateline/platform/logging/service.xml"})
    void shouldWritePlainLinesByDefault(String configuration) throws Exception {
        List<String> lines = logWith(configuration, null);

        assertThat(lines.get(0)).contains("ERROR").contains("sink: store \"main\" failed");
        assertThat(lines).anyMatch(line -> line.contains("java.lang.IllegalStateException: disk full"));
    }

    /** Logs one error with a stack trace through a fresh context configured from {@code resource}; stderr's lines. */
    private static List<String> logWith(String resource, String format) throws Exception {
        URL url = LoggingConfigurationTest.class.getClassLoader().getResource(resource);
        assertThat(url).as("%s on the class path", resource).isNotNull();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        if (format != null) {
            context.putProperty("DATELINE_LOG_FORMAT", format);
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(url);
            Logger logger = context.getLogger("io.dateline.test");
            logger.error("sink: store \"{}\" failed", "main", new IllegalStateException("disk full"));
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
