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
import java.util.Optional;
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
        boolean[] taken = taken(v, found);
        List<Match> result = new ArrayList<>(found);
        for (int i = 0; i < v.size(); i++) {
            if (taken[i] || !v.token(i).isWord() || !Character.isUpperCase(v.word(i).charAt(0))) {
                continue;
            }
            boolean capitals = v.inCapitals(i);
            if (!capitals && !v.isCapitalised(i) || !capitals && i + 1 < v.size() && v.touches(i, i + 1)
                    && "-".equals(v.word(i + 1))) {
                continue;
            }
            String word = capitals ? v.titleCase(i) : v.word(i);
            Match same = bySurname.get(word);
            Token token = v.token(i);
            if (same != null) {
                result.add(new Match(token.begin(), token.end(), textOf(v, token), same.entity(), Match.Form.SURNAME,
                        same.country(), null));
            } else if (capitals) {
                Optional<KnownEntity> lone = People.pick(people.withLoneName(word), date, null);
                lone.ifPresent(person -> result.add(new Match(token.begin(), token.end(), textOf(v, token), person,
                        Match.Form.SURNAME, person.countryAt(date), null)));
            }
        }
        result.sort(Comparator.comparingInt(Match::begin));
        return result;
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

    private static boolean[] taken(TokenView v, List<Match> found) {
        boolean[] taken = new boolean[v.size()];
        int f = 0;
        for (int i = 0; i < v.size(); i++) {
            Token token = v.token(i);
            while (f < found.size() && found.get(f).end() <= token.begin()) {
                f++;
            }
            boolean inFound = f < found.size() && found.get(f).begin() <= token.begin();
            taken[i] = v.covering(i) != null || inFound;
        }
        return taken;
    }
}
