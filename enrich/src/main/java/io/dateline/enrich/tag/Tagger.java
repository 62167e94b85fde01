package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import java.time.LocalDate;
import java.util.List;

/**
 * Story text and its date → the entity mentions found in it. The date decides who holds an office (the same surname
 * can be a different office-holder in 1987 and 2026); null when the story has none. Implementations are immutable and
 * thread-safe; the text is read as {@link StoryText} builds it, and offsets are into {@link StoryText#text()}.
 */
@FunctionalInterface
public interface Tagger {

    /** Every mention found, in text order, none overlapping another. */
    List<Match> tag(StoryText text, LocalDate date);

    /** The mentions of a story without a date. */
    default List<Match> tag(StoryText text) {
        return tag(text, null);
    }
}
