package io.dateline.ingest.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * A ninjs object -> the major version of the standard it is written in, and the top-level property names that
 * version defines (from the IPTC ninjs 1.6, 2.2 and 3.1 schemas). 1.x has singular lower-case names ({@code headline},
 * {@code body_text}, {@code subject}), 2.x plural lower-case ones ({@code headlines}, {@code versioncreated}), 3.x
 * camelCase ({@code versionCreated}). The version is the one {@code standard.version} names; else the one whose names
 * fit the object best (fewest unknown properties), the newest on a tie.
 */
enum NinjsVersion {
    V1(Set.of("$standard", "altids", "associations", "byline", "charcount", "contentcreated", "copyrightholder",
            "copyrightnotice", "digitalsourcetype", "ednote", "embargoed", "event", "expires", "firstcreated", "genre",
            "headline", "infosource", "language", "located", "mimetype", "object", "organisation", "person", "place",
            "profile", "pubstatus", "renditions", "representationtype", "rightsinfo", "slugline", "subject", "title",
            "trustindicator", "type", "urgency", "uri", "usageterms", "version", "versioncreated", "wordcount")),
    V2(Set.of("altids", "associations", "bodies", "by", "contentcreated", "copyrightholder", "copyrightnotice",
            "descriptions", "digitalsourcetype", "ednote", "embargoed", "events", "expires", "firstcreated", "genres",
            "headlines", "infosources", "language", "located", "objects", "organisations", "people", "places",
            "profile", "pubstatus", "renditions", "representationtype", "rightsinfo", "slugline", "standard",
            "subjects", "title", "trustindicators", "type", "urgency", "uri", "usageterms", "version",
            "versioncreated")),
    V3(Set.of("altIds", "associations", "bodies", "by", "contentCreated", "copyrightHolder", "copyrightNotice",
            "descriptions", "digitalSourceType", "edNote", "embargoedUntil", "eventDetails", "events", "expires",
            "firstCreated", "genres", "headlines", "infoSources", "language", "located", "objects", "organisations",
            "people", "places", "plannedCoverage", "profile", "pubStatus", "renditions", "representationType",
            "rightsInfo", "slugline", "standard", "subjects", "title", "trustIndicators", "type", "urgency", "uri",
            "usageTerms", "version", "versionCreated"));

    /** Properties an associated object may have besides the ninjs ones (2.x, 3.x). */
    static final Set<String> ASSOCIATION_EXTRAS = Set.of("name", "rel");

    private final Set<String> properties;

    NinjsVersion(Set<String> properties) {
        this.properties = properties;
    }

    /** Whether {@code name} is a top-level property of this version (1.x also allows body_*, headline_*, ...). */
    boolean defines(String name) {
        return properties.contains(name) || this == V1 && (name.startsWith("body_") || name.startsWith("headline_")
                || name.startsWith("description_"));
    }

    int major() {
        return ordinal() + 1;
    }

    /** The version {@code item} is written in. */
    static NinjsVersion of(JsonNode item) {
        JsonNode standard = item.path("standard").path("version");
        if (standard.isTextual() && !standard.asText().isBlank()) {
            char major = standard.asText().strip().charAt(0);
            if (major >= '1' && major <= '3') {
                return values()[major - '1'];
            }
        }
        NinjsVersion best = V3;
        int fewest = unknown(item, V3);
        for (NinjsVersion version : new NinjsVersion[] {V2, V1}) {
            int unknown = unknown(item, version);
            if (unknown < fewest) {
                best = version;
                fewest = unknown;
            }
        }
        return best;
    }

    private static int unknown(JsonNode item, NinjsVersion version) {
        int unknown = 0;
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            if (!version.defines(names.next())) {
                unknown++;
            }
        }
        return unknown;
    }
}
