package io.dateline.enrich.deadletter;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Refuses, at serialisation, a value the producer would refuse for its size. Kafka Streams hands a serialisation
 * failure to the production exception handler before anything reaches the producer, so the record can be dead-lettered
 * in the same transaction; a too-large record that reached a transactional producer would instead put it in an error
 * state and fail the stream thread ({@link DeadLetterProductionHandler} dead-letters both kinds).
 */
public final class RecordSizeLimit {

    /** Room left under max.request.size for the key, the headers and the batch's own bytes. */
    static final int OVERHEAD_BYTES = 4096;

    private RecordSizeLimit() {
    }

    /** The largest value a producer with {@code producerProperties} takes: max.request.size less the overhead. */
    public static int maxValueBytes(Map<String, Object> producerProperties) {
        Object configured = producerProperties.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxRequest = configured == null ? 1024 * 1024 : Integer.parseInt(configured.toString().trim());
        return Math.max(1, maxRequest - OVERHEAD_BYTES);
    }

    /** {@code serde} whose serializer throws {@link RecordTooLargeException} for a value over {@code maxBytes}. */
    public static <T> Serde<T> of(Serde<T> serde, int maxBytes) {
        Serializer<T> inner = serde.serializer();
        Serializer<T> limited = (topic, value) -> {
            byte[] bytes = inner.serialize(topic, value);
            if (bytes != null && bytes.length > maxBytes) {
                throw new RecordTooLargeException("The record of " + bytes.length + " bytes for " + topic
                        + " is over the producer's limit of " + maxBytes + " bytes (max.request.size less "
                        + OVERHEAD_BYTES + " for key and headers)");
            }
            return bytes;
        };
        return Serdes.serdeFrom(limited, serde.deserializer());
    }
}
