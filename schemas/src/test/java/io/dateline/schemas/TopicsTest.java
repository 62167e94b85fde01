package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.RawStory;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldApplyThePrefixToEveryTopic() {
        Topics topics = Topics.withPrefix("it-7.");

        assertThat(topics.all()).extracting(Topic::name)
                .containsExactly("it-7.dateline.stories.raw", "it-7.dateline.stories.enriched",
                        "it-7.dateline.escalation", "it-7.dateline.deadletter");
    }

    @Test
    void shouldKeyStoriesByIdAndDeclareTheirValueTypes() {
        Topics topics = Topics.standard();

        assertThat(topics.rawStories().keyType()).isEqualTo(String.class);
        assertThat(topics.rawStories().valueType()).isEqualTo(RawStory.class);
        assertThat(topics.enrichedStories().valueType()).isEqualTo(EnrichedStory.class);
        assertThat(topics.all()).allSatisfy(t -> assertThat(t.configs()).containsKeys("cleanup.policy", "retention.ms"));
    }

    @Test
    void shouldServeAvroSerdeForRecordTopicsAndKafkaSerdesForBytes() {
        Serdes serdes = Serdes.embedded();
        Topics topics = Topics.standard();

        assertThat(serdes.value(topics.rawStories())).isInstanceOf(AvroSerde.class);
        assertThat(serdes.value(topics.deadLetters()).serializer().serialize("t", new byte[] {1})).containsExactly(1);
        assertThat(serdes.key(topics.rawStories()).serializer().serialize("t", "afp:1")).asString().isEqualTo("afp:1");
    }
}
