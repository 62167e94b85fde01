package io.dateline.ingest.plain;

import io.dateline.ingest.text.Agencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last lines of a story -> the agency trailer they end with, removed. A trailer line is an agency name
 * ({@code Agence France-Presse}, {@code AFP}, {@code Reuters}, {@code Reuter}, {@code Associated Press}, {@code AP}), a
 * copyright line naming one ({@code Copyright 2026 The Associated Press. All rights reserved.}), a Reuters credit
 * {@code (Reporting by ...; Editing by ...)} (also at the end of the last paragraph), or an AFP-style sign-off of
 * short slash-separated initials ({@code afp/xx}, {@code bur-jj/sst}), which names AFP when one part is {@code afp}.
 * Up to {@value #MAX_TRAILER_LINES} trailer lines are removed; the agency is the one nearest to the end.
 */
final class Trailers {

    static final int MAX_TRAILER_LINES = 3;

    private static final String AGENCY =
            "(agence\\h+france[- ]presse|afp|reuters?|thomson\\h+reuters|associated\\h+press|ap)";
    private static final Pattern AGENCY_LINE = Pattern.compile("(?i)(?:the\\h+)?" + AGENCY + "\\.?");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:copyright|\u00A9|\\(c\\))\\h*(?:\\d{4}\\h*,?\\h*)?(?:the\\h+)?" + AGENCY + "\\b.{0,60}");
    private static final Pattern REUTERS_CREDIT = Pattern.compile(
            "(?i)\\(\\h*(?:additional\\h+)?(?:reporting|writing|editing|compiled|graphics)\\h+by\\b[^()]*\\)");
    private static final Pattern CREDIT_AT_END = Pattern.compile("\\h*" + REUTERS_CREDIT.pattern() + "\\h*$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)[a-z]{1,12}(?:[-/][a-z]{1,12})*/[a-z]{1,12}"
            + "(?:[-/][a-z]{1,12})*");

    /**
     * @param lines  the story lines without the trailer
     * @param agency the agency the trailer names (canonical), or null
     */
    record Stripped(List<String> lines, String agency) {
    }

    private Trailers() {
    }

    /** {@code lines} (no leading or trailing blank lines) without their trailer. */
    static Stripped strip(List<String> lines) {
        List<String> kept = new ArrayList<>(lines);
        String agency = null;
        for (int removed = 0; removed < MAX_TRAILER_LINES && !kept.isEmpty(); removed++) {
            Optional<Trailer> trailer = trailer(kept.get(kept.size() - 1).strip());
            if (trailer.isEmpty()) {
                break;
            }
            kept.remove(kept.size() - 1);
            dropTrailingBlankLines(kept);
            if (agency == null) {
                agency = trailer.get().agency();
            }
        }
        if (!kept.isEmpty()) {
            Matcher credit = CREDIT_AT_END.matcher(kept.get(kept.size() - 1));
            if (credit.find() && credit.start() > 0) {
                kept.set(kept.size() - 1, kept.get(kept.size() - 1).substring(0, credit.start()));
                agency = agency == null ? Agencies.REUTERS : agency;
            }
        }
        return new Stripped(kept, agency);
    }

    /** A trailer line, naming {@code agency} (canonical), or null for a sign-off that names none. */
    private record Trailer(String agency) {
    }

    /** The trailer {@code line} is, if it is one. */
    private static Optional<Trailer> trailer(String line) {
        for (Pattern pattern : List.of(AGENCY_LINE, COPYRIGHT)) {
            Matcher name = pattern.matcher(line);
            if (name.matches()) {
                return Optional.of(new Trailer(Agencies.canonical(name.group(1))));
            }
        }
        if (REUTERS_CREDIT.matcher(line).matches()) {
            return Optional.of(new Trailer(Agencies.REUTERS));
        }
        if (SIGN_OFF.matcher(line).matches()) {
            boolean afp = List.of(line.toLowerCase(Locale.ROOT).split("[-/]")).contains("afp");
            return Optional.of(new Trailer(afp ? Agencies.AFP : null));
        }
        return Optional.empty();
    }

    private static void dropTrailingBlankLines(List<String> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }
}
