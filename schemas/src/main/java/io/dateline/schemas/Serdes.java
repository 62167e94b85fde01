package io.dateline.schemas;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Serdes for the topics of the catalogue: String and byte[] keys and values as Kafka's own serdes, Avro records as
 * {@link AvroSerde} (with the registry when one is configured).
 */
public final class Serdes {

    private final SchemaRegistryClient registry;

    private Serdes(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /** Serdes that write single-object encoded Avro (no registry). */
    public static Serdes embedded() {
        return new Serdes(null);
    }

    /** Serdes that write the Confluent wire format through {@code registry}; null means no registry. */
    public static Serdes withRegistry(SchemaRegistryClient registry) {
        return new Serdes(registry);
    }

    public <K> Serde<K> key(Topic<K, ?> topic) {
        return of(topic.keyType());
    }

    public <V> Serde<V> value(Topic<?, V> topic) {
        return of(topic.valueType());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> Serde<T> of(Class<T> type) {
        if (type == String.class) {
            return (Serde<T>) org.apache.kafka.common.serialization.Serdes.String();
        }
        if (type == byte[].class) {
            return (Serde<T>) org.apache.kafka.common.serialization.Serdes.ByteArray();
        }
        if (SpecificRecord.class.isAssignableFrom(type)) {
            return (Serde<T>) new AvroSerde(type, registry);
        }
        throw new IllegalArgumentException("No serde for " + type.getName());
    }
}
