package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.avro.RawStory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluentWireFormatTest {

    private InMemoryRegistry registry;
    private AvroSerde<RawStory> serde;

    @BeforeEach
    void startRegistry() throws Exception {
        registry = new InMemoryRegistry();
        serde = new AvroSerde<>(RawStory.class, new SchemaRegistryClient(registry.url(), null));
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    @Test
    void shouldWriteMagicByteAndRegisteredIdUnderTopicValueSubject() {
        byte[] bytes = serde.serialize("dateline.stories.raw", StoryFixtures.rawStory("afp:1", 1));

        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(1);
        assertThat(registry.requests).containsExactly("POST /subjects/dateline.stories.raw-value/versions");
    }

    @Test
    void shouldRegisterOnceAndRoundTrip() {
        RawStory story = StoryFixtures.rawStory("afp:1", 3);

        byte[] first = serde.serialize("raw", story);
        serde.serialize("raw", story);

        assertThat(serde.deserialize("raw", first)).isEqualTo(story);
        assertThat(registry.requests).hasSize(1);
    }

    @Test
    void shouldFetchUnknownWriterSchemaAndResolveItToTheReaderSchema() throws Exception {
        Schema older = SchemaBuilder.record("RawStory").namespace("io.dateline.avro").fields()
                .requiredString("id").requiredString("body").requiredLong("received").requiredString("contentHash")
                .endRecord();
        int id = registry.put(older.toString());
        GenericRecord record = new GenericData.Record(older);
        record.put("id", "reuters21578:5");
        record.put("body", "Cocoa prices rose.");
        record.put("received", 1_700_000_000_000L);
        record.put("contentHash", "ff");

        RawStory read = serde.deserialize("raw", confluentFrame(id, older, record));

        assertThat(read.getId()).isEqualTo("reuters21578:5");
        assertThat(read.getVersion()).isEqualTo(1L);
        assertThat(read.getHeadline()).isEmpty();
        assertThat(registry.requests).containsExactly("GET /schemas/ids/" + id);
    }

    @Test
    void shouldNameTheIdWhenTheRegistryDoesNotKnowIt() {
        byte[] framed = {0, 0, 0, 0, 42, 2, 'a'};

        assertThatThrownBy(() -> serde.deserialize("raw", framed))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 42")
                .hasMessageContaining("404");
    }

    private static byte[] confluentFrame(int id, Schema schema, GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
