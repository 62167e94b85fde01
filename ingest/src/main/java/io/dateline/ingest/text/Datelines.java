package io.dateline.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first paragraph of a story -> its dateline, when it starts with one: a place in capitals, up to three
 * comma-separated details (a date, a state), the agency in parentheses, then a dash ({@code -}, {@code --},
 * {@code –}, {@code —}). {@code MOSCOW, Jan 16, 2026 (AFP) -}, {@code PARIS, Jan. 16 (Reuters) -},
 * {@code WASHINGTON (AP) --}, {@code BEIRUT, 16 January 2026 (AFP) —}. A dateline without an agency is not recognised:
 * too many ordinary sentences start with a word in capitals and a dash. The time of day is not in a dateline; a full
 * date becomes the start of that day in UTC.
 */
public final class Datelines {

    /** A word of a place in capitals: MOSCOW, ST., N'DJAMENA, PORT-AU-PRINCE. */
    private static final String PLACE_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'\u2019.\\-]*";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<text>(?<place>" + PLACE_WORD + "(?:\\h+" + PLACE_WORD + ")*)"
            + "(?<details>(?:\\h*,\\h*[^,()\\n]{1,40}){0,3}?)"
            + "\\h*\\((?<agency>\\p{L}[\\p{L}&.'\\- ]{0,40})\\))"
            + "\\h*(?:--|-|\u2013|\u2014)\\h*(?<rest>.*)$",
            Pattern.DOTALL);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<month>\\p{L}{3,9})\\.?\\h+(?<day>\\d{1,2})(?:\\h*,?\\h*(?<year>\\d{4}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<day>\\d{1,2})\\h+(?<month>\\p{L}{3,9})\\.?(?:\\h*,?\\h*(?<year>\\d{4}))?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11),
            Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private Datelines() {
    }

    /** The dateline {@code paragraph} starts with, if any. */
    public static Optional<Dateline> parse(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph.stripLeading());
        if (!m.matches()) {
            return Optional.empty();
        }
        String details = m.group("details");
        return Optional.of(new Dateline(m.group("text").strip(), m.group("place").strip(),
                Agencies.canonical(m.group("agency")), date(details).map(d -> d.atStartOfDay(ZoneOffset.UTC)
                        .toInstant()).orElse(null), m.group("rest").strip()));
    }

    /** Whether {@code line} starts with a dateline. */
    public static boolean startsWithDateline(String line) {
        return parse(line).isPresent();
    }

    /** The full date (day, month, year) in the dateline's details, if there is one. */
    static Optional<LocalDate> date(String details) {
        String text = details.replace(',', ' ').strip();
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
                if (month != null && m.group("year") != null) {
                    try {
                        return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), month,
                                Integer.parseInt(m.group("day"))));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
