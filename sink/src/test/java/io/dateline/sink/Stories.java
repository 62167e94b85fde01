package io.dateline.sink;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import io.dateline.avro.Escalation;
import io.dateline.avro.InputFormat;
import io.dateline.avro.Mention;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Enriched stories for tests: a complete record with two entities and two countries, changed where a test needs. */
public final class Stories {

    public static final Instant RECEIVED = Instant.parse("2026-01-16T09:30:00.123Z");

    private Stories() {
    }

    /** Story {@code id} at {@code version}, created at {@link #RECEIVED}, about Iran and the United States. */
    public static EnrichedStory story(String id, long version) {
        return builder(id, version).build();
    }

    public static EnrichedStory.Builder builder(String id, long version) {
        return EnrichedStory.newBuilder()
                .setId(id)
                .setVersion(version)
                .setAgency("AFP")
                .setFormat(InputFormat.NINJS)
                .setHeadline("Headline of " + id + " v" + version)
                .setDateline("TEHRAN, Jan 16, 2026 (AFP)")
                .setBody("Iran said on Friday it would talk to the United States. Version " + version + ".")
                .setLanguage("en")
                .setFirstCreated(RECEIVED.minusSeconds(600))
                .setVersionCreated(RECEIVED.minusSeconds(60))
                .setReceived(RECEIVED)
                .setContentHash("hash-" + id + "-" + version)
                .setEntities(List.of(
                        entity("country:IRN", EntityType.LOCATION, "Iran", "IRN", 0, 120),
                        entity("country:USA", EntityType.LOCATION, "United States", "USA", 40)))
                .setCountries(List.of("IRN", "USA"))
                .setEscalation(Escalation.newBuilder().setScore(0.25).build())
                .setEnrichmentVersion("test-1")
                .setEnrichedAt(RECEIVED.plusSeconds(1));
    }

    /** An entity mentioned at each of {@code begins}. */
    public static Entity entity(String id, EntityType type, String name, String country, int... begins) {
        List<Mention> mentions = Arrays.stream(begins)
                .mapToObj(begin -> new Mention(begin, begin + name.length(), name))
                .toList();
        return Entity.newBuilder().setId(id).setType(type).setName(name).setCountry(country)
                .setMentions(mentions).build();
    }
}
