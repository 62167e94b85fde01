package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import java.util.Objects;

/**
 * Something the knowledge base knows and a tagger can find in text: a country, a city, a region, an institution.
 *
 * @param id         our stable id: {@code country:IRN}, {@code city:tehran}, {@code region:new-mexico},
 *                   {@code org:kremlin}
 * @param type       entity type
 * @param subtype    for locations: country, city, region; else null
 * @param name       canonical English name
 * @param country    ISO 3166-1 alpha-3 code of the country it is or belongs to (ISO 3166-3 for former states), or null
 * @param externalId an external id: the ISO 3166-1 alpha-2 code for countries; null when none is known
 */
public record KnownEntity(String id, EntityType type, String subtype, String name, String country,
                          String externalId) {

    public KnownEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
