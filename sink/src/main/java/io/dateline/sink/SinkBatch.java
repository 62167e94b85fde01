package io.dateline.sink;

import io.dateline.avro.EnrichedStory;
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
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The records of one or more polls that are written together: the stories they decode to, the records that do not
 * decode (dead letters), and the offsets to commit once all of it is stored.
 */
final class SinkBatch {

    /** A decoded story and the record it came from. */
    record Decoded(ConsumerRecord<byte[], byte[]> source, EnrichedStory story) {
    }

    private final Deserializer<EnrichedStory> deserializer;
    private final List<Decoded> stories = new ArrayList<>();
    private final List<DeadLetter> undecodable = new ArrayList<>();
    private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();

    SinkBatch(Deserializer<EnrichedStory> deserializer) {
        this.deserializer = deserializer;
    }

    /** Decodes {@code records} into the batch; a record that does not decode becomes a dead letter. */
    void addAll(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            try {
                if (record.value() == null) {
                    throw new SerializationException("Record on " + record.topic() + " has no value");
                }
                stories.add(new Decoded(record, deserializer.deserialize(record.topic(), record.headers(),
                        record.value())));
            } catch (RuntimeException e) {
                undecodable.add(new DeadLetter(record, DeadLetters.REASON_DESERIALIZATION, e));
            }
        }
    }

    /** Drops the records of partitions this consumer no longer owns: their new owner reads them again. */
    void retainPartitions(Set<TopicPartition> owned) {
        stories.removeIf(decoded -> !owned.contains(partition(decoded.source())));
        undecodable.removeIf(letter -> !owned.contains(partition(letter.source())));
        nextOffsets.keySet().retainAll(owned);
    }

    List<Decoded> decoded() {
        return stories;
    }

    List<EnrichedStory> stories() {
        return stories.stream().map(Decoded::story).toList();
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

    private static TopicPartition partition(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }
}
