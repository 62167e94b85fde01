package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryRowsTest {

    @Test
    void shouldCountMentionsAndFindTheFirstOne() {
        EnrichedStory story = builder("s1", 1)
                .setEntities(List.of(entity("country:IRN", EntityType.LOCATION, "Iran", "IRN", 90, 12, 40)))
                .build();

        assertThat(StoryRows.entities(story)).containsExactly(new StoryRows.EntityRow("country:IRN", "LOCATION",
                "Iran", "IRN", null, null, null, 3, 12));
    }

    @Test
    void shouldMergeAnEntityListedTwiceAddingItsMentions() {
        EnrichedStory story = builder("s1", 1).setEntities(List.of(
                entity("person:1", EntityType.PERSON, "Araghchi", "IRN", 50),
                entity("person:2", EntityType.PERSON, "Rubio", "USA"),
                entity("person:1", EntityType.PERSON, "Abbas Araghchi", "IRN", 7, 80))).build();

        assertThat(StoryRows.entities(story)).containsExactly(
                new StoryRows.EntityRow("person:1", "PERSON", "Araghchi", "IRN", null, null, null, 3, 7),
                new StoryRows.EntityRow("person:2", "PERSON", "Rubio", "USA", null, null, null, 0, null));
    }

    @Test
    void shouldRankCountriesFromOneMostSalientFirstWithoutRepeats() {
        EnrichedStory story = builder("s1", 1).setCountries(List.of("USA", "IRN", "USA", "GBR")).build();

        assertThat(StoryRows.countries(story)).containsExactly(new StoryRows.CountryRow("USA", 1),
                new StoryRows.CountryRow("IRN", 2), new StoryRows.CountryRow("GBR", 3));
    }
}
