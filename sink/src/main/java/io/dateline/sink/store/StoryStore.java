package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where enriched stories and escalation windows end up: one row per story id holding its latest version, with its
 * entities, countries and events; one row per escalation window holding its latest state. Writes are idempotent: a
 * version replaces the stored one only when it is newer (see {@link StoryVersions}), a window state only when it
 * differs from the stored one (states of a window come in the order enrich emitted them), so replaying records ends
 * where it began. Open one with {@link StoryStores#open}.
 */
public interface StoryStore extends AutoCloseable {

    /**
     * Writes {@code stories} and {@code windows} in one transaction: duplicates of an id (a window key) are collapsed
     * to the newest first (a window to its last state), then each story replaces its stored row, entities, countries and
     * events only when it is newer, and each window its stored state when that differs.
     *
     * @return how many story rows changed (0 when every story was already stored at that version or later)
     * @throws StoreException when the transaction failed; nothing of the batch was written
     */
    int write(Collection<EnrichedStory> stories, Collection<EscalationWindow> windows);

    /** Writes {@code stories} in one transaction, as {@link #write(Collection, Collection)} without windows. */
    default int write(Collection<EnrichedStory> stories) {
        return write(stories, List.of());
    }

    /** The stored story with {@code id}, whatever its status. */
    Optional<StoredStory> find(String id);

    /** Active stories in total and per country. */
    StoreStats stats();

    /** How many stories are stored, whatever their status. */
    long count();

    /** Closes the connection pool; safe to call more than once. */
    @Override
    void close();
}
