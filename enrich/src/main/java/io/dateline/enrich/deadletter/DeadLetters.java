package io.dateline.enrich.deadletter;

import io.dateline.schemas.DeadLetterHeaders;
import java.util.ArrayList;
import java.util.List;
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
    public static final String DESERIALIZATION = DeadLetterHeaders.REASON_DESERIALIZATION;
    /** Reason: enriching the record threw. */
    public static final String PROCESSING = DeadLetterHeaders.REASON_PROCESSING;
    /** Reason: the enriched record could not be written. */
    public static final String PRODUCTION = DeadLetterHeaders.REASON_PRODUCTION;

    private DeadLetters() {
    }

    /** {@code records} with the pipeline's headers for a failure of kind {@code reason}. */
    static List<ProducerRecord<byte[], byte[]>> withHeaders(List<ProducerRecord<byte[], byte[]>> records,
                                                           String reason, ErrorHandlerContext context,
                                                           Exception exception) {
        List<ProducerRecord<byte[], byte[]>> result = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> record : records) {
            Headers headers = new RecordHeaders(record.headers().toArray());
            DeadLetterHeaders.write(headers, SERVICE, reason, exception, context.topic(), context.partition(),
                    context.offset());
            result.add(new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(),
                    record.value(), headers));
        }
        return result;
    }
}
