package io.dateline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import io.dateline.avro.Mention;
import io.dateline.avro.RawStory;
import io.dateline.enrich.text.StoryText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Path SEED = Path.of("../../shared/seeds/000_b96d3a165b64e731.txt");

    private final Enricher enricher = Enricher.standard(TestStories.CLOCK);

    @Test
    void shouldCopyEveryStoryField() {
        RawStory story = TestStories.story("s-1", "Rain in Lima", "It rained in Peru.", "LIMA, Jan 3");

        EnrichedStory enriched = enricher.enrich(story);

        for (Schema.Field field : RawStory.getClassSchema().getFields()) {
            assertThat(enriched.get(field.name())).as(field.name()).isEqualTo(story.get(field.name()));
        }
    }

    @Test
    void shouldStampVersionAndTimeAndFindNoEventsInAQuietStory() {
        EnrichedStory enriched = enricher.enrich(TestStories.story("s-2", "", "Quiet.", null));

        assertThat(enriched.getEnrichmentVersion()).startsWith(Enricher.RULES_VERSION + " (gazetteer ");
        assertThat(enriched.getEnrichedAt()).isEqualTo(TestStories.NOW);
        assertThat(enriched.getEvents()).isEmpty();
        assertThat(enriched.getEscalation().getScore()).isZero();
        assertThat(enriched.getEscalation().getDyads()).isEmpty();
        assertThat(enriched.getEntities()).isEmpty();
        assertThat(enriched.getCountries()).isEmpty();
    }

    @Test
    void shouldMakeOneEntityPerCountryWithEveryMentionIncludingDemonyms() {
        RawStory story = TestStories.story("s-3", "Iran warns", "Iranian officials said Iran would reply.", null);

        EnrichedStory enriched = enricher.enrich(story);

        assertThat(enriched.getEntities()).singleElement().satisfies(entity -> {
            assertThat(entity.getId()).isEqualTo("country:IRN");
            assertThat(entity.getType()).isEqualTo(EntityType.LOCATION);
            assertThat(entity.getSubtype()).isEqualTo("country");
            assertThat(entity.getName()).isEqualTo("Iran");
            assertThat(entity.getCountry()).isEqualTo("IRN");
            assertThat(entity.getExternalId()).isEqualTo("IR");
            assertThat(entity.getMentions()).extracting(Mention::getText).containsExactly("Iran", "Iranian", "Iran");
        });
    }

    @Test
    void shouldGiveMentionOffsetsIntoHeadlineBlankLineBody() {
        RawStory story = TestStories.story("s-4", "Kremlin replies", "Moscow said the White House erred.", null);
        String text = StoryText.of(story.getHeadline(), story.getBody()).text();

        EnrichedStory enriched = enricher.enrich(story);

        assertThat(enriched.getEntities()).extracting(Entity::getId)
                .containsExactly("org:kremlin", "city:moscow", "org:white-house");
        assertThat(enriched.getEntities()).extracting(Entity::getRole).containsOnlyNulls();
        assertThat(enriched.getEntities()).flatExtracting(Entity::getMentions).allSatisfy(mention ->
                assertThat(text.substring(mention.getStart(), mention.getEnd())).isEqualTo(mention.getText()));
        assertThat(enriched.getEntities().get(1).getMentions().get(0).getStart())
                .isEqualTo("Kremlin replies\n\n".length());
    }

    @Test
    void shouldPutTheDatelineCountryFirst() {
        RawStory story = TestStories.story("s-5", "Israel and Iran talk", "Israel and Iran spoke again.",
                "MOSCOW, Jan 16, 2026 (AFP)");

        assertThat(enricher.enrich(story).getCountries()).containsExactly("RUS", "ISR", "IRN");
    }

    @Test
    void shouldTagTheSeedStorysPeopleOrganisationsAndCountries() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the shared seed is not here");
        String body = Files.readString(SEED, StandardCharsets.UTF_8);
        RawStory story = TestStories.story("seed", "", body, "MOSCOW, Jan 16, 2026 (AFP)");

        EnrichedStory enriched = enricher.enrich(story);

        assertThat(enriched.getEntities()).filteredOn(e -> e.getType() == EntityType.PERSON)
                .extracting(Entity::getName, Entity::getCountry)
                .contains(tuple("Vladimir Putin", "RUS"), tuple("Benjamin Netanyahu", "ISR"),
                        tuple("Masoud Pezeshkian", "IRN"), tuple("Dmitry Peskov", "RUS"),
                        tuple("Donald Trump", "USA"));
        assertThat(enriched.getEntities()).filteredOn(e -> e.getType() == EntityType.ORGANIZATION)
                .extracting(Entity::getName, Entity::getCountry)
                .contains(tuple("Kremlin", "RUS"), tuple("Agence France-Presse", "FRA"));
        assertThat(enriched.getEntities()).filteredOn(e -> "country".equals(e.getSubtype()))
                .extracting(Entity::getName)
                .contains("Russia", "Israel", "Iran", "United States", "Saudi Arabia", "Qatar", "Oman");
        assertThat(enriched.getCountries()).first().isEqualTo("RUS");
        assertThat(enriched.getCountries()).contains("RUS", "ISR", "IRN", "USA", "SAU", "QAT", "OMN");
    }

    @Test
    void shouldGivePeopleTheirRoleOnTheStorysDate() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the shared seed is not here");
        RawStory story = TestStories.story("seed", "", Files.readString(SEED, StandardCharsets.UTF_8),
                "MOSCOW, Jan 16, 2026 (AFP)");

        EnrichedStory enriched = enricher.enrich(story);

        assertThat(enriched.getEntities()).filteredOn(e -> e.getType() == EntityType.PERSON)
                .extracting(Entity::getName, Entity::getRole)
                .contains(tuple("Vladimir Putin", "President"), tuple("Benjamin Netanyahu", "Prime Minister"),
                        tuple("Masoud Pezeshkian", "President"), tuple("Dmitry Peskov", "Kremlin spokesman"),
                        tuple("Donald Trump", "President"));
        assertThat(enriched.getEntities()).filteredOn(e -> "Kremlin".equals(e.getName())).singleElement()
                .satisfies(kremlin -> assertThat(kremlin.getMentions()).extracting(Mention::getText)
                        .containsOnly("Kremlin"));
    }

    @Test
    void shouldDateTheStoryByVersionThenFirstCreatedThenReceived() {
        RawStory story = TestStories.story("s-6", "", "Quiet.", null);
        RawStory firstOnly = RawStory.newBuilder(story).setVersionCreated(null).build();
        RawStory receivedOnly = RawStory.newBuilder(firstOnly).setFirstCreated(null).build();

        assertThat(Enricher.dateOf(story)).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(Enricher.dateOf(RawStory.newBuilder(story)
                .setVersionCreated(Instant.parse("1987-03-02T10:00:00Z")).build())).isEqualTo(LocalDate.of(1987, 3, 2));
        assertThat(Enricher.dateOf(RawStory.newBuilder(firstOnly)
                .setFirstCreated(Instant.parse("1990-05-01T00:00:00Z")).build())).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(Enricher.dateOf(RawStory.newBuilder(receivedOnly)
                .setReceived(Instant.parse("2005-07-01T23:59:59Z")).build())).isEqualTo(LocalDate.of(2005, 7, 1));
    }

    @Test
    void shouldResolveTheSameSurnameToTheOfficeHolderOfTheStorysYear() {
        RawStory in1990 = RawStory.newBuilder(TestStories.story("s-7", "", "President Bush said the talks went well.",
                null)).setVersionCreated(Instant.parse("1990-05-01T00:00:00Z")).build();
        RawStory in2005 = RawStory.newBuilder(in1990).setVersionCreated(Instant.parse("2005-05-01T00:00:00Z")).build();

        assertThat(enricher.enrich(in1990).getEntities()).extracting(Entity::getId)
                .containsExactly("person:george-bush");
        assertThat(enricher.enrich(in2005).getEntities()).extracting(Entity::getId)
                .containsExactly("person:george-w-bush");
    }
}
