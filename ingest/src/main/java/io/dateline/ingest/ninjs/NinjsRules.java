package io.dateline.ingest.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.ingest.text.Timestamps;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A ninjs object -> what in it breaks the standard (at most {@value #MAX_VIOLATIONS} messages, each naming the
 * property path). A subset of the IPTC schemas that every version shares: {@code uri} is required; no property the
 * version does not define (top level and in associated objects); {@code urgency} a whole number 1-9; {@code pubStatus}
 * usable, withheld or canceled; {@code version} a whole number; headlines, bodies and descriptions objects with a
 * string {@code value}; every date-time property (versionCreated, firstCreated, contentCreated, embargoed, expires,
 * startDate, endDate) a full ISO-8601 date-time and every expected date a truncated one; every {@code geoJSON} object
 * a GeoJSON geometry or feature.
 */
final class NinjsRules {

    static final int MAX_VIOLATIONS = 5;
    private static final Set<String> DATE_TIMES = Set.of("versioncreated", "firstcreated", "contentcreated",
            "embargoed", "embargoeduntil", "expires", "startdate", "enddate");
    private static final Set<String> TRUNCATED_DATES = Set.of("expectedstartdate", "expectedenddate");
    private static final Set<String> GEOMETRIES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon");
    private static final Set<String> STATUSES = Set.of("usable", "withheld", "canceled");
    private static final int MAX_DEPTH = 8;

    private final List<String> violations = new ArrayList<>();

    private NinjsRules() {
    }

    /** The violations of {@code item}, read as {@code version}; empty when it keeps the rules. */
    static List<String> check(JsonNode item, NinjsVersion version) {
        NinjsRules rules = new NinjsRules();
        rules.item(item, version, "", false, 0);
        return List.copyOf(rules.violations);
    }

    private void item(JsonNode item, NinjsVersion version, String path, boolean association, int depth) {
        JsonNode uri = item.get("uri");
        if (uri == null || !uri.isTextual() || uri.asText().isBlank()) {
            add(path + "uri is required (a non-empty string)");
        }
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!version.defines(name) && !(association && NinjsVersion.ASSOCIATION_EXTRAS.contains(name))) {
                add(path + name + ": unknown property for ninjs " + version.major() + ".x");
            }
        }
        urgency(item.get("urgency"), path);
        JsonNode status = item.has("pubStatus") ? item.get("pubStatus") : item.get("pubstatus");
        if (status != null && !(status.isTextual() && STATUSES.contains(status.asText()))) {
            add(path + "pubStatus " + status + " is not usable, withheld or canceled");
        }
        JsonNode itemVersion = item.get("version");
        if (itemVersion != null && NinjsFields.version(itemVersion) < 0) {
            add(path + "version " + itemVersion + " is not a whole number");
        }
        for (String name : List.of("headlines", "bodies", "descriptions")) {
            values(item.get(name), path + name);
        }
        walk(item, path, 0);
        associations(item.get("associations"), version, path, depth);
    }

    private void urgency(JsonNode urgency, String path) {
        if (urgency != null && !(urgency.isNumber() && urgency.asDouble() == Math.rint(urgency.asDouble())
                && urgency.asInt() >= 1 && urgency.asInt() <= 9)) {
            add(path + "urgency " + urgency + " is not a whole number from 1 to 9");
        }
    }

    private void values(JsonNode array, String path) {
        if (array == null) {
            return;
        }
        if (!array.isArray()) {
            add(path + " must be an array");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i).get("value");
            if (value == null || !value.isTextual()) {
                add(path + "[" + i + "].value is required (a string)");
            }
        }
    }

    private void associations(JsonNode associations, NinjsVersion version, String path, int depth) {
        if (associations == null) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            add(path + "associations nested deeper than " + MAX_DEPTH);
            return;
        }
        List<Map.Entry<String, JsonNode>> items = new ArrayList<>();
        if (associations.isArray()) {
            for (int i = 0; i < associations.size(); i++) {
                items.add(Map.entry(path + "associations[" + i + "].", associations.get(i)));
            }
        } else if (associations.isObject()) {
            associations.fields().forEachRemaining(e -> items.add(Map.entry(path + "associations." + e.getKey()
                    + ".", e.getValue())));
        } else {
            add(path + "associations must be an array or an object");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : items) {
            if (!entry.getValue().isObject()) {
                add(entry.getKey() + " must be an object");
            } else {
                item(entry.getValue(), version, entry.getKey(), true, depth + 1);
            }
        }
    }

    /** Dates and geoJSON anywhere below {@code node}, associations excepted (they are checked as items). */
    private void walk(JsonNode node, String path, int depth) {
        if (depth > 64 || violations.size() >= MAX_VIOLATIONS) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", depth + 1);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            JsonNode value = field.getValue();
            String at = path.isEmpty() || path.endsWith(".") ? path + name : path + "." + name;
            if (depth == 0 && "associations".equals(name)) {
                continue;
            }
            if (DATE_TIMES.contains(lower) && !(value.isTextual() && Timestamps.isDateTime(value.asText()))) {
                add(at + " " + value + " is not an ISO-8601 date-time");
            } else if (TRUNCATED_DATES.contains(lower)
                    && !(value.isTextual() && Timestamps.isTruncatedDateTime(value.asText()))) {
                add(at + " " + value + " is not a date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time)");
            } else if ("geojson".equals(lower)) {
                geoJson(value, at);
            } else if (value.isContainerNode()) {
                walk(value, at, depth + 1);
            }
        }
    }

    private void geoJson(JsonNode geo, String path) {
        String type = geo.path("type").asText("");
        if (!geo.isObject() || type.isEmpty()) {
            add(path + " has no GeoJSON type");
        } else if (GEOMETRIES.contains(type)) {
            if (!coordinates(geo.get("coordinates"))) {
                add(path + " (" + type + ") needs coordinates: an array of numbers or of such arrays");
            }
        } else if ("GeometryCollection".equals(type)) {
            JsonNode geometries = geo.get("geometries");
            if (geometries == null || !geometries.isArray()) {
                add(path + " (GeometryCollection) needs geometries");
            } else {
                for (int i = 0; i < geometries.size(); i++) {
                    geoJson(geometries.get(i), path + ".geometries[" + i + "]");
                }
            }
        } else if ("Feature".equals(type)) {
            if (geo.hasNonNull("geometry")) {
                geoJson(geo.get("geometry"), path + ".geometry");
            }
        } else if (!"FeatureCollection".equals(type)) {
            add(path + " type '" + type + "' is not a GeoJSON type");
        }
    }

    private static boolean coordinates(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return false;
        }
        boolean numbers = node.get(0).isNumber();
        for (JsonNode element : node) {
            if (numbers ? !element.isNumber() : !coordinates(element)) {
                return false;
            }
        }
        return true;
    }

    private void add(String violation) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(violation);
        }
    }
}
