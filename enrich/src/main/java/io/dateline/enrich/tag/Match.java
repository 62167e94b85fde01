package io.dateline.enrich.tag;

import java.util.Objects;

/**
 * One place a tagger found an entity: the half-open span {@code [begin, end)} of the story text, the surface text
 * there, and how the entity was named.
 *
 * @param begin  offset of the first character in {@code StoryText.text()}
 * @param end    offset after the last character
 * @param text   the surface text, exactly as written
 * @param entity what it names
 * @param form   how it names it
 */
public record Match(int begin, int end, String text, KnownEntity entity, Form form) {

    /** How a mention names its entity. */
    public enum Form {
        /** A name or alias: "Iran", "U.S.", "Tehran", "Kremlin". */
        NAME,
        /** A demonym or adjective of a country: "Iranian", "Israelis". */
        DEMONYM
    }

    public Match {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(form, "form");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("Empty or negative span [" + begin + ", " + end + ")");
        }
    }
}
