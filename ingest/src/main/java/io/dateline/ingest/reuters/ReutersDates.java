package io.dateline.ingest.reuters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Reuters-21578 {@code <DATE>} ({@code 26-FEB-1987 15:01:01.79}, with stray spaces) -> an instant, read
 * as UTC (the corpus names no zone); null when it holds no valid date and time (the corpus has junk in some, e.g. an
 * hour of 605). Junk after the time is ignored.
 */
final class ReutersDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private ReutersDates() {
    }

    static Instant parse(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        try {
            int hundredths = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3));
            return LocalDateTime.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    hundredths * 1_000_000).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
