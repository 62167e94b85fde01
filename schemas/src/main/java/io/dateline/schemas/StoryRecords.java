package io.dateline.schemas;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.RawStory;

/**
 * RawStory -> an EnrichedStory builder holding every story field, copied by name. EnrichedStory repeats RawStory's
 * fields (so consumers read one flat record); copying by name means a field added to both schemas flows through
 * enrich without touching its code. {@code StoryRecordsTest} checks every RawStory field exists in EnrichedStory.
 */
public final class StoryRecords {

    /** For each RawStory field position, the position of the EnrichedStory field of that name (looked up once). */
    private static final int[] ENRICHED_POSITION = RawStory.getClassSchema().getFields().stream()
            .mapToInt(field -> EnrichedStory.getClassSchema().getField(field.name()).pos())
            .toArray();

    private StoryRecords() {
    }

    /** A builder with the story's fields set; enrichment fields (entities, countries, ...) are left to the caller. */
    public static EnrichedStory.Builder enrichedFrom(RawStory story) {
        EnrichedStory copy = new EnrichedStory();
        for (int field = 0; field < ENRICHED_POSITION.length; field++) {
            copy.put(ENRICHED_POSITION[field], story.get(field));
        }
        return EnrichedStory.newBuilder(copy);
    }
}
