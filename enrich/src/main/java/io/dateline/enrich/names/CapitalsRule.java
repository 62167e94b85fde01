package io.dateline.enrich.names;

import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.tag.People;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Names in a sentence written in capitals (old wire headlines: {@code TREASURY'S BAKER SAYS ...}), where case tells
 * nothing. A word is a person when the gazetteer knows it as a surname and a title or a possessive stands before it
 * ({@code PRESIDENT REAGAN}, {@code TREASURY'S BAKER}), or it opens the sentence and a verb follows (a reporting verb,
 * a headline verb, or a word in the present tense: {@code LAWSON FORECASTS ...}, {@code LAWSON SETS ...}); a known
 * given name before such a surname joins it ({@code CARL ICAHN SAYS}).
 */
final class CapitalsRule {

    /** Headline verbs that follow who speaks, besides the reporting verbs. */
    private static final Set<String> HEADLINE_VERBS = Set.of("sees", "opposes", "reiterates", "backs", "defends",
            "doubts", "wants", "plans", "favours", "favors", "to", "will", "optimistic", "confident", "fears",
            "rules", "seeks", "asks", "hints", "signals");

    private final People people;
    private final Lexicon lexicon;

    CapitalsRule(People people, Lexicon lexicon) {
        this.people = people;
        this.lexicon = lexicon;
    }

    /** The person whose name starts at token {@code i} of a sentence in capitals, or null. */
    Candidate candidate(TokenView v, int i, LocalDate date) {
        if (v.covering(i) != null || !isName(v, i)) {
            return null;
        }
        int floor = v.sentenceStartOf(i);
        int limit = v.sentenceEndOf(i);
        String word = v.titleCase(i);
        boolean twoWords = people.isGivenName(word) && i + 1 < limit && v.covering(i + 1) == null
                && isName(v, i + 1) && people.isSurname(v.titleCase(i + 1));
        int end = twoWords ? i + 2 : i + 1;
        String surname = v.titleCase(end - 1);
        if (!people.isSurname(surname)) {
            return null;
        }
        boolean title = i - 1 >= floor && v.covering(i - 1) == null && lexicon.isTitle(v.word(i - 1));
        boolean possessive = i - 3 >= floor && "S".equals(v.word(i - 1)) && "'".equals(v.word(i - 2));
        boolean verb = end < limit && (lexicon.isReportingVerb(v.lower(end))
                || HEADLINE_VERBS.contains(v.lower(end)) || isPresentTense(v, end));
        boolean opens = i == floor || i - 1 >= floor && isOpener(v.word(i - 1));
        if (!(title || possessive || (opens || twoWords) && verb)) {
            return null;
        }
        String country = possessive ? countryOf(v.covering(i - 3)) : null;
        List<String> words = twoWords ? List.of(word, surname) : List.of(surname);
        String hint = title || possessive ? v.word(possessive ? i - 3 : i - 1) : null;
        KnownEntity linked = People.pickOfficeHolder(people.withSurname(surname), date, country, hint).orElse(null);
        return Candidate.person(i, end, words, linked, null);
    }

    private boolean isName(TokenView v, int i) {
        String w = v.word(i);
        if (!v.token(i).isWord() || w.length() < 2 || !v.isLetters(i)) {
            return false;
        }
        String title = v.titleCase(i);
        return !lexicon.isTitle(w) && !lexicon.isModifier(w) && !lexicon.isStopWord(title)
                && !lexicon.isOrgWord(title) && !lexicon.isReportingVerb(v.lower(i)) && !lexicon.isMonthOrDay(title);
    }

    /** A headline verb in the present tense: four letters or more ending in S ({@code SETS}, {@code URGES}). */
    private boolean isPresentTense(TokenView v, int k) {
        String w = v.word(k);
        return w.length() >= 4 && w.endsWith("S") && !w.endsWith("SS") && v.isLetters(k)
                && v.covering(k) == null && !lexicon.isOrgWord(v.titleCase(k)) && !lexicon.isStopWord(v.titleCase(k));
    }

    private static boolean isOpener(String word) {
        return "-".equals(word) || ":".equals(word) || "\"".equals(word);
    }

    private static String countryOf(Match match) {
        return match == null ? null : match.country();
    }

}
