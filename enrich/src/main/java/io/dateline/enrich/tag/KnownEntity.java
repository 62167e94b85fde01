package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Something a tagger can find in text: a country, a city, a region, an organisation, a person. Persons carry their
 * tenures, and their role and country at a date come from the tenure in force then ({@link #tenureAt}).
 *
 * @param id         our stable id: {@code country:IRN}, {@code city:tehran}, {@code region:new-mexico},
 *                   {@code org:kremlin}, {@code person:vladimir-putin}; {@code unlinked:person:<slug>} for a person
 *                   found in the text but not in the gazetteer
 * @param type       entity type
 * @param subtype    for locations: country, city, region; for organisations: government, central-bank,
 *                   international, media, company, ...; else null
 * @param name       canonical English name
 * @param country    ISO 3166-1 alpha-3 code of the country it is or belongs to (ISO 3166-3 for former states), or null
 * @param externalId an external id: the ISO 3166-1 alpha-2 code for countries, a Wikidata QID; null when none is known
 * @param tenures    for persons: their roles over time; empty for everything else
 */
public record KnownEntity(String id, EntityType type, String subtype, String name, String country,
                          String externalId, List<Tenure> tenures) {

    /** Which tenure speaks for a date: curated first, then offices, then the shortest. */
    private static final Comparator<Tenure> MOST_SPECIFIC = Comparator.comparing((Tenure t) -> !t.curated())
            .thenComparing(t -> !t.isOffice())
            .thenComparingLong(Tenure::span);

    public KnownEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        tenures = List.copyOf(tenures);
    }

    /** An entity without tenures: a place or an organisation. */
    public KnownEntity(String id, EntityType type, String subtype, String name, String country, String externalId) {
        this(id, type, subtype, name, country, externalId, List.of());
    }

    /**
     * The tenure in force on {@code date}: among those covering it the most specific; else the undated one (a
     * person's country, or the role the text gave them); else null. A null date reads only undated tenures.
     */
    public Tenure tenureAt(LocalDate date) {
        Tenure best = null;
        for (Tenure tenure : tenures) {
            boolean applies = date == null ? !tenure.isDated() : tenure.covers(date);
            if (applies && (best == null || MOST_SPECIFIC.compare(tenure, best) < 0)) {
                best = tenure;
            }
        }
        if (best == null && date != null) {
            return tenureAt(null);
        }
        return best;
    }

    /** Whether a dated tenure covers {@code date}: the person was in public life then. */
    public boolean isActiveAt(LocalDate date) {
        if (date == null) {
            return false;
        }
        for (Tenure tenure : tenures) {
            if (tenure.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person's office on {@code date}, or with none then the last one they left before it, is one of an
     * international organisation (a dated tenure with a role and no country): Kofi Annan in 2000 and after 2007 is
     * the UN Secretary-General he was, not a Ghanaian official.
     */
    public boolean internationalOfficeAt(LocalDate date) {
        if (date == null) {
            return false;
        }
        Tenure now = tenureAt(date);
        if (now != null && now.isDated()) {
            return now.country() == null && now.isOffice();
        }
        Tenure last = null;
        for (Tenure tenure : tenures) {
            if (tenure.isOffice() && tenure.to() != null && !tenure.to().isAfter(date)
                    && (last == null || tenure.to().isAfter(last.to()))) {
                last = tenure;
            }
        }
        return last != null && last.country() == null;
    }

    /** The role on {@code date}, or null. */
    public String roleAt(LocalDate date) {
        Tenure tenure = tenureAt(date);
        return tenure == null ? null : tenure.role();
    }

    /**
     * The country the entity stands for on {@code date}: that of the dated tenure in force (none for an office of an
     * international organisation: the UN Secretary-General speaks for no country), else the entity's own.
     */
    public String countryAt(LocalDate date) {
        Tenure tenure = tenureAt(date);
        if (tenure != null && tenure.isDated()) {
            return tenure.country();
        }
        return tenure != null && tenure.country() != null ? tenure.country() : country;
    }
}
