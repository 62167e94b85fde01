package io.dateline.schemas;

import io.dateline.avro.EnrichedStory;
import java.time.Instant;
import java.util.Comparator;

/**
 * What decides which of two versions of a story is the newer: the higher version; at equal version the later
 * versionCreated, a missing one being the earliest. The sink keeps the newest version of each story by it, and enrich's
 * escalation index counts the newest version's events by it, whatever order the versions arrive in.
 *
 * @param version the story's version
 * @param versionCreated when that version was created; null when unknown
 */
public record VersionStamp(long version, Instant versionCreated) {

    /** Orders stamps from oldest to newest. */
    public static final Comparator<VersionStamp> ORDER = Comparator.comparingLong(VersionStamp::version)
            .thenComparing(VersionStamp::versionCreated, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static VersionStamp of(EnrichedStory story) {
        return new VersionStamp(story.getVersion(), story.getVersionCreated());
    }

    /** Whether this stamp is newer than {@code other} (null: nothing before, so yes); a tie is not newer. */
    public boolean isNewerThan(VersionStamp other) {
        return other == null || ORDER.compare(this, other) > 0;
    }
}
