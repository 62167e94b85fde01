package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import java.util.List;

/**
 * Story text → the entity mentions found in it. Implementations are immutable and thread-safe; the text is read as
 * {@link StoryText} builds it, and offsets are into {@link StoryText#text()}.
 */
@FunctionalInterface
public interface Tagger {

    /** Every mention found, in text order, none overlapping another. */
    List<Match> tag(StoryText text);
}
