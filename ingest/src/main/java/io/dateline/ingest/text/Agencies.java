package io.dateline.ingest.text;

import java.util.Locale;
import java.util.Map;

/**
 * An agency name as written (in a dateline's parenthesis or a trailer line) -> its canonical short name: AFP, Reuters,
 * AP; any other agency keeps the name as written. Also the lower-case id prefix of an agency.
 */
public final class Agencies {

    public static final String AFP = "AFP";
    public static final String REUTERS = "Reuters";
    public static final String AP = "AP";

    private static final Map<String, String> CANONICAL = Map.of(
            "afp", AFP,
            "agence france-presse", AFP,
            "agence france presse", AFP,
            "reuters", REUTERS,
            "reuter", REUTERS,
            "thomson reuters", REUTERS,
            "ap", AP,
            "associated press", AP,
            "the associated press", AP);

    private Agencies() {
    }

    /** The canonical name of {@code written}, e.g. "Agence France-Presse" -> "AFP"; null for null or blank. */
    public static String canonical(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String name = written.strip().replaceAll("\\s+", " ");
        return CANONICAL.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    /** The id prefix of {@code agency}: lower case, runs of other than a-z and 0-9 as one '-'; "wire" for none. */
    public static String idPrefix(String agency) {
        String canonical = canonical(agency);
        if (canonical == null) {
            return "wire";
        }
        String prefix = canonical.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return prefix.isEmpty() ? "wire" : prefix;
    }
}
