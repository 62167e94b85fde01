package io.dateline.schemas;

import java.util.Map;
import java.util.Objects;

/**
 * One Kafka topic as the pipeline uses it: its name, the types of its keys and values, and the settings it is created
 * with. Declared once in {@link Topics}; code and tests never spell a topic name.
 *
 * @param name        full topic name
 * @param keyType     key type (String for story ids, byte[] for raw bytes)
 * @param valueType   value type (an Avro record class, or byte[])
 * @param partitions  partitions it is created with
 * @param configs     topic-level configs it is created with (cleanup.policy, retention.ms, ...)
 * @param description what flows through it, for operators
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, int partitions,
                          Map<String, String> configs, String description) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        configs = Map.copyOf(configs);
    }

    /** The same topic under another name prefix, e.g. a per-test namespace. */
    public Topic<K, V> withPrefix(String prefix) {
        return new Topic<>(prefix + name, keyType, valueType, partitions, configs, description);
    }
}
