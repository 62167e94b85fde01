package io.dateline.ingest.publish;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * A publish timeout -> the producer defaults of ingest: idempotent (enable.idempotence, acks=all), so a retried send
 * never writes a story twice or out of order; lz4-compressed text; and one time limit for a record, whether it waits
 * for metadata (max.block.ms) or for its acknowledgement (delivery.timeout.ms). {@code KAFKA_*} settings override them.
 */
final class ProducerProperties {

    static final String CLIENT_ID = "dateline-ingest";
    static final int LINGER_MS = 5;
    private static final int MAX_REQUEST_TIMEOUT_MS = 30_000;

    private ProducerProperties() {
    }

    static Map<String, Object> defaults(Duration timeout) {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        return Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, LINGER_MS,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(MAX_REQUEST_TIMEOUT_MS, timeoutMs - LINGER_MS),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
    }
}
