package io.dateline.enrich.tag;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's role in a country over a period: {@code RUS, President, 2012-05-07, open}. A missing {@code from} or
 * {@code to} leaves that end open; a tenure with neither is undated and only says which country the person belongs to
 * (or, for a person found in the text, the role the text gave them). A null role means no office.
 *
 * @param country ISO alpha-3 code, or null (heads of international organisations)
 * @param role    the office, e.g. {@code Prime Minister}, {@code Kremlin spokesman}, {@code government}; or null
 * @param from    first day, or null
 * @param to      day it ended, or null while it lasts
 * @param curated whether it comes from the hand-written files, which say more than the converted ones
 */
public record Tenure(String country, String role, LocalDate from, LocalDate to, boolean curated) {

    private static final Pattern HEAD = Pattern.compile(
            "(acting |interim )?(president|prime minister|premier|chancellor|king|queen|emir|amir|sultan"
                    + "|supreme leader|head of state|general secretary|grand duke|prince|state counsellor"
                    + "|chairman of the state council|chairman of the presidential council).*");

    public Tenure {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Tenure ends before it starts: " + from + ".." + to);
        }
    }

    /** Whether it has a date at either end. */
    public boolean isDated() {
        return from != null || to != null;
    }

    /** Whether {@code date} falls in it ({@code from} inclusive, {@code to} exclusive); undated tenures never do. */
    public boolean covers(LocalDate date) {
        return isDated() && (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }

    /** Whether the role is an office (not just membership of a country's elite). */
    public boolean isOffice() {
        return role != null;
    }

    /** Whether the role is that of a head of state or government, by its title. */
    public boolean isHeadOfStateOrGovernment() {
        return role != null && HEAD.matcher(role.toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a title ("President", "Prime Minister") is that of a head of state or government. */
    public static boolean isHeadTitle(String title) {
        return HEAD.matcher(title.toLowerCase(Locale.ROOT)).matches();
    }

    /** How long it lasted in days, open ends counted as very long: shorter tenures are the more specific. */
    long span() {
        long start = from == null ? -1_000_000 : from.toEpochDay();
        long end = to == null ? 1_000_000 : to.toEpochDay();
        return end - start;
    }
}
