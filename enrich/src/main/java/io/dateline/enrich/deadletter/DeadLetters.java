package io.dateline.enrich.deadletter;

import io.dateline.schemas.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Dead-letter records of Kafka Streams' built-in dead-letter queue ({@code errors.dead.letter.queue.topic.name}) →
 * the same records with the pipeline's own {@link DeadLetterHeaders} added: service, reason, message, exception and
 * source topic, partition and offset. Streams' {@code __streams.errors.*} headers stay; key and value stay the raw
 * source bytes.
 */
public final class DeadLetters {

    /** The service name the headers carry. */
    public static final String SERVICE = "enrich";
    /** Reason: the record's bytes are not a RawStory. */
    public static final String DESERIALIZATION = "deserialization";
    /** Reason: enriching the record threw. */
    public static final String PROCESSING = "processing";
    /** Reason: the enriched record could not be written. */
    public static final String PRODUCTION = "production";

    private static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetters() {
    }

    /** {@code records} with the pipeline's headers for a failure of kind {@code reason}. */
    static List<ProducerRecord<byte[], byte[]>> withHeaders(List<ProducerRecord<byte[], byte[]>> records,
                                                           String reason, ErrorHandlerContext context,
                                                           Exception exception) {
        List<ProducerRecord<byte[], byte[]>> result = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> record : records) {
            Headers headers = new RecordHeaders(record.headers().toArray());
            put(headers, DeadLetterHeaders.SERVICE, SERVICE);
            put(headers, DeadLetterHeaders.REASON, reason);
            put(headers, DeadLetterHeaders.MESSAGE, message(exception));
            put(headers, DeadLetterHeaders.EXCEPTION, rootCause(exception).getClass().getName());
            put(headers, DeadLetterHeaders.SOURCE_TOPIC, context.topic());
            put(headers, DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(context.partition()));
            put(headers, DeadLetterHeaders.SOURCE_OFFSET, Long.toString(context.offset()));
            result.add(new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(),
                    record.value(), headers));
        }
        return result;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, Objects.requireNonNullElse(value, "").getBytes(StandardCharsets.UTF_8));
    }

    private static String message(Exception exception) {
        Throwable cause = rootCause(exception);
        String text = cause == exception ? String.valueOf(exception.getMessage())
                : exception.getMessage() + " (caused by " + cause + ")";
        return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) : text;
    }

    private static Throwable rootCause(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
