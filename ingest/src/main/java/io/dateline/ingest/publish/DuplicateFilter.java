package io.dateline.ingest.publish;

import io.dateline.avro.RawStory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Story versions Kafka has acknowledged -> whether a story is one of them again: same id, version and content hash.
 * Bounded: it remembers the {@code capacity} most recently seen versions (least recently seen forgotten first), in
 * memory, per ingest instance; a restart forgets them all. That is safe because ids are stable: a version published
 * again replaces itself downstream. Thread-safe.
 */
public final class DuplicateFilter {

    private final int capacity;
    private final Map<String, Published> seen;

    public DuplicateFilter(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Published> eldest) {
                return size() > DuplicateFilter.this.capacity;
            }
        };
    }

    /** Where {@code story} was acknowledged before, if this exact version was. */
    public synchronized Optional<Published> previous(RawStory story) {
        return capacity == 0 ? Optional.empty() : Optional.ofNullable(seen.get(key(story)));
    }

    /** Remembers that {@code story} was acknowledged as {@code published}. */
    public synchronized void acknowledged(RawStory story, Published published) {
        if (capacity > 0) {
            seen.put(key(story), published);
        }
    }

    public synchronized int size() {
        return seen.size();
    }

    private static String key(RawStory story) {
        return story.getId() + '\u0000' + story.getVersion() + '\u0000' + story.getContentHash();
    }
}
