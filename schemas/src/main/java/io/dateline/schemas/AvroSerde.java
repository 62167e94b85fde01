package io.dateline.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for one Avro record class. Writes the Confluent wire format (magic byte 0, 4-byte schema id, binary) when a
 * schema registry is configured, else Avro single-object encoding (0xC3 0x01, 8-byte schema fingerprint, binary).
 * Reads both, resolving older writer schemas (released copies or the registry's) to the current reader schema.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private static final byte CONFLUENT_MAGIC = 0x0;
    private static final byte SINGLE_OBJECT_MAGIC_0 = (byte) 0xC3;
    private static final byte SINGLE_OBJECT_MAGIC_1 = (byte) 0x01;

    private final Schema schema;
    private final SpecificData model;
    private final SchemaRegistryClient registry;
    private final BinaryMessageEncoder<T> singleObjectEncoder;
    private final BinaryMessageDecoder<T> singleObjectDecoder;
    private final Map<Integer, SpecificDatumReader<T>> readersBySchemaId = new ConcurrentHashMap<>();

    /**
     * @param type     the generated record class
     * @param registry the schema registry, or null for single-object encoding
     */
    public AvroSerde(Class<T> type, SchemaRegistryClient registry) {
        this.model = SpecificData.getForClass(type);
        this.schema = model.getSchema(type);
        this.registry = registry;
        this.singleObjectEncoder = new BinaryMessageEncoder<>(model, schema);
        SchemaStore.Cache released = new SchemaStore.Cache();
        ReleasedSchemas.of(schema.getName()).forEach(released::addSchema);
        this.singleObjectDecoder = new BinaryMessageDecoder<>(model, schema, released);
    }

    /** The serde for {@code type}, in single-object encoding (no registry). */
    public static <T extends SpecificRecord> AvroSerde<T> singleObject(Class<T> type) {
        return new AvroSerde<>(type, null);
    }

    public Schema schema() {
        return schema;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            if (registry == null) {
                return singleObjectEncoder.encode(data).array();
            }
            int id = registry.register(topic + "-value", schema);
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            out.write(CONFLUENT_MAGIC);
            out.write(ByteBuffer.allocate(Integer.BYTES).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new SpecificDatumWriter<T>(schema, model).write(data, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new SerializationException("Cannot encode " + schema.getName() + " for topic " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length >= 10 && data[0] == SINGLE_OBJECT_MAGIC_0 && data[1] == SINGLE_OBJECT_MAGIC_1) {
            return decodeSingleObject(topic, data);
        }
        if (data.length >= 5 && data[0] == CONFLUENT_MAGIC) {
            return decodeConfluent(topic, data);
        }
        throw new SerializationException("Not an Avro record on " + topic + ": " + data.length
                + " bytes starting 0x" + (data.length == 0 ? "" : String.format("%02x", data[0]))
                + " (expected single-object 0xc301 or Confluent 0x00 framing)");
    }

    private T decodeSingleObject(String topic, byte[] data) {
        try {
            return singleObjectDecoder.decode(data);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode " + schema.getName() + " on " + topic
                    + " (single-object encoding): " + e.getMessage(), e);
        }
    }

    private T decodeConfluent(String topic, byte[] data) {
        if (registry == null) {
            throw new SerializationException("Record on " + topic + " is in the Confluent wire format, but no schema "
                    + "registry is configured to resolve its schema id");
        }
        int id = ByteBuffer.wrap(data, 1, Integer.BYTES).getInt();
        try {
            SpecificDatumReader<T> reader = readersBySchemaId.computeIfAbsent(id,
                    k -> new SpecificDatumReader<>(registry.schemaById(k), schema, model));
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, 5, data.length - 5, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode " + schema.getName() + " on " + topic
                    + " with registry schema id " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // configured through the constructor
    }

    @Override
    public void close() {
        // nothing to release
    }
}
