package io.dateline.cli;

import io.dateline.platform.KafkaSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one topic's raw records for the operator commands, without joining a consumer group (assigned partitions, no
 * committed offsets): from the beginning or the end, until caught up with the end offsets seen at the start, or on
 * and on until stopped.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    TopicReader(KafkaSettings settings, String topic, boolean fromBeginning) {
        this.consumer = new KafkaConsumer<>(settings.clientProperties(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "dateline-cli-" + UUID.randomUUID().toString().substring(0, 8),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            consumer.close();
            throw new IllegalArgumentException("topic " + topic + " does not exist on " + settings.bootstrapServers());
        }
        this.partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    /** Hands every record up to the end offsets of now to {@code each}, at most {@code max} (negative: no limit). */
    int readToEnd(int max, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        int read = 0;
        while (!caughtUp(ends) && (max < 0 || read < max)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))
                        && (max < 0 || read < max)) {
                    each.accept(record);
                    read++;
                }
            }
        }
        return read;
    }

    /** Hands every record to {@code each} until {@code stop} is set or {@code max} were read. */
    int follow(int max, AtomicBoolean stop, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        int read = 0;
        while (!stop.get() && (max < 0 || read < max)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (max < 0 || read < max) {
                    each.accept(record);
                    read++;
                }
            }
        }
        return read;
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
