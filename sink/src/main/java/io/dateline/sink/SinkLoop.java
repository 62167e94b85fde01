package io.dateline.sink;

import io.dateline.avro.EnrichedStory;
import io.dateline.sink.DeadLetters.DeadLetter;
import io.dateline.sink.DeadLetters.DeadLetterException;
import io.dateline.sink.store.StoreException;
import io.dateline.sink.store.StoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop: poll enriched stories, write them in one transaction, send what cannot be stored to the
 * dead-letter topic, then commit the offsets. While the database is down it holds the batch, pauses fetching (polling
 * on, so the group keeps it) and tries again with a doubling back-off: offsets move only after the rows are committed.
 */
final class SinkLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final StoryStore store;
    private final DeadLetters deadLetters;
    private final Deserializer<EnrichedStory> deserializer;
    private final String topic;
    private final Duration pollTimeout;
    private final Duration backoff;
    private final Duration backoffMax;
    private volatile boolean running = true;
    private volatile boolean failed;

    SinkLoop(Consumer<byte[], byte[]> consumer, StoryStore store, DeadLetters deadLetters,
             Deserializer<EnrichedStory> deserializer, String topic, Duration pollTimeout, Duration backoff,
             Duration backoffMax) {
        this.consumer = consumer;
        this.store = store;
        this.deadLetters = deadLetters;
        this.deserializer = deserializer;
        this.topic = topic;
        this.pollTimeout = pollTimeout;
        this.backoff = backoff;
        this.backoffMax = backoffMax;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic));
            while (running) {
                pollOnce();
            }
        } catch (WakeupException e) {
            if (running) {
                failed = true;
                LOG.error("Sink consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            failed = true;
            LOG.error("Sink stopped: {}", e.getMessage(), e);
        } finally {
            consumer.close();
        }
    }

    /** Asks the loop to stop; a poll or back-off in progress returns at once. */
    void stop() {
        running = false;
        consumer.wakeup();
    }

    /** Whether the loop ended on an error. */
    boolean failed() {
        return failed;
    }

    /** One poll: decode, store (retrying while the database is down), commit. */
    void pollOnce() {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
        if (records.isEmpty()) {
            return;
        }
        SinkBatch batch = new SinkBatch(deserializer);
        batch.addAll(records);
        storeUntilDone(batch);
        commit(batch);
    }

    private void storeUntilDone(SinkBatch batch) {
        for (int attempt = 0; ; attempt++) {
            try {
                store(batch);
                consumer.resume(consumer.paused());
                return;
            } catch (StoreException | DeadLetterException e) {
                Duration wait = backoff(attempt);
                LOG.warn("Cannot store a batch of {} stories (attempt {}), trying again in {}: {}",
                        batch.decoded().size(), attempt + 1, wait, e.getMessage());
                waitKeepingMembership(batch, wait);
            }
        }
    }

    /** Writes the batch in one transaction, or story by story when the database refuses one of them. */
    private void store(SinkBatch batch) {
        List<DeadLetter> letters = new ArrayList<>(batch.undecodable());
        try {
            int changed = store.write(batch.stories());
            LOG.debug("Stored {} stories, {} changed", batch.decoded().size(), changed);
        } catch (StoreException e) {
            if (e.retryable()) {
                throw e;
            }
            LOG.warn("The database refused a batch of {} stories, writing them one by one: {}",
                    batch.decoded().size(), e.getMessage());
            letters.addAll(storeOneByOne(batch));
        }
        deadLetters.publish(letters);
        if (!letters.isEmpty()) {
            LOG.warn("Sent {} records to the dead-letter topic", letters.size());
        }
    }

    private List<DeadLetter> storeOneByOne(SinkBatch batch) {
        List<DeadLetter> refused = new ArrayList<>();
        for (SinkBatch.Decoded decoded : batch.decoded()) {
            try {
                store.write(List.of(decoded.story()));
            } catch (StoreException e) {
                if (e.retryable()) {
                    throw e;
                }
                refused.add(new DeadLetter(decoded.source(), DeadLetters.REASON_STORAGE, e));
            }
        }
        return refused;
    }

    /** Waits {@code wait} inside poll with every partition paused; records of partitions gained meanwhile join. */
    private void waitKeepingMembership(SinkBatch batch, Duration wait) {
        consumer.pause(consumer.assignment());
        ConsumerRecords<byte[], byte[]> more = consumer.poll(wait);
        batch.addAll(more);
        batch.retainPartitions(consumer.assignment());
    }

    private Duration backoff(int attempt) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }

    private void commit(SinkBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(batch.offsets());
        } catch (WakeupException e) {
            // asked to stop while committing: the rows are stored, so commit before leaving
            consumer.commitSync(batch.offsets());
            throw e;
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.warn("Offsets not committed, the partitions moved to another consumer (it will store the same "
                    + "records again, which changes nothing): {}", e.getMessage());
        }
    }
}
