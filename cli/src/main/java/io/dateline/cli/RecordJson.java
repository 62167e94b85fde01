package io.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.RawStory;
import io.dateline.schemas.AvroJson;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import io.dateline.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka records -> JSON for people and scripts: Avro values in either encoding (single-object or Confluent wire
 * format through the registry) decoded by the record type the catalogue declares for the topic — or, for a topic
 * outside the catalogue, by whichever Dateline record decodes them; anything else as UTF-8 text or base64.
 */
final class RecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Class<? extends SpecificRecord>> RECORD_TYPES =
            List.of(RawStory.class, EnrichedStory.class, EscalationWindow.class);

    private final Topics topics;
    private final Serdes serdes;

    RecordJson(Topics topics, Serdes serdes) {
        this.topics = topics;
        this.serdes = serdes;
    }

    /** The value of {@code bytes} read from {@code topic}. */
    JsonNode value(String topic, byte[] bytes) {
        if (bytes == null) {
            return NODES.nullNode();
        }
        for (Deserializer<? extends SpecificRecord> decoder : decoders(topic)) {
            try {
                return AvroJson.toTree(decoder.deserialize(topic, bytes));
            } catch (RuntimeException notThisType) {
                // try the next type; fall back to text below
            }
        }
        return bytes(bytes);
    }

    /** The record with its coordinates, key, headers and decoded value. */
    ObjectNode envelope(ConsumerRecord<byte[], byte[]> record, String valueTopic) {
        ObjectNode node = NODES.objectNode();
        node.put("topic", record.topic()).put("partition", record.partition()).put("offset", record.offset())
                .put("timestamp", record.timestamp());
        node.set("key", bytes(record.key()));
        ObjectNode headers = node.putObject("headers");
        for (Header header : record.headers()) {
            headers.set(header.key(), bytes(header.value()));
        }
        node.set("value", value(valueTopic, record.value()));
        return node;
    }

    private List<Deserializer<? extends SpecificRecord>> decoders(String topic) {
        List<Deserializer<? extends SpecificRecord>> decoders = new ArrayList<>();
        for (Topic<?, ?> known : topics.all()) {
            if (known.name().equals(topic) && SpecificRecord.class.isAssignableFrom(known.valueType())) {
                decoders.add(decoder(known.valueType().asSubclass(SpecificRecord.class)));
                return decoders;
            }
        }
        RECORD_TYPES.forEach(type -> decoders.add(decoder(type)));
        return decoders;
    }

    private <T extends SpecificRecord> Deserializer<T> decoder(Class<T> type) {
        return serdes.value(new Topic<>("any", String.class, type, 1, java.util.Map.of(), "")).deserializer();
    }

    private static JsonNode bytes(byte[] bytes) {
        if (bytes == null) {
            return NODES.nullNode();
        }
        try {
            return NODES.textNode(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException binary) {
            return NODES.objectNode().put("base64", Base64.getEncoder().encodeToString(bytes));
        }
    }
}
