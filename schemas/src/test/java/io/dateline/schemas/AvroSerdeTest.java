package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.avro.RawStory;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<RawStory> serde = AvroSerde.singleObject(RawStory.class);

    @Test
    void shouldRoundTripInSingleObjectEncoding() {
        RawStory story = StoryFixtures.rawStory("afp:1", 2);

        byte[] bytes = serde.serialize("raw", story);

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serde.deserialize("raw", bytes)).isEqualTo(story);
    }

    @Test
    void shouldRejectBytesThatAreNotAvroWithAClearMessage() {
        byte[] junk = "{\"id\": 1}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserialize("raw", junk))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Not an Avro record on raw");
    }

    @Test
    void shouldRejectUnknownFingerprint() {
        byte[] bytes = serde.serialize("raw", StoryFixtures.rawStory("afp:1", 1));
        bytes[5] ^= 0x55;

        assertThatThrownBy(() -> serde.deserialize("raw", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("single-object");
    }

    @Test
    void shouldRefuseConfluentFramingWithoutRegistry() {
        byte[] framed = {0, 0, 0, 0, 7, 2, 'a'};

        assertThatThrownBy(() -> serde.deserialize("raw", framed))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("no schema registry is configured");
    }

    @Test
    void shouldPassNullThrough() {
        assertThat(serde.serialize("raw", null)).isNull();
        assertThat(serde.deserialize("raw", null)).isNull();
    }
}
