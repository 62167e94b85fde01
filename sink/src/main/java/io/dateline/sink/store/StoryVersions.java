package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import io.dateline.schemas.VersionStamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of two versions of a story wins ({@link VersionStamp}): the higher version; at equal version the later
 * versionCreated, a missing one being the earliest; at a tie the one already there stays. The rule is
 * order-independent, so a batch can be collapsed before it is written and a replay changes nothing.
 */
public final class StoryVersions {

    private StoryVersions() {
    }

    /** Whether {@code candidate} replaces a stored version stamped {@code stored} (null: nothing stored). */
    public static boolean supersedes(EnrichedStory candidate, VersionStamp stored) {
        return VersionStamp.of(candidate).isNewerThan(stored);
    }

    /** The winning version of each id in {@code stories}, in the order ids first appear. */
    public static List<EnrichedStory> collapse(Collection<EnrichedStory> stories) {
        Map<String, EnrichedStory> winners = new LinkedHashMap<>();
        for (EnrichedStory story : stories) {
            winners.merge(story.getId(), story,
                    (current, candidate) -> supersedes(candidate, VersionStamp.of(current)) ? candidate : current);
        }
        return new ArrayList<>(winners.values());
    }
}
