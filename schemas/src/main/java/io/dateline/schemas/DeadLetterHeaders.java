package io.dateline.schemas;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;

/**
 * The headers a dead-letter record carries, so operators can see with kcat or a Kafka UI why it failed and where it
 * came from, and the reasons every service uses. {@link #write} puts them on a record's headers, replacing older
 * values of the same names.
 */
public final class DeadLetterHeaders {
    /** The service that gave up on the record: ingest, enrich, sink. */
    public static final String SERVICE = "dateline.error.service";
    /** Short machine-readable reason: one of the REASON_* values. */
    public static final String REASON = "dateline.error.reason";
    /** Human-readable message of the failure. */
    public static final String MESSAGE = "dateline.error.message";
    /** Class name of the root cause. */
    public static final String EXCEPTION = "dateline.error.exception";
    /** Topic, partition and offset the record was read from. */
    public static final String SOURCE_TOPIC = "dateline.source.topic";
    public static final String SOURCE_PARTITION = "dateline.source.partition";
    public static final String SOURCE_OFFSET = "dateline.source.offset";

    /** The record's bytes are not the record the topic carries (not Avro, unknown schema, no value). */
    public static final String REASON_DESERIALIZATION = "deserialization";
    /** Processing the record threw. */
    public static final String REASON_PROCESSING = "processing";
    /** The result could not be written to Kafka. */
    public static final String REASON_PRODUCTION = "production";
    /** The database refused the record (a value it cannot hold, a constraint). */
    public static final String REASON_STORAGE = "storage";

    private static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetterHeaders() {
    }

    /** Puts every dead-letter header on {@code headers}: who gave up, why, and where the record was read from. */
    public static void write(Headers headers, String service, String reason, Throwable error, String sourceTopic,
                             int sourcePartition, long sourceOffset) {
        put(headers, SERVICE, service);
        put(headers, REASON, reason);
        put(headers, MESSAGE, message(error));
        put(headers, EXCEPTION, rootCause(error).getClass().getName());
        put(headers, SOURCE_TOPIC, sourceTopic);
        put(headers, SOURCE_PARTITION, Integer.toString(sourcePartition));
        put(headers, SOURCE_OFFSET, Long.toString(sourceOffset));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, Objects.requireNonNullElse(value, "").getBytes(StandardCharsets.UTF_8));
    }

    private static String message(Throwable error) {
        Throwable cause = rootCause(error);
        String text = cause == error ? String.valueOf(error.getMessage())
                : error.getMessage() + " (caused by " + cause + ")";
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "..." : text;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
