package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Country names and demonyms misspelt by one letter ("Ethopia", "Quatar", "Isreal", "Isreali"): a capitalised word of
 * six letters or more that no other mention covers and that ends no name ("St Germain"), one letter missing from or
 * added to, or two neighbouring letters swapped in, exactly one one-word country name or demonym of five letters or
 * more, its first letter kept, names that country (a changed letter is not taken: "While" is no "Chile"; nor a first
 * letter added: "Bomani" is no "Omani"). Wire copy is typed in a hurry; a misspelt actor otherwise costs the story its
 * events. Immutable and thread-safe.
 */
public final class Misspellings {

    private static final int MIN_NAME = 5;
    private static final int MIN_WORD = 6;

    /** The one-word country names and demonyms in lower case, each with its country and form. */
    private final NearNames<Spelling> names = new NearNames<>();

    private record Spelling(KnownEntity country, Match.Form form) {
    }

    public Misspellings(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        for (Gazetteer.Country country : gazetteer.countries().values()) {
            if (country.kind() == Gazetteer.Country.Kind.FORMER) {
                continue;
            }
            KnownEntity entity = gazetteer.entity("country:" + country.iso3()).orElse(null);
            if (entity == null) {
                continue;
            }
            add(country.name(), new Spelling(entity, Match.Form.NAME));
            for (String demonym : country.demonyms()) {
                add(demonym, new Spelling(entity, Match.Form.DEMONYM));
            }
        }
    }

    private void add(String word, Spelling spelling) {
        String name = word.toLowerCase(Locale.ROOT);
        if (name.length() >= MIN_NAME && name.chars().allMatch(Character::isLetter)) {
            names.add(name, spelling);
        }
    }

    /** The mentions of misspelt countries among words that {@code known} does not cover. */
    public List<Match> find(StoryText text, List<Match> known) {
        List<Match> out = new ArrayList<>();
        int m = 0;
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.text();
            while (m < known.size() && known.get(m).end() <= token.begin()) {
                m++;
            }
            if (word.length() < MIN_WORD || !Character.isUpperCase(word.charAt(0)) || !token.isWord()
                    || m < known.size() && known.get(m).begin() < token.end() || allCaps(word)
                    || inName(tokens, i)) {
                continue;
            }
            Spelling country = country(word);
            if (country != null) {
                out.add(new Match(token.begin(), token.end(), word, country.country(), country.form()));
            }
        }
        return out;
    }

    /**
     * Whether the word at {@code i} follows a capitalised word or an initial of its sentence: the end of a name ("St
     * Germain", "Mark S. Germain"), not a country.
     */
    private static boolean inName(List<Token> tokens, int i) {
        int before = i - 1;
        if (before >= 0 && tokens.get(before).text().equals(".")) {
            before--;
        }
        if (before < 0 || tokens.get(before).sentence() != tokens.get(i).sentence()) {
            return false;
        }
        Token previous = tokens.get(before);
        return previous.isWord() && Character.isUpperCase(previous.text().charAt(0));
    }

    /** The one country {@code word} is a misspelling of, or null (also when it is a name as written). */
    private Spelling country(String word) {
        Spelling found = null;
        for (Map.Entry<String, Spelling> name : names.candidates(word)) {
            int length = name.getKey().length();
            if (length == word.length() && name.getKey().equalsIgnoreCase(word)) {
                return null;
            }
            boolean near = length == word.length() ? swapped(word, name.getKey())   // the first letter is kept
                    : length < word.length() ? oneAdded(word, name.getKey()) : oneAdded(name.getKey(), word);
            if (near) {
                if (found != null && found.country() != name.getValue().country()) {
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

    /** Whether {@code word} is {@code name} with two neighbouring letters after the first swapped ("Isreal"). */
    private static boolean swapped(String word, String name) {
        int i = 0;
        while (i < name.length() && same(word.charAt(i), name.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < name.length() && same(word.charAt(i), name.charAt(i + 1))
                && same(word.charAt(i + 1), name.charAt(i)) && word.regionMatches(true, i + 2, name, i + 2,
                name.length() - i - 2);
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
