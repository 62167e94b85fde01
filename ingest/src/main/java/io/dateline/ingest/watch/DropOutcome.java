package io.dateline.ingest.watch;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one drop-folder file.
 *
 * @param file      where it was found
 * @param movedTo   where it is now: in processed/ or rejected/; null when it was left in place to retry later
 * @param storyIds  ids of the stories Kafka acknowledged from it
 * @param rejection why it went to rejected/ (the sidecar's text), or why it was left in place; null when processed
 */
public record DropOutcome(Path file, Path movedTo, List<String> storyIds, String rejection) {

    public DropOutcome {
        storyIds = List.copyOf(storyIds);
    }

    public boolean processed() {
        return movedTo != null && rejection == null;
    }

    public boolean rejected() {
        return movedTo != null && rejection != null;
    }

    public boolean leftInPlace() {
        return movedTo == null;
    }
}
