package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import java.util.Collection;
import java.util.Optional;

/**
 * Where enriched stories end up: one row per story id holding its latest version, with its entities and countries.
 * Writes are idempotent: a version replaces the stored one only when it is newer (see {@link StoryVersions}), so
 * replaying records changes nothing. Open one with {@link StoryStores#open}.
 */
public interface StoryStore extends AutoCloseable {

    /**
     * Writes {@code stories} in one transaction: duplicates of an id are collapsed to the newest first, then each story
     * replaces its stored row, entities and countries only when it is newer.
     *
     * @return how many story rows changed (0 when every story was already stored at that version or later)
     * @throws StoreException when the transaction failed; nothing of the batch was written
     */
    int write(Collection<EnrichedStory> stories);

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
