package io.dateline.sink.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over the active stories (withheld and canceled ones are left out).
 *
 * @param activeStories          how many stories are active
 * @param activeStoriesByCountry active stories per ISO alpha-3 country code, most first (ties by code)
 */
public record StoreStats(long activeStories, Map<String, Long> activeStoriesByCountry) {

    public StoreStats {
        activeStoriesByCountry = Collections.unmodifiableMap(new LinkedHashMap<>(activeStoriesByCountry));
    }
}
