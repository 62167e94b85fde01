package io.dateline.sink;

import io.dateline.avro.Actor;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import io.dateline.avro.Escalation;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.Event;
import io.dateline.avro.InputFormat;
import io.dateline.avro.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Enriched stories and escalation windows for tests: a complete story with two entities, two countries and two events
 * (Iran threatens the United States, the United States consults Iran), changed where a test needs.
 */
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
                .setEvents(List.of(
                        event("THREATEN", "IRN", "USA", 3, -4.0),
                        event("CONSULT", "USA", "IRN", 1, 1.0)))
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

    /** An event of {@code type} from {@code source} to {@code target} (country codes), triggered at offset 10. */
    public static Event event(String type, String source, String target, int quad, double intensity) {
        return Event.newBuilder()
                .setType(type)
                .setCameo("0" + quad + "0")
                .setSource(new Actor("officials of " + source, source, "GOV", "country:" + source))
                .setTarget(new Actor("officials of " + target, target, "GOV", "country:" + target))
                .setTrigger(new Mention(10, 10 + type.length(), type.toLowerCase(Locale.ROOT)))
                .setSentence(1)
                .setQuad(quad)
                .setIntensity(intensity)
                .build();
    }

    /** A window of one event of quad class 3 and {@code conflict} intensity, updated at {@code updatedAt}. */
    public static EscalationWindow.Builder window(String source, String target, String granularity, Instant start,
                                                  double conflict, Instant updatedAt) {
        return EscalationWindow.newBuilder()
                .setSource(source)
                .setTarget(target)
                .setGranularity(granularity)
                .setWindowStart(start)
                .setWindowEnd(start.plus(granularity.equals("hour") ? Duration.ofHours(1)
                        : Duration.ofDays(1)))
                .setEvents(1)
                .setVerbalConflict(1)
                .setIntensitySum(-conflict)
                .setIntensityMean(-conflict)
                .setConflictIntensity(conflict)
                .setUpdatedAt(updatedAt);
    }
}
