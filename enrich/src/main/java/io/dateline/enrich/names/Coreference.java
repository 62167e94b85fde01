package io.dateline.enrich.names;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.tag.Names;
import io.dateline.enrich.tag.People;
import io.dateline.enrich.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people found in a story → also every other mention of their surname, before or after, as the same person:
 * {@code Peskov said} after {@code Kremlin spokesman Dmitry Peskov}, {@code BAKER SAYS} in a headline in capitals
 * above {@code James Baker}. A surname two people of the story share, or a company's name, is left alone. In a
 * sentence in capitals a lone name of a person in office then ({@code REAGAN}) is that person even when the body does
 * not name them.
 */
final class Coreference {

    private Coreference() {
    }

    /** {@code found} plus the further mentions, in text order; {@code known} are the gazetteer's matches. */
    static List<Match> extend(TokenView v, List<Match> known, List<Match> found, People people, LocalDate date,
                              Set<String> companies) {
        Map<String, Match> bySurname = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (List<Match> matches : List.of(known, found)) {
            for (Match m : matches) {
                if (m.entity().type() == EntityType.PERSON) {
                    index(bySurname, shared, m);
                }
            }
        }
        bySurname.keySet().removeAll(shared);
        bySurname.keySet().removeAll(companies);
        List<Match> result = new ArrayList<>(found);
        int f = 0;
        for (int s = 0; s < v.sentenceCount(); s++) {
            if (bySurname.isEmpty() && !v.text().isAllCaps(s)) {
                continue; // no surname to look for, and lone names only in capitals
            }
            for (int i = v.firstTokenOf(s); i < v.endTokenOf(s); i++) {
                int begin = v.token(i).begin();
                while (f < found.size() && found.get(f).end() <= begin) {
                    f++;
                }
                boolean taken = v.covering(i) != null || f < found.size() && found.get(f).begin() <= begin;
                Match mention = taken ? null : mentionAt(v, i, bySurname, people, date);
                if (mention != null) {
                    result.add(mention);
                }
            }
        }
        result.sort(Comparator.comparingInt(Match::begin));
        return result;
    }

    /** The mention at untaken token {@code i}: a known surname, or in capitals a lone name in office; else null. */
    private static Match mentionAt(TokenView v, int i, Map<String, Match> bySurname, People people, LocalDate date) {
        Token token = v.token(i);
        if (!token.isWord() || !Character.isUpperCase(token.text().charAt(0))) {
            return null;
        }
        boolean capitals = v.inCapitals(i);
        if (!capitals && !v.isCapitalised(i) || !capitals && i + 1 < v.size() && v.touches(i, i + 1)
                && "-".equals(v.word(i + 1))) {
            return null;
        }
        String word = capitals ? v.titleCase(i) : v.word(i);
        Match same = bySurname.get(word);
        if (same != null) {
            return new Match(token.begin(), token.end(), textOf(v, token), same.entity(), Match.Form.SURNAME,
                    same.country(), null);
        }
        if (capitals) {
            KnownEntity person = People.pick(people.withLoneName(word), date, null).orElse(null);
            if (person != null) {
                return new Match(token.begin(), token.end(), textOf(v, token), person, Match.Form.SURNAME,
                        person.countryAt(date), null);
            }
        }
        return null;
    }

    /** The token's text as the story writes it (unfolded), made only for a mention. */
    private static String textOf(TokenView v, Token token) {
        return v.text().text().substring(token.begin(), token.end());
    }

    private static void index(Map<String, Match> bySurname, Set<String> shared, Match m) {
        String surname = Names.surname(capitalisedWords(m.entity().name()));
        if (surname == null) {
            return;
        }
        Match before = bySurname.putIfAbsent(surname, m);
        if (before != null && !before.entity().equals(m.entity())) {
            shared.add(surname);
        }
    }

    /** The words of a name that start with a capital: {@code Bashar al-Assad} → Bashar, Assad. */
    private static List<String> capitalisedWords(String name) {
        List<String> words = new ArrayList<>(4);
        int i = 0;
        while (i < name.length()) {
            int end = i;
            while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
                end++;
            }
            if (end > i && Character.isUpperCase(name.charAt(i))) {
                words.add(name.substring(i, end));
            }
            i = end + 1;
        }
        return words;
    }
}
