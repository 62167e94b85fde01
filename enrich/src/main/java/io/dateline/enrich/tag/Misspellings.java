package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Country names misspelt by one letter ("Ethopia", "Quatar", "Phillipines"): a capitalised word of six letters or more
 * that no other mention covers, one letter missing from or added to exactly one one-word country name of five letters
 * or more, names that country (a changed letter is not taken: "While" is no "Chile"). Wire copy is typed in a hurry; a
 * misspelt actor otherwise costs the story its events. Immutable and thread-safe.
 */
public final class Misspellings {

    private static final int MIN_NAME = 5;
    private static final int MIN_WORD = 6;

    /** The one-word country names in lower case, each with its country. */
    private final NearNames<KnownEntity> names = new NearNames<>();

    public Misspellings(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        for (Gazetteer.Country country : gazetteer.countries().values()) {
            String name = country.name().toLowerCase(Locale.ROOT);
            if (country.kind() == Gazetteer.Country.Kind.FORMER || name.length() < MIN_NAME
                    || !name.chars().allMatch(Character::isLetter)) {
                continue;
            }
            gazetteer.entity("country:" + country.iso3()).ifPresent(entity -> names.add(name, entity));
        }
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
                    || m < known.size() && known.get(m).begin() < token.end() || allCaps(word)) {
                continue;
            }
            KnownEntity country = country(word);
            if (country != null) {
                out.add(new Match(token.begin(), token.end(), word, country, Match.Form.NAME));
            }
        }
        return out;
    }

    /** The one country {@code word} is a misspelling of, or null (also when it is a name as written). */
    private KnownEntity country(String word) {
        KnownEntity found = null;
        for (Map.Entry<String, KnownEntity> name : names.candidates(word)) {
            int length = name.getKey().length();
            boolean near = length == word.length() ? name.getKey().equalsIgnoreCase(word)
                    : length < word.length() ? oneAdded(word, name.getKey()) : oneAdded(name.getKey(), word);
            if (near && length == word.length()) {
                return null;
            }
            if (near) {
                if (found != null && found != name.getValue()) {
                    return null;
                }
                found = name.getValue();
            }
        }
        return found;
    }

    /** Whether {@code longer} is {@code shorter} with one letter added anywhere, ignoring case; no copies made. */
    private static boolean oneAdded(String longer, String shorter) {
        int i = 0;
        while (i < shorter.length() && same(longer.charAt(i), shorter.charAt(i))) {
            i++;
        }
        for (int j = i; j < shorter.length(); j++) {
            if (!same(longer.charAt(j + 1), shorter.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(char a, char b) {
        return Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    private static boolean allCaps(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
