package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of two versions of a story wins: the higher version; at equal version the later versionCreated, a missing one
 * being the earliest; at a tie the one already there stays. The rule is order-independent, so a batch can be
 * collapsed before it is written and a replay changes nothing.
 */
public final class StoryVersions {

    /** Orders stamps from oldest to newest. */
    public static final Comparator<Stamp> ORDER = Comparator.comparingLong(Stamp::version)
            .thenComparing(Stamp::versionCreated, Comparator.nullsFirst(Comparator.naturalOrder()));

    private StoryVersions() {
    }

    /** What decides whether a version of a story supersedes another. */
    public record Stamp(long version, Instant versionCreated) {

        public static Stamp of(EnrichedStory story) {
            return new Stamp(story.getVersion(), story.getVersionCreated());
        }
    }

    /** Whether {@code candidate} replaces a stored version stamped {@code stored} (null: nothing stored). */
    public static boolean supersedes(EnrichedStory candidate, Stamp stored) {
        return stored == null || ORDER.compare(Stamp.of(candidate), stored) > 0;
    }

    /** The winning version of each id in {@code stories}, in the order ids first appear. */
    public static List<EnrichedStory> collapse(Collection<EnrichedStory> stories) {
        Map<String, EnrichedStory> winners = new LinkedHashMap<>();
        for (EnrichedStory story : stories) {
            winners.merge(story.getId(), story,
                    (current, candidate) -> supersedes(candidate, Stamp.of(current)) ? candidate : current);
        }
        return new ArrayList<>(winners.values());
    }
}
