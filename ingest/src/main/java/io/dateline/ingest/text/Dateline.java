package io.dateline.ingest.text;

import java.time.Instant;
import java.util.Objects;

/**
 * A dateline found at the start of a story's first paragraph.
 *
 * @param text   as written, up to the agency's closing parenthesis, e.g. {@code MOSCOW, Jan 16, 2026 (AFP)}
 * @param place  the place in capitals, e.g. {@code MOSCOW}
 * @param agency the agency in the parenthesis, canonical (see {@link Agencies})
 * @param date   the start of the day (UTC) when the dateline has day, month and year; else null
 * @param rest   the paragraph after the dateline and its dash
 */
public record Dateline(String text, String place, String agency, Instant date, String rest) {

    public Dateline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(rest, "rest");
    }
}
