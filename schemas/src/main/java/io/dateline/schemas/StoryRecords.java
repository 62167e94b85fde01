package io.dateline.schemas;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.RawStory;
import org.apache.avro.Schema;

/**
 * RawStory -> an EnrichedStory builder holding every story field, copied by name. EnrichedStory repeats RawStory's
 * fields (so consumers read one flat record); copying by name means a field added to both schemas flows through
 * enrich without touching its code. {@code StoryRecordsTest} checks every RawStory field exists in EnrichedStory.
 */
public final class StoryRecords {

    private StoryRecords() {
    }

    /** A builder with the story's fields set; enrichment fields (entities, countries, ...) are left to the caller. */
    public static EnrichedStory.Builder enrichedFrom(RawStory story) {
        EnrichedStory copy = new EnrichedStory();
        for (Schema.Field field : RawStory.getClassSchema().getFields()) {
            copy.put(field.name(), story.get(field.pos()));
        }
        return EnrichedStory.newBuilder(copy);
    }
}
