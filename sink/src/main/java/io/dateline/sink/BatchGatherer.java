package io.dateline.sink;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Polls records into batches for the sink: a batch holds up to the batch size, and once it has its first record
 * waits up to the linger for more. Records polled beyond a full batch queue for the next one. After every poll the
 * queue and the batch keep only records of partitions still assigned (a rebalance runs inside poll; a partition given
 * back may be read again from its committed offset, which only repeats records the store collapses).
 */
final class BatchGatherer {

    private final Consumer<byte[], byte[]> consumer;
    private final SinkTopics topics;
    private final int batchSize;
    private final Duration pollTimeout;
    private final Duration linger;
    /** A partition the sink has read has a position without asking the broker; this only bounds a surprise. */
    private static final Duration POSITION_TIMEOUT = Duration.ofSeconds(5);

    private final ArrayDeque<ConsumerRecord<byte[], byte[]>> queued = new ArrayDeque<>();

    BatchGatherer(Consumer<byte[], byte[]> consumer, SinkTopics topics, SinkConfig config) {
        this.consumer = consumer;
        this.topics = topics;
        this.batchSize = config.batchSize();
        this.pollTimeout = config.pollTimeout();
        this.linger = config.linger();
    }

    /** The next batch: empty when no record came within the poll timeout. */
    SinkBatch next(BooleanSupplier running) {
        SinkBatch batch = new SinkBatch(topics);
        take(batch);
        if (batch.size() < batchSize) {
            poll(batch, pollTimeout);
        }
        long deadline = System.nanoTime() + linger.toNanos();
        while (running.getAsBoolean() && batch.size() > 0 && batch.size() < batchSize) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            poll(batch, Duration.ofNanos(left));
        }
        return batch;
    }

    /**
     * Waits {@code wait} inside poll with every partition paused, keeping the group membership; records of
     * partitions gained meanwhile queue for the next batch, and {@code batch} loses the records of partitions lost.
     */
    void waitPaused(SinkBatch batch, Duration wait) {
        consumer.pause(consumer.assignment());
        consumer.poll(wait).forEach(queued::add);
        trim(batch);
    }

    /**
     * The offsets to commit for the partitions of {@code committed} (partition → offset committed last) whose position
     * has moved past it while nothing of theirs is queued: everything before the position is stored, or was never a
     * record to store (a transaction's commit marker, an aborted record, a record compacted away). Committing the
     * position instead of the last record's offset + 1 lets the group's lag reach 0 on topics written in transactions.
     */
    Map<TopicPartition, OffsetAndMetadata> advancedPositions(Map<TopicPartition, Long> committed) {
        Set<TopicPartition> pending = new HashSet<>();
        queued.forEach(record -> pending.add(SinkBatch.partition(record)));
        Set<TopicPartition> owned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> advanced = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (owned.contains(partition) && !pending.contains(partition)) {
                long position = consumer.position(partition, POSITION_TIMEOUT);
                if (position > offset) {
                    advanced.put(partition, new OffsetAndMetadata(position));
                }
            }
        });
        return advanced;
    }

    /** Records of the assigned partitions not fetched yet, as the consumer last saw the end offsets, plus the queue. */
    long lag() {
        long behind = queued.size();
        for (TopicPartition partition : consumer.assignment()) {
            behind += consumer.currentLag(partition).orElse(0);
        }
        return behind;
    }

    /** Fetches again from every partition. */
    void resume() {
        consumer.resume(consumer.paused());
    }

    private void poll(SinkBatch batch, Duration timeout) {
        consumer.poll(timeout).forEach(queued::add);
        trim(batch);
        take(batch);
    }

    private void trim(SinkBatch batch) {
        Set<TopicPartition> owned = consumer.assignment();
        queued.removeIf(record -> !owned.contains(SinkBatch.partition(record)));
        batch.retainPartitions(owned);
    }

    private void take(SinkBatch batch) {
        while (batch.size() < batchSize && !queued.isEmpty()) {
            batch.add(queued.poll());
        }
    }
}
