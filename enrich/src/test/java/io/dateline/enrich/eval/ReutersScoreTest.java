package io.dateline.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import io.dateline.avro.RawStory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReutersScoreTest {

    private final ReutersScore score = new ReutersScore(new PlacesMap(Map.of("usa", "USA", "ussr", "SUN",
            "west-germany", "DEU", "japan", "JPN")));

    private static ReutersStory gold(int newid, List<String> places, List<String> people) {
        RawStory story = RawStory.newBuilder().setId("reuters-" + newid).setBody("").setReceived(Instant.EPOCH)
                .setContentHash("-").build();
        return new ReutersStory(newid, story, places, people);
    }

    private static EnrichedStory tagged(List<String> countries, Entity... entities) {
        return EnrichedStory.newBuilder().setId("x").setBody("").setReceived(Instant.EPOCH).setContentHash("-")
                .setCountries(countries).setEntities(List.of(entities)).setEnrichmentVersion("test")
                .setEnrichedAt(Instant.EPOCH).build();
    }

    private static Entity entity(EntityType type, String name) {
        return Entity.newBuilder().setId("e").setType(type).setName(name).build();
    }

    @Test
    void shouldScoreCountriesByTheReferenceRules() {
        score.add(gold(1, List.of("usa", "ussr"), List.of()), tagged(List.of("USA", "RUS", "FRA")));
        score.add(gold(2, List.of(), List.of()), tagged(List.of("ITA")));
        score.add(gold(3, List.of("west-germany"), List.of()), null);
        score.add(gold(4, List.of("atlantis"), List.of()), tagged(List.of("JPN")));

        // tp: USA, SUN via RUS; fp: FRA, JPN (story 4 has places, none mapped); fn: DEU; story 2 not counted
        assertThat(score.precision()).isCloseTo(2 / 4.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.stories()).isEqualTo(4);
    }

    @Test
    void shouldFindAGoldPersonByTheLastWordOfATaggedPersonsName() {
        score.add(gold(5, List.of(), List.of("james-baker", "volcker", "de-larosiere")), tagged(List.of(),
                entity(EntityType.PERSON, "Paul A. Volcker"), entity(EntityType.ORGANIZATION, "Baker Corp"),
                entity(EntityType.PERSON, "Jacques de Larosiere")));

        assertThat(score.peopleRecall()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void shouldReportInTheReferenceScorersWords() {
        score.add(gold(1, List.of("usa"), List.of("volcker")), tagged(List.of("USA"),
                entity(EntityType.PERSON, "Paul Volcker")));

        assertThat(score.report()).contains("countries P=1.000 R=1.000 F1=1.000", "people recall=1.000 (1/1)");
    }
}
