package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import io.dateline.avro.Event;
import io.dateline.avro.PubStatus;
import java.time.Instant;
import java.time.LocalDate;
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
    void shouldMakeOneEventRowPerEventOnTheStorysDay() {
        EnrichedStory story = builder("s1", 1).setVersionCreated(Instant.parse("2026-01-16T23:59:59.999Z")).build();

        List<Object[]> rows = StoryRows.events(story);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("s1", 0, Instant.parse("2026-01-16T23:59:59.999Z"),
                LocalDate.of(2026, 1, 16), "THREATEN", "030", 3, -4.0, "officials of IRN", "IRN", "GOV", "country:IRN",
                "officials of USA", "USA", "GOV", "country:USA", 10, 18, "threaten", 1, false, false, false);
        assertThat(rows.get(1)[1]).isEqualTo(1);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(Tables.EVENTS.columns().size()));
    }

    @Test
    void shouldLeaveTheActorsAndTriggerOfAnEventEmptyWhenItHasNone() {
        EnrichedStory story = builder("s1", 1).setEvents(List.of(Event.newBuilder().setType("PROTEST").build()))
                .build();

        assertThat(StoryRows.events(story).get(0)).containsExactly("s1", 0, story.getVersionCreated(),
                LocalDate.of(2026, 1, 16), "PROTEST", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0, false, false, false);
    }

    @Test
    void shouldGiveAWithdrawnStoryNoChildRows() {
        StoryRows.Rows rows = StoryRows.of(builder("s1", 2).setPubStatus(PubStatus.CANCELED).build(), Instant.now());

        assertThat(rows.story()).hasSize(Tables.STORIES.columns().size());
        assertThat(rows.entities()).isEmpty();
        assertThat(rows.countries()).isEmpty();
        assertThat(rows.events()).isEmpty();
    }

    @Test
    void shouldRankCountriesFromOneMostSalientFirstWithoutRepeats() {
        EnrichedStory story = builder("s1", 1).setCountries(List.of("USA", "IRN", "USA", "GBR")).build();

        assertThat(StoryRows.countries(story)).containsExactly(new StoryRows.CountryRow("USA", 1),
                new StoryRows.CountryRow("IRN", 2), new StoryRows.CountryRow("GBR", 3));
    }
}
