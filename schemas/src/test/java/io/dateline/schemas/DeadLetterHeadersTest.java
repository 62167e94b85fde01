package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    @Test
    void shouldNameServiceReasonRootCauseAndSourceReplacingOlderValues() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, "stale".getBytes(StandardCharsets.UTF_8));
        Exception error = new IllegalStateException("cannot tag", new ArithmeticException("/ by zero"));

        DeadLetterHeaders.write(headers, "enrich", DeadLetterHeaders.REASON_PROCESSING, error, "raw", 2, 41L);

        assertThat(value(headers, DeadLetterHeaders.SERVICE)).isEqualTo("enrich");
        assertThat(value(headers, DeadLetterHeaders.REASON)).isEqualTo("processing");
        assertThat(headers.headers(DeadLetterHeaders.REASON)).hasSize(1);
        assertThat(value(headers, DeadLetterHeaders.MESSAGE)).isEqualTo(
                "cannot tag (caused by java.lang.ArithmeticException: / by zero)");
        assertThat(value(headers, DeadLetterHeaders.EXCEPTION)).isEqualTo("java.lang.ArithmeticException");
        assertThat(value(headers, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("raw");
        assertThat(value(headers, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("2");
        assertThat(value(headers, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("41");
    }

    @Test
    void shouldTruncateVeryLongMessages() {
        RecordHeaders headers = new RecordHeaders();

        DeadLetterHeaders.write(headers, "sink", DeadLetterHeaders.REASON_STORAGE,
                new RuntimeException("x".repeat(10_000)), "t", 0, 0);

        assertThat(value(headers, DeadLetterHeaders.MESSAGE)).hasSize(2_003).endsWith("...");
    }

    private static String value(RecordHeaders headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
