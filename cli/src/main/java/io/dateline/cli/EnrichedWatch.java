package io.dateline.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The bench's view of the enriched topic: a read_committed consumer (as the sink reads) on every partition, from the
 * end the topic had when the watch started, counting the records whose key (the story id) starts with a run's prefix.
 * Counting records, not offsets: under exactly_once_v2 every transaction also leaves a marker at an offset.
 */
final class EnrichedWatch implements AutoCloseable {

    /** The thread that reads the enriched topic; its CPU is counted with the bench's. */
    static final String THREAD = "dateline-bench-enriched-watch";

    private final Thread thread;
    private volatile long allSeenAtMillis = -1;
    private volatile boolean closed;

    private EnrichedWatch(Map<String, Object> clientProperties, String topic, String prefix, int count) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);   // fix the start now, before anything is published
        byte[] prefixBytes = prefix.getBytes(StandardCharsets.UTF_8);
        thread = new Thread(() -> {
            try (consumer) {
                int seen = 0;
                while (!closed && seen < count) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        if (startsWith(record.key(), prefixBytes)) {
                            seen++;
                        }
                    }
                }
                if (seen >= count) {
                    allSeenAtMillis = System.currentTimeMillis();
                }
            }
        }, THREAD);
        thread.setDaemon(true);
        thread.start();
    }

    static EnrichedWatch start(Map<String, Object> clientProperties, String topic, String prefix, int count) {
        return new EnrichedWatch(clientProperties, topic, prefix, count);
    }

    /** When the last of the records was read (epoch ms), or -1 if not (yet). */
    long allSeenAtMillis() {
        return allSeenAtMillis;
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        if (key == null || key.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (key[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(5_000);
    }
}
