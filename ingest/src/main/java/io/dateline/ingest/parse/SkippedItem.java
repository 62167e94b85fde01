package io.dateline.ingest.parse;

import java.util.Objects;

/**
 * An item of an input that is deliberately not a story (a photo in a NewsML-G2 package, a Reuters-21578 entry without
 * a body). Not an error: counted and reported so that nothing disappears silently.
 *
 * @param origin   the input, e.g. its path
 * @param position zero-based index of the item inside the input
 * @param reason   one line for an operator
 */
public record SkippedItem(String origin, int position, String reason) {

    public SkippedItem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return origin + "#" + position + " skipped: " + reason;
    }
}
