package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The child rows of a story: one {@code story_entities} row per distinct entity id (an id listed twice adds up its
 * mentions) and one {@code story_countries} row per distinct country, ranked from 1, most salient first.
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
    }

    record CountryRow(String country, int rank) {
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

    /** The countries of {@code story} without repeats, most salient first. */
    static List<String> distinctCountries(EnrichedStory story) {
        return List.copyOf(new LinkedHashSet<>(story.getCountries()));
    }

    private static Integer firstMention(List<Mention> mentions) {
        return mentions.stream().map(Mention::getStart).min(Integer::compare).orElse(null);
    }
}
