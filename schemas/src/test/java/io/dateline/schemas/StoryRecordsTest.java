package io.dateline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.RawStory;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class StoryRecordsTest {

    @Test
    void shouldHaveEveryRawStoryFieldInEnrichedStoryWithTheSameType() {
        for (Schema.Field field : RawStory.getClassSchema().getFields()) {
            Schema.Field enriched = EnrichedStory.getClassSchema().getField(field.name());

            assertThat(enriched).as("EnrichedStory.%s", field.name()).isNotNull();
            assertThat(enriched.schema()).as("type of %s", field.name()).isEqualTo(field.schema());
        }
    }

    @Test
    void shouldCopyEveryStoryField() {
        RawStory story = StoryFixtures.rawStory("afp:9", 4);

        EnrichedStory enriched = StoryRecords.enrichedFrom(story)
                .setEntities(List.of()).setEvents(List.of()).setCountries(List.of())
                .setEnrichmentVersion("test").setEnrichedAt(Instant.EPOCH).build();

        for (Schema.Field field : RawStory.getClassSchema().getFields()) {
            assertThat(enriched.get(field.name())).as(field.name()).isEqualTo(story.get(field.pos()));
        }
    }
}
