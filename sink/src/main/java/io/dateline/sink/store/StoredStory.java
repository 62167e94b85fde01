package io.dateline.sink.store;

import java.util.List;

/**
 * What the store holds about one story, in short.
 *
 * @param id          story id
 * @param version     the stored (latest) version
 * @param status      active, withheld or canceled
 * @param headline    headline of the stored version
 * @param countries   ISO alpha-3 codes, most salient first
 * @param entityCount how many distinct entities the stored version has
 */
public record StoredStory(String id, long version, StoryStatus status, String headline, List<String> countries,
                          int entityCount) {

    public StoredStory {
        countries = List.copyOf(countries);
    }
}
