package io.dateline.sink.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query string of an API request, validated: every parameter must be one the endpoint knows, appear at most once
 * unless it may repeat, and hold a value of its form; anything else is a {@link BadRequest} naming the parameter.
 */
final class QueryParams {

    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    static final Pattern EVENT_TYPE = Pattern.compile("[A-Z][A-Z_]{1,39}");
    /** Our entity ids: a kind, a colon, then letters, digits and a little punctuation (country:IRN, person:q7747). */
    static final Pattern ENTITY = Pattern.compile("[a-z]{2,20}:[\\p{L}\\p{N}_.\\-:]{1,180}");

    private static final int MAX_QUERY_CHARS = 4096;

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses {@code rawQuery} (null for none), allowing only {@code known} names. */
    static QueryParams parse(String rawQuery, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            if (rawQuery.length() > MAX_QUERY_CHARS) {
                throw new BadRequest("the query string is longer than " + MAX_QUERY_CHARS + " characters");
            }
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!known.contains(name)) {
                    throw new BadRequest("unknown parameter '" + printable(name) + "'; known: "
                            + known.stream().sorted().toList());
                }
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value.trim());
            }
        }
        return new QueryParams(values);
    }

    /** The single value of {@code name}, if given and not blank. */
    Optional<String> single(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new BadRequest("parameter '" + name + "' given " + given.size() + " times; give it once");
        }
        return given.isEmpty() || given.get(0).isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    /** Every non-blank value of {@code name}, in order; also splits comma-separated values. */
    List<String> all(String name, int max) {
        List<String> out = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        if (out.size() > max) {
            throw new BadRequest("parameter '" + name + "' given " + out.size() + " times; at most " + max);
        }
        return out;
    }

    /** An upper-cased value of {@code name} matching {@code pattern}, e.g. a country code. */
    Optional<String> matching(String name, Pattern pattern, String form) {
        return single(name).map(value -> requireMatch(name, value.toUpperCase(Locale.ROOT), pattern, form));
    }

    /** A value of {@code name} matching {@code pattern} as given (case kept). */
    Optional<String> matchingExactly(String name, Pattern pattern, String form) {
        return single(name).map(value -> requireMatch(name, value, pattern, form));
    }

    static String requireMatch(String name, String value, Pattern pattern, String form) {
        if (!pattern.matcher(value).matches()) {
            throw new BadRequest("parameter '" + name + "'='" + printable(value) + "' is invalid: must be " + form);
        }
        return value;
    }

    /** An integer in {@code [min, max]}, {@code defaultValue} when absent. */
    int integer(String name, int min, int max, int defaultValue) {
        Optional<String> value = single(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw new BadRequest("parameter '" + name + "'=" + number + " is out of range: must be " + min
                        + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "'='" + printable(value.get())
                    + "' is invalid: must be a whole number from " + min + " to " + max);
        }
    }

    /** A time: ISO-8601 instant ({@code 2026-01-16T09:30:00Z}) or a UTC day ({@code 2026-01-16}, its start). */
    Optional<Instant> time(String name) {
        return single(name).map(value -> {
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequest("parameter '" + name + "'='" + printable(value)
                        + "' is invalid: must be a UTC day (2026-01-16) or an ISO-8601 time (2026-01-16T09:30:00Z)");
            }
        });
    }

    /** Fails when {@code from} is not before {@code to}. */
    static void requireOrdered(Optional<Instant> from, Optional<Instant> to) {
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new BadRequest("parameter 'from' must be before 'to'");
        }
    }

    /** {@code text} shortened and stripped of control characters, safe to echo in a message. */
    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the query string is not well-formed: " + e.getMessage());
        }
    }
}
