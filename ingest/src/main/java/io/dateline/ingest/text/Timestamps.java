package io.dateline.ingest.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date-time as the IPTC formats write it -> an instant (to the millisecond). Accepted: ISO-8601 with an offset or
 * {@code Z} ({@code 2018-10-21T16:25:32-05:00}), without one (read as UTC), or a plain date (its start, UTC).
 * Surrounding whitespace is ignored. Also the truncated forms of ninjs ({@code 2024}, {@code 2024-02},
 * {@code 2024-02-29}, optionally with time) for {@link #isTruncatedDateTime}.
 */
public final class Timestamps {

    private static final Pattern TRUNCATED = Pattern.compile("-?(?:[1-9][0-9]*)?[0-9]{4}(?:-(?:1[0-2]|0[1-9])"
            + "(?:-(?:3[01]|0[1-9]|[12][0-9])(?:T(?:2[0-3]|[01][0-9]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?"
            + "(?:Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?)?)?)?");

    private Timestamps() {
    }

    /** The instant {@code text} names, or empty when it is no date-time. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeException e) {
            // try the forms without offset
        }
        try {
            return Optional.of(LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeException e) {
            // try a plain date
        }
        try {
            return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} is a full ISO-8601 date-time (a date alone is not). */
    public static boolean isDateTime(String text) {
        return text != null && text.strip().contains("T") && parse(text).isPresent();
    }

    /** Whether {@code text} is a ninjs truncated date-time: a year, year-month, date or date-time. */
    public static boolean isTruncatedDateTime(String text) {
        return text != null && TRUNCATED.matcher(text.strip()).matches();
    }
}
