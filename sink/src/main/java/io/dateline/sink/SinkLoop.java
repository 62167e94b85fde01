package io.dateline.sink;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.sink.DeadLetters.DeadLetter;
import io.dateline.sink.DeadLetters.DeadLetterException;
import io.dateline.sink.store.StoreException;
import io.dateline.sink.store.StoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop over the enriched-stories and escalation topics: gather a batch ({@link BatchGatherer}),
 * write its stories and windows in one transaction, send what cannot be stored to the dead-letter topic, then commit
 * the offsets. While the database is down it holds the batch, pauses fetching (polling on, so the group keeps it) and
 * tries again with a doubling back-off: offsets move only after the rows are committed. When idle it commits the
 * positions that moved past the last committed offsets with nothing to store (transaction markers of enrich's
 * exactly-once output), so the group's lag reaches 0.
 */
final class SinkLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final StoryStore store;
    private final DeadLetters deadLetters;
    private final SinkTopics topics;
    private final SinkConfig config;
    private final BatchGatherer gatherer;
    private final SinkMetrics metrics;
    private volatile boolean running = true;
    private volatile boolean failed;
    private volatile boolean joined;
    private volatile boolean storeFailing;
    /** The offset committed last per partition, while the partition is assigned (loop thread only). */
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    SinkLoop(Consumer<byte[], byte[]> consumer, StoryStore store, DeadLetters deadLetters, SinkTopics topics,
             SinkConfig config, SinkMetrics metrics) {
        this.consumer = consumer;
        this.store = store;
        this.deadLetters = deadLetters;
        this.topics = topics;
        this.config = config;
        this.gatherer = new BatchGatherer(consumer, topics, config);
        this.metrics = metrics;
    }

    @Override
    public void run() {
        try {
            subscribe();
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

    /** Subscribes the consumer to the sink's topics, tracking its membership for {@link #ready()}. */
    void subscribe() {
        consumer.subscribe(topics.names(), new Membership());
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

    /** Whether the consumer has its partitions and the last write (if any) reached the database. */
    boolean ready() {
        return running && !failed && joined && !storeFailing;
    }

    /** One batch: gather, decode, store (retrying while the database is down), commit. */
    void pollOnce() {
        SinkBatch batch = gatherer.next(() -> running);
        if (batch.isEmpty()) {
            commitIdle();
            return;
        }
        long start = System.nanoTime();
        int changed = storeUntilDone(batch);
        metrics.stored(batch.stories().size(), batch.windows().size(), changed,
                Duration.ofNanos(System.nanoTime() - start));
        commit(batch);
        metrics.lag(gatherer.lag());
    }

    /** Stores the batch, waiting out database outages; returns how many story rows changed. */
    private int storeUntilDone(SinkBatch batch) {
        for (int attempt = 0; ; attempt++) {
            try {
                int changed = store(batch);
                storeFailing = false;
                gatherer.resume();
                return changed;
            } catch (StoreException | DeadLetterException e) {
                storeFailing = storeFailing || e instanceof StoreException;
                Duration wait = backoff(attempt);
                LOG.warn("Cannot store a batch of {} records (attempt {}), trying again in {}: {}", batch.size(),
                        attempt + 1, wait, e.getMessage());
                gatherer.waitPaused(batch, wait);
            }
        }
    }

    /**
     * Writes the batch in one transaction, or record by record when the database refuses one of them; returns how many
     * story rows changed (not counted record by record).
     */
    private int store(SinkBatch batch) {
        List<DeadLetter> letters = new ArrayList<>(batch.undecodable());
        int changed = 0;
        try {
            changed = store.write(batch.stories(), batch.windows());
            LOG.debug("Stored {} records, {} stories changed", batch.size(), changed);
        } catch (StoreException e) {
            if (e.retryable()) {
                throw e;
            }
            LOG.warn("The database refused a batch of {} records, writing them one by one: {}", batch.size(),
                    e.getMessage());
            letters.addAll(storeOneByOne(batch));
        }
        deadLetters.publish(letters);
        if (!letters.isEmpty()) {
            LOG.warn("Sent {} records to the dead-letter topic", letters.size());
            letters.stream().collect(Collectors.groupingBy(DeadLetter::reason, Collectors.counting()))
                    .forEach((reason, count) -> metrics.deadLetters(reason, count.intValue()));
        }
        return changed;
    }

    private List<DeadLetter> storeOneByOne(SinkBatch batch) {
        List<DeadLetter> refused = new ArrayList<>();
        for (SinkBatch.Decoded<EnrichedStory> story : batch.decodedStories()) {
            writeAlone(story.source(), () -> store.write(List.of(story.value()), List.of()), refused);
        }
        for (SinkBatch.Decoded<EscalationWindow> window : batch.decodedWindows()) {
            writeAlone(window.source(), () -> store.write(List.of(), List.of(window.value())), refused);
        }
        return refused;
    }

    /** Runs {@code write}; when the database refuses the record, adds it to {@code refused}. */
    private static void writeAlone(ConsumerRecord<byte[], byte[]> source, Runnable write, List<DeadLetter> refused) {
        try {
            write.run();
        } catch (StoreException e) {
            if (e.retryable()) {
                throw e;
            }
            refused.add(new DeadLetter(source, DeadLetters.REASON_STORAGE, e));
        }
    }

    private Duration backoff(int attempt) {
        Duration wait = config.retryBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(config.retryBackoffMax()) > 0 ? config.retryBackoffMax() : wait;
    }

    private void commit(SinkBatch batch) {
        if (!batch.isEmpty()) {
            commit(batch.offsets());
        }
    }

    /** Commits the positions that moved past the last commit with nothing to store (see the class comment). */
    private void commitIdle() {
        Map<TopicPartition, OffsetAndMetadata> advanced = gatherer.advancedPositions(committed);
        if (!advanced.isEmpty()) {
            LOG.debug("Committing positions past records not to store (transaction markers): {}", advanced);
            commit(advanced);
        }
        metrics.lag(gatherer.lag());
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets);
            offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        } catch (WakeupException e) {
            // asked to stop while committing: the rows are stored, so commit before leaving
            consumer.commitSync(offsets);
            throw e;
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.warn("Offsets not committed, the partitions moved to another consumer (it will store the same "
                    + "records again, which changes nothing): {}", e.getMessage());
        }
    }

    /** Tracks whether the consumer has joined its group and received its partitions. */
    private final class Membership implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                // where the group stands (0 for a partition it never committed), so an idle commit can move it on
                consumer.committed(new HashSet<>(partitions)).forEach((partition, offset) ->
                        committed.put(partition, offset == null ? 0L : offset.offset()));
            }
            joined = true;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // the queue is trimmed to the assignment after every poll
            partitions.forEach(committed::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            joined = false;
            partitions.forEach(committed::remove);
        }
    }
}
