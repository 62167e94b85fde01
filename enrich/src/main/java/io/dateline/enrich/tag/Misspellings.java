package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Country names misspelt by one letter ("Ethopia", "Quatar", "Phillipines"): a capitalised word of six letters or
 * more that no other mention covers, one letter missing from or added to exactly one one-word country name of five
 * letters or more, names that country (a changed letter is not taken: "While" is no "Chile"). Wire copy is typed in a hurry; a misspelt actor otherwise costs the
 * story its events. Immutable and thread-safe.
 */
public final class Misspellings {

    private static final int MIN_NAME = 5;
    private static final int MIN_WORD = 6;

    /** Every name less one letter → the countries it comes from. */
    private final Map<String, Set<KnownEntity>> shortened;
    /** Every name → its country. */
    private final Map<String, KnownEntity> names;

    public Misspellings(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Map<String, Set<KnownEntity>> index = new HashMap<>();
        Map<String, KnownEntity> all = new HashMap<>();
        for (Gazetteer.Country country : gazetteer.countries().values()) {
            String name = country.name().toLowerCase(Locale.ROOT);
            if (country.kind() == Gazetteer.Country.Kind.FORMER || name.length() < MIN_NAME
                    || !name.chars().allMatch(Character::isLetter)) {
                continue;
            }
            gazetteer.entity("country:" + country.iso3()).ifPresent(entity -> {
                all.put(name, entity);
                for (String variant : deletions(name)) {
                    index.computeIfAbsent(variant, k -> new HashSet<>()).add(entity);
                }
            });
        }
        this.shortened = index;
        this.names = all;
    }

    /** The mentions of misspelt countries among words that {@code known} does not cover. */
    public List<Match> find(StoryText text, List<Match> known) {
        List<Match> out = new ArrayList<>();
        int m = 0;
        for (Token token : text.tokens()) {
            String word = token.text();
            while (m < known.size() && known.get(m).end() <= token.begin()) {
                m++;
            }
            if (word.length() < MIN_WORD || !Character.isUpperCase(word.charAt(0)) || !token.isWord()
                    || m < known.size() && known.get(m).begin() < token.end()
                    || word.equals(word.toUpperCase(Locale.ROOT))) {
                continue;
            }
            KnownEntity country = country(word.toLowerCase(Locale.ROOT));
            if (country != null) {
                out.add(new Match(token.begin(), token.end(), word, country, Match.Form.NAME));
            }
        }
        return out;
    }

    /** The one country {@code word} is a misspelling of, or null. */
    private KnownEntity country(String word) {
        if (names.containsKey(word)) {
            return null;
        }
        Set<KnownEntity> found = new HashSet<>(shortened.getOrDefault(word, Set.of()));
        for (String variant : deletions(word)) {
            KnownEntity country = names.get(variant);
            if (country != null) {
                found.add(country);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The word less one letter, at each place. */
    private static Set<String> deletions(String word) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }
}
