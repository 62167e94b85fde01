package io.dateline.sink.store;

import io.dateline.avro.Actor;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.Event;
import io.dateline.avro.Mention;
import io.dateline.avro.PubStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A story as table rows, values in the column order of {@link Tables}: its {@code stories} row; one
 * {@code story_entities} row per distinct entity id (an id listed twice adds up its mentions); one
 * {@code story_countries} row per distinct country, ranked from 1; one {@code story_events} row per event. Every row
 * carries the story's time ({@link #storyTime}): versionCreated, else firstCreated, else received.
 */
final class StoryRows {

    private StoryRows() {
    }

    record EntityRow(String entityId, String type, String name, String country, String role, String subtype,
                     String externalId, int mentionCount, Integer firstMention) {

        EntityRow plus(EntityRow other) {
            Integer first = firstMention == null ? other.firstMention
                    : other.firstMention == null ? firstMention : Math.min(firstMention, other.firstMention);
            return new EntityRow(entityId, type, name, country, role, subtype, externalId,
                    mentionCount + other.mentionCount, first);
        }

        Object[] values(String storyId, Instant storyTime) {
            return new Object[] {storyId, entityId, type, name, country, role, subtype, externalId, mentionCount,
                firstMention, storyTime};
        }
    }

    record CountryRow(String country, int rank) {

        Object[] values(String storyId, Instant storyTime) {
            return new Object[] {storyId, country, rank, storyTime};
        }
    }

    /** Every row a story version makes: its {@code stories} row and, when it is active, its child rows. */
    record Rows(String id, Object[] story, List<Object[]> entities, List<Object[]> countries, List<Object[]> events) {
    }

    /** The rows of {@code story}, stamped {@code storedAt}; a withheld or canceled story has no child rows. */
    static Rows of(EnrichedStory story, Instant storedAt) {
        Object[] row = story(story, storedAt);
        if (story.getPubStatus() != PubStatus.USABLE) {
            return new Rows(story.getId(), row, List.of(), List.of(), List.of());
        }
        String id = story.getId();
        Instant time = storyTime(story);
        List<Object[]> entities = new ArrayList<>();
        entities(story).forEach(entity -> entities.add(entity.values(id, time)));
        List<Object[]> countries = new ArrayList<>();
        countries(story).forEach(country -> countries.add(country.values(id, time)));
        return new Rows(id, row, entities, countries, events(story));
    }

    /** The time the story is dated by: versionCreated, else firstCreated, else received. */
    static Instant storyTime(EnrichedStory story) {
        return story.getVersionCreated() != null ? story.getVersionCreated()
                : story.getFirstCreated() != null ? story.getFirstCreated() : story.getReceived();
    }

    /** The {@code stories} row, stamped {@code storedAt}; the record goes into {@code record_json} as plain JSON. */
    static Object[] story(EnrichedStory story, Instant storedAt) {
        return new Object[] {story.getId(), story.getVersion(), StoryStatus.of(story.getPubStatus()).column(),
            story.getHeadline(), story.getByline(), story.getBody(), story.getDateline(), story.getAgency(),
            story.getLanguage(), story.getFormat().name(), story.getUrgency(), story.getFirstCreated(),
            story.getVersionCreated(), story.getReceived(), story.getEnrichedAt(), storyTime(story),
            distinctCountries(story), story.getEscalation() == null ? null : story.getEscalation().getScore(),
            story.getContentHash(), story.getEnrichmentVersion(), storedAt, RecordJson.toJson(story)};
    }

    static List<EntityRow> entities(EnrichedStory story) {
        Map<String, EntityRow> rows = new LinkedHashMap<>();
        for (Entity entity : story.getEntities()) {
            EntityRow row = new EntityRow(entity.getId(), entity.getType().name(), entity.getName(),
                    entity.getCountry(), entity.getRole(), entity.getSubtype(), entity.getExternalId(),
                    entity.getMentions().size(), firstMention(entity.getMentions()));
            rows.merge(row.entityId(), row, EntityRow::plus);
        }
        return new ArrayList<>(rows.values());
    }

    static List<CountryRow> countries(EnrichedStory story) {
        List<CountryRow> rows = new ArrayList<>();
        for (String country : new LinkedHashSet<>(story.getCountries())) {
            rows.add(new CountryRow(country, rows.size() + 1));
        }
        return rows;
    }

    /** The {@code story_events} rows: ordinal is the event's position in the record, from 0. */
    static List<Object[]> events(EnrichedStory story) {
        Instant time = storyTime(story);
        LocalDate day = LocalDate.ofInstant(time, ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(story.getEvents().size());
        List<Event> events = story.getEvents();
        for (int ordinal = 0; ordinal < events.size(); ordinal++) {
            Event event = events.get(ordinal);
            Actor source = event.getSource();
            Actor target = event.getTarget();
            Mention trigger = event.getTrigger();
            rows.add(new Object[] {story.getId(), ordinal, time, day, event.getType(), event.getCameo(),
                event.getQuad(), event.getIntensity(),
                source == null ? null : source.getText(), source == null ? null : source.getCountry(),
                source == null ? null : source.getSector(), source == null ? null : source.getEntityId(),
                target == null ? null : target.getText(), target == null ? null : target.getCountry(),
                target == null ? null : target.getSector(), target == null ? null : target.getEntityId(),
                trigger == null ? null : trigger.getStart(), trigger == null ? null : trigger.getEnd(),
                trigger == null ? null : trigger.getText(), event.getSentence(), event.getNegated(),
                event.getHypothetical(), event.getBackground()});
        }
        return rows;
    }

    /** The countries of {@code story} without repeats, most salient first. */
    static List<String> distinctCountries(EnrichedStory story) {
        return List.copyOf(new LinkedHashSet<>(story.getCountries()));
    }

    private static Integer firstMention(List<Mention> mentions) {
        return mentions.stream().map(Mention::getStart).min(Integer::compare).orElse(null);
    }
}
