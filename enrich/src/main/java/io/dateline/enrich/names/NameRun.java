package io.dateline.enrich.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a person's name that starts at a token ends: capitalised words ({@code Dmitry Peskov}), initials
 * ({@code James A. Baker}), lower-case particles between them ({@code Javier Perez de Cuellar}, {@code Bashar
 * al-Assad}), parts joined by a hyphen or an apostrophe ({@code Jean-Claude}, {@code O'Neill}) and a suffix
 * ({@code Jr.}, {@code III}). It stops at a gazetteer match, a word that makes names organisations ({@code Corp}), a
 * title word or qualifier ({@code Representative}, {@code Trade}), a month or weekday, a possessive {@code 's}, and
 * after six words.
 */
final class NameRun {

    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der", "den",
            "du", "le", "la", "al", "el", "bin", "ibn", "bint", "dos", "das", "do", "ter", "ben", "abu", "ould",
            "arap");
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV", "3d");
    /** Words that may not start a name but may end one: {@code Oliver North}. */
    private static final Set<String> INSIDE = Set.of("North", "South", "East", "West", "New", "Old", "Great");
    private static final int MAX_WORDS = 6;

    private NameRun() {
    }

    /** The index after the name that starts at token {@code start}, or {@code start} when none does. */
    static int end(TokenView v, int start, Lexicon lexicon) {
        int limit = v.sentenceEndOf(start);
        int k = start;
        int words = 0;
        while (k < limit && words < MAX_WORDS && v.covering(k) == null) {
            String word = v.word(k);
            if (v.isInitial(k)) {
                k += 2;
                words++;
            } else if (words > 0 && SUFFIXES.contains(word)) {
                k += k + 1 < limit && ".".equals(v.word(k + 1)) && v.touches(k, k + 1) ? 2 : 1;
                break;
            } else if (v.isCapitalised(k) && word.length() > 1 && !lexicon.isOrgWord(word)
                    && !lexicon.isMonthOrDay(word) && (!lexicon.isStopWord(word) || words > 0 && INSIDE.contains(word))
                    && !lexicon.isTitle(word) && !lexicon.isModifier(word)) {
                k = joined(v, k + 1, limit);
                words++;
            } else if (words > 0 && PARTICLES.contains(word) && k + 1 < limit) {
                int next = k + 1;
                if (("-".equals(v.word(next)) || "'".equals(v.word(next))) && v.touches(k, next)) {
                    next++;
                }
                if (next >= limit || !v.isCapitalised(next) || v.covering(next) != null) {
                    break;
                }
                k = next;
            } else {
                break;
            }
        }
        return words == 0 ? start : trimInitial(v, start, k);
    }

    /**
     * After a word ending before {@code k}: skips hyphen or apostrophe joints to further parts, capitalised
     * ({@code Jean-Claude}, {@code O'Neill}) or, after a short syllable, lower-case ({@code Li Ka-shing}, not
     * {@code Icahn-led}).
     */
    private static int joined(TokenView v, int k, int limit) {
        int at = k;
        while (at + 1 < limit && ("-".equals(v.word(at)) || "'".equals(v.word(at))) && v.touches(at - 1, at)
                && v.touches(at, at + 1) && v.token(at + 1).isWord() && v.covering(at + 1) == null
                && !("'".equals(v.word(at)) && "s".equals(v.word(at + 1)))
                && (Character.isUpperCase(v.word(at + 1).charAt(0))
                || "-".equals(v.word(at)) && v.word(at - 1).length() <= 4 && v.word(at + 1).length() <= 5
                && Character.isLetter(v.word(at + 1).charAt(0)))) {
            at += 2;
        }
        return at;
    }

    /** A name does not end in an initial ({@code ... said John J.} is a broken sentence): drops it. */
    private static int trimInitial(TokenView v, int start, int end) {
        if (end - start >= 4 && ".".equals(v.word(end - 1)) && v.isInitial(end - 2)) {
            return end - 2;
        }
        return end;
    }

    /** Whether a word of a name is a particle ("de", "bin", "arap"), in any case. */
    static boolean particle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The capitalised words of the name over tokens {@code [start, end)}, particles and joints left out. */
    static List<String> words(TokenView v, int start, int end) {
        List<String> words = new ArrayList<>();
        for (int k = start; k < end; k++) {
            String w = v.word(k);
            if (Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))) {
                words.add(w);
            }
        }
        return words;
    }
}
