package io.dateline.enrich.tag;

import io.dateline.enrich.tag.Gazetteer.Name;
import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A dateline → the place it names and that place's country: {@code MOSCOW, Jan 16, 2026 (AFP)} → Moscow → RUS,
 * {@code BIRMINGHAM, Ala., March 3} → Alabama → USA, {@code WILMINGTON, Del, Feb 26} → USA. Reads the text before any
 * bracket or dash, in any case, and takes the first gazetteer place that has a country, unless the next comma-separated
 * part qualifies it with a state or country, by name or by abbreviation; a state abbreviation after an unknown town
 * ({@code OAK LAWN, Il.}) is enough.
 */
public final class DatelineResolver {

    private final Gazetteer gazetteer;
    private final PhraseTrie<Name> names;

    public DatelineResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.names = gazetteer.names();
    }

    /**
     * The place {@code dateline} names: the first place with a country, or the place right after it when one qualifies
     * it ({@code BIRMINGHAM, Ala.}, {@code SAN JOSE, Costa Rica}). Empty for null, blank or unknown datelines.
     */
    public Optional<KnownEntity> placeOf(String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return Optional.empty();
        }
        String[] segments = placePart(dateline).split(",");
        for (int s = 0; s < segments.length; s++) {
            Optional<KnownEntity> state = s > 0 ? abbreviation(segments[s]) : Optional.empty();
            if (state.isPresent()) {
                return state;
            }
            List<Token> tokens = Tokenizer.tokenize(segments[s]);
            int i = 0;
            while (i < tokens.size()) {
                PhraseTrie.Hit<Name> hit = tokens.get(i).isWord() ? names.longestAt(tokens, i, true) : null;
                Optional<KnownEntity> place = placeOf(hit);
                if (place.isPresent()) {
                    Optional<KnownEntity> qualifier = s + 1 < segments.length
                            ? qualifier(segments[s + 1]) : Optional.empty();
                    return qualifier.isPresent() ? qualifier : place;
                }
                i = hit == null ? i + 1 : hit.end();
            }
        }
        return Optional.empty();
    }

    /** The ISO alpha-3 code of the country of the place {@code dateline} names. */
    public Optional<String> countryOf(String dateline) {
        return placeOf(dateline).map(KnownEntity::country);
    }

    /** The place that qualifies a town: a state or country by name, or by abbreviation. */
    private Optional<KnownEntity> qualifier(String segment) {
        Optional<KnownEntity> place = placeAtStart(segment);
        return place.isPresent() ? place : abbreviation(segment);
    }

    /** The country of a state or province abbreviation ({@code Neb.}, {@code Del}, {@code ILL}, {@code Ont.}). */
    private Optional<KnownEntity> abbreviation(String segment) {
        String letters = segment.replace(".", "").replace(" ", "").trim();
        if (letters.isEmpty() || letters.length() > 5 || !letters.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return gazetteer.datelineQualifier(letters.toUpperCase(Locale.ROOT))
                .flatMap(code -> gazetteer.entity("country:" + code));
    }

    /** The place with a country whose name starts {@code segment}, in any case. */
    private Optional<KnownEntity> placeAtStart(String segment) {
        List<Token> tokens = Tokenizer.tokenize(segment);
        return tokens.isEmpty() || !tokens.get(0).isWord() ? Optional.empty()
                : placeOf(names.longestAt(tokens, 0, true));
    }

    private static Optional<KnownEntity> placeOf(PhraseTrie.Hit<Name> hit) {
        return hit == null ? Optional.empty() : hit.value().entity().filter(entity -> entity.country() != null);
    }

    private static String placePart(String dateline) {
        int end = dateline.length();
        for (String stop : List.of("(", " - ", " -- ", "\u2013", "\u2014")) {
            int at = dateline.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return dateline.substring(0, end);
    }
}
