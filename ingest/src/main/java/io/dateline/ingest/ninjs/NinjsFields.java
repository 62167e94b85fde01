package io.dateline.ingest.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.avro.PubStatus;
import io.dateline.ingest.markup.HtmlText;
import io.dateline.ingest.text.Agencies;
import io.dateline.ingest.text.StoryBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the story fields of a ninjs object whatever its major version: a 3.x camelCase name is also looked up in its
 * 2.x/1.x lower-case form ({@code versionCreated} / {@code versioncreated}), and the 1.x singular forms
 * ({@code headline}, {@code byline}, {@code subject}, {@code place}) are read where 2.x and 3.x have arrays.
 */
final class NinjsFields {

    private final JsonNode item;

    NinjsFields(JsonNode item) {
        this.item = item;
    }

    /** The property under its 3.x name or the lower-case form of it, or a missing node. */
    JsonNode get(String camelCaseName) {
        JsonNode node = item.get(camelCaseName);
        return node != null ? node : item.path(camelCaseName.toLowerCase(Locale.ROOT));
    }

    /** The text of a string property, or null. */
    String text(String camelCaseName) {
        JsonNode node = get(camelCaseName);
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    /** The version as a number: a string of digits or a whole number; -1 when it is neither. */
    static long version(JsonNode version) {
        if (version.isIntegralNumber() && version.asLong() >= 0) {
            return version.asLong();
        }
        if (version.isTextual() && version.asText().strip().matches("\\d{1,18}")) {
            return Long.parseLong(version.asText().strip());
        }
        return -1;
    }

    PubStatus pubStatus() {
        String status = text("pubStatus");
        if (status == null) {
            return PubStatus.USABLE;
        }
        return switch (status) {
            case "canceled" -> PubStatus.CANCELED;
            case "withheld" -> PubStatus.WITHHELD;
            default -> PubStatus.USABLE;
        };
    }

    /**
     * The main headline: 1.x {@code headline}; else the {@code headlines} entry with role main, else the first; else
     * the {@code title} (a human-readable name of the item).
     */
    String headline() {
        String v1 = text("headline");
        if (v1 != null) {
            return v1;
        }
        String headline = roleValue(get("headlines"), "main");
        return headline != null ? headline : text("title");
    }

    String byline() {
        return text("by") != null ? text("by") : text("byline");
    }

    /** Names (else literal, code or uri) of the subjects: 1.x {@code subject}, 2.x/3.x {@code subjects}. */
    List<String> subjects() {
        return names(List.of(get("subjects"), item.path("subject")), null);
    }

    /** {@code located}, then the names of the places: 1.x {@code place}, 2.x/3.x {@code places}. */
    List<String> places() {
        return names(List.of(item.path("places"), item.path("place")), text("located"));
    }

    /** The agency: the copyright holder, else the first info source's name. */
    String agency() {
        String holder = text("copyrightHolder");
        if (holder != null) {
            return Agencies.canonical(holder);
        }
        JsonNode sources = get("infoSources");
        if (sources.isMissingNode()) {
            sources = item.path("infosource");
        }
        JsonNode first = sources.isArray() ? sources.path(0) : sources;
        return first.path("name").isTextual() ? Agencies.canonical(first.path("name").asText()) : null;
    }

    /** One body of the item: its declared content type or kind, and its value. */
    private record Body(String kind, String value) {

        boolean isMarkup() {
            String declared = kind.toLowerCase(Locale.ROOT);
            if (declared.contains("html") || declared.contains("xml") || declared.contains("nitf")) {
                return true;
            }
            if (declared.contains("text/plain") || declared.equals("text")) {
                return false;
            }
            return HtmlText.looksLikeMarkup(value);
        }
    }

    /**
     * The body as paragraphs: a markup body preferred (it keeps the paragraphs), else a plain one. 2.x/3.x
     * {@code bodies} are typed by contentType (or role); 1.x {@code body_text}, {@code body_xhtml}, {@code body_*} by
     * their name.
     */
    List<String> bodyParagraphs() {
        List<Body> bodies = new ArrayList<>();
        JsonNode array = get("bodies");
        if (array.isArray()) {
            for (JsonNode body : array) {
                String type = body.has("contentType") ? body.path("contentType").asText("")
                        : body.path("contenttype").asText("");
                bodies.add(new Body(type.isEmpty() ? body.path("role").asText("") : type,
                        body.path("value").asText("")));
            }
        }
        item.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("body_") && field.getValue().isTextual()) {
                bodies.add(new Body(field.getKey().substring("body_".length()), field.getValue().asText()));
            }
        });
        Body plain = null;
        for (Body body : bodies) {
            if (body.value().isBlank()) {
                continue;
            }
            if (body.isMarkup()) {
                return HtmlText.paragraphs(body.value());
            }
            if (plain == null) {
                plain = body;
            }
        }
        return plain == null ? List.of() : StoryBody.plainParagraphs(plain.value());
    }

    private static String roleValue(JsonNode array, String role) {
        if (!array.isArray() || array.isEmpty()) {
            return null;
        }
        for (JsonNode entry : array) {
            if (role.equals(entry.path("role").asText()) && entry.path("value").isTextual()) {
                return entry.path("value").asText();
            }
        }
        return array.get(0).path("value").isTextual() ? array.get(0).path("value").asText() : null;
    }

    private static List<String> names(List<JsonNode> arrays, String first) {
        Set<String> names = new LinkedHashSet<>();
        if (first != null) {
            names.add(first.strip());
        }
        for (JsonNode array : arrays) {
            if (!array.isArray()) {
                continue;
            }
            for (JsonNode entry : array) {
                for (String key : new String[] {"name", "literal", "code", "uri"}) {
                    String value = entry.path(key).asText("").strip();
                    if (!value.isEmpty()) {
                        names.add(value);
                        break;
                    }
                }
            }
        }
        return List.copyOf(names);
    }
}
