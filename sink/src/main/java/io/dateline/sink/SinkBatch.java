package io.dateline.sink;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.sink.DeadLetters.DeadLetter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The records written together in one transaction: the stories and escalation windows they decode to (by the topic
 * each came from, {@link SinkTopics}), the records that do not decode (dead letters), and the offsets to commit once
 * all of it is stored.
 */
final class SinkBatch {

    /** A decoded value and the record it came from. */
    record Decoded<T>(ConsumerRecord<byte[], byte[]> source, T value) {
    }

    private final SinkTopics topics;
    private final List<Decoded<EnrichedStory>> stories = new ArrayList<>();
    private final List<Decoded<EscalationWindow>> windows = new ArrayList<>();
    private final List<DeadLetter> undecodable = new ArrayList<>();
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
    private int records;

    SinkBatch(SinkTopics topics) {
        this.topics = topics;
    }

    /** Decodes {@code record} into the batch; a record that does not decode becomes a dead letter. */
    void add(ConsumerRecord<byte[], byte[]> record) {
        records++;
        nextOffsets.merge(partition(record), record.offset() + 1, Math::max);
        try {
            if (record.value() == null) {
                throw new SerializationException("Record on " + record.topic() + " has no value");
            }
            if (record.topic().equals(topics.stories())) {
                stories.add(new Decoded<>(record, topics.decodeStory(record)));
            } else if (record.topic().equals(topics.windows())) {
                windows.add(new Decoded<>(record, topics.decodeWindow(record)));
            } else {
                throw new SerializationException("The sink does not read " + record.topic());
            }
        } catch (RuntimeException e) {
            undecodable.add(new DeadLetter(record, DeadLetters.REASON_DESERIALIZATION, e));
        }
    }

    /** Drops the records of partitions this consumer no longer owns: their new owner reads them again. */
    void retainPartitions(Set<TopicPartition> owned) {
        stories.removeIf(decoded -> !owned.contains(partition(decoded.source())));
        windows.removeIf(decoded -> !owned.contains(partition(decoded.source())));
        undecodable.removeIf(letter -> !owned.contains(partition(letter.source())));
        nextOffsets.keySet().retainAll(owned);
        records = stories.size() + windows.size() + undecodable.size();
    }

    /** How many records the batch holds, decoded or not. */
    int size() {
        return records;
    }

    List<Decoded<EnrichedStory>> decodedStories() {
        return stories;
    }

    List<Decoded<EscalationWindow>> decodedWindows() {
        return windows;
    }

    List<EnrichedStory> stories() {
        return stories.stream().map(Decoded::value).toList();
    }

    List<EscalationWindow> windows() {
        return windows.stream().map(Decoded::value).toList();
    }

    List<DeadLetter> undecodable() {
        return undecodable;
    }

    Map<TopicPartition, OffsetAndMetadata> offsets() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        nextOffsets.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        return offsets;
    }

    boolean isEmpty() {
        return nextOffsets.isEmpty();
    }

    static TopicPartition partition(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }
}
