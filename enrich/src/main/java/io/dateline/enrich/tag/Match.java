package io.dateline.enrich.tag;

import java.util.Objects;

/**
 * One place a tagger found an entity: the half-open span {@code [begin, end)} of the story text, the surface text
 * there, how the entity was named, and the country the mention stands for on the story's date (a person's country
 * then; a place's or organisation's own).
 *
 * @param begin   offset of the first character in {@code StoryText.text()}
 * @param end     offset after the last character
 * @param text    the surface text, exactly as written
 * @param entity  what it names
 * @param form    how it names it
 * @param country ISO alpha-3 code the mention stands for, or null
 * @param role    for a person, the role the text gives them there ({@code Kremlin spokesman}), or null
 */
public record Match(int begin, int end, String text, KnownEntity entity, Form form, String country, String role) {

    /** How a mention names its entity. */
    public enum Form {
        /** A name or alias: "Iran", "U.S.", "Tehran", "Kremlin", "Vladimir Putin". */
        NAME,
        /** A demonym or adjective of a country: "Iranian", "Israelis". */
        DEMONYM,
        /** A person named by surname alone: "Putin", "Peskov". */
        SURNAME
    }

    public Match {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(form, "form");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("Empty or negative span [" + begin + ", " + end + ")");
        }
    }

    /** A mention standing for the entity's own country. */
    public Match(int begin, int end, String text, KnownEntity entity, Form form) {
        this(begin, end, text, entity, form, entity.country(), null);
    }
}
