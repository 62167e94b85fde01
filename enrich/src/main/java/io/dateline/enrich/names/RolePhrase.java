package io.dateline.enrich.names;

import io.dateline.enrich.tag.Match;
import java.util.Set;

/**
 * The words around a name that give the person's role, and with it often their country: before the name
 * ({@code Kremlin spokesman Dmitry Peskov}, {@code Israeli Prime Minister Benjamin Netanyahu}, {@code Chancellor of the
 * Exchequer Nigel Lawson}) or after it, set off by a comma ({@code Paul Volcker, chairman of the Federal Reserve},
 * {@code Kiichi Miyazawa, Japan's finance minister}). A phrase holds at least one title word; before a name it must end
 * with a title word or a qualifier. Its country is that of the first place or institution in it; its role is its text
 * without the country words.
 *
 * @param role    the role as written, e.g. {@code Kremlin spokesman}, {@code Prime Minister}
 * @param country ISO alpha-3 code of the first country-bearing gazetteer match in the phrase, or null
 */
record RolePhrase(String role, String country) {

    private static final Set<String> LINKS = Set.of("of", "the", "for", "and", "&", "'", "s", "-");
    private static final Set<String> LINKS_AFTER = Set.of("of", "the", "for", "and", "&", "'", "s", "-", "at", "in",
            "to");
    private static final Set<String> LEADS = Set.of("the", "a", "an", "former", "now", "then", "its", "his", "her");
    private static final int MAX_TOKENS = 10;

    /**
     * The role phrase right before the name that starts at token {@code name}, or null: ending in a title word or a
     * qualifier ({@code Finance Minister Kiichi Miyazawa}), or set off by a comma ({@code the president of the
     * Brazilian Coffee Institute, Jorio Dauster}).
     */
    static RolePhrase before(TokenView v, int name, Lexicon lexicon) {
        int floor = v.sentenceStartOf(name);
        int k = name - 1;
        if (k >= floor && ",".equals(v.word(k))) {
            return beforeComma(v, k, floor, lexicon);
        }
        if (k < floor || v.covering(k) != null || !isTitleWord(v, k, lexicon)) {
            return null;
        }
        boolean head = false;
        boolean afterLink = false;
        int start = name;
        String country = null;
        while (k >= floor && name - k <= MAX_TOKENS) {
            Match match = v.covering(k);
            String word = v.word(k);
            if (match != null) {
                if (country == null && match.country() != null) {
                    country = match.country();
                }
                while (k > floor && v.covering(k - 1) == match) {
                    k--;
                }
            } else if (lexicon.isTitle(word)) {
                head = true;
            } else if (!lexicon.isModifier(word) && !LINKS.contains(word)
                    && !(head && !afterLink && v.isCapitalised(k) && !lexicon.isStopWord(word))) {
                break;
            }
            afterLink = match == null && LINKS.contains(word) && !"of".equals(word);
            start = k;
            k--;
        }
        return head ? phrase(v, start, name, country) : null;
    }

    /** A role phrase that ends before the comma at {@code comma}: a title word, then its qualifiers and institution. */
    private static RolePhrase beforeComma(TokenView v, int comma, int floor, Lexicon lexicon) {
        int k = comma - 1;
        int start = comma;
        boolean head = false;
        String country = null;
        while (k >= floor && comma - k <= MAX_TOKENS) {
            Match match = v.covering(k);
            String word = v.word(k);
            if (match != null) {
                if (country == null && match.country() != null) {
                    country = match.country();
                }
                while (k > floor && v.covering(k - 1) == match) {
                    k--;
                }
            } else if (lexicon.isTitle(word)) {
                head = true;
            } else if (!lexicon.isModifier(word) && !LINKS.contains(word)
                    && !(v.isCapitalised(k) && !lexicon.isStopWord(word))) {
                break;
            }
            start = k;
            k--;
        }
        return head ? phrase(v, start, comma, country) : null;
    }

    /** The role phrase after the name that ends before token {@code end}, set off by a comma, or null. */
    static RolePhrase after(TokenView v, int end, Lexicon lexicon) {
        int limit = v.size() == 0 || end >= v.size() ? end : v.sentenceEndOf(end);
        if (end >= limit || !",".equals(v.word(end))) {
            return null;
        }
        int k = end + 1;
        while (k < limit && LEADS.contains(v.word(k))) {
            k++;
        }
        int start = k;
        int last = -1;
        String country = null;
        boolean head = false;
        while (k < limit && k - start < MAX_TOKENS) {
            Match match = v.covering(k);
            String word = v.word(k);
            if (match != null) {
                if (country == null && match.country() != null) {
                    country = match.country();
                }
                while (k + 1 < limit && v.covering(k + 1) == match) {
                    k++;
                }
                last = k;
            } else if (lexicon.isTitle(word)) {
                if (!head && k - start > 6) {
                    break;
                }
                head = true;
                last = k;
            } else if (lexicon.isModifier(word) || v.isCapitalised(k) && !lexicon.isStopWord(word)) {
                last = k;
            } else if (!LINKS_AFTER.contains(word)) {
                break;
            }
            k++;
        }
        return head ? phrase(v, start, last + 1, country) : null;
    }

    private static boolean isTitleWord(TokenView v, int k, Lexicon lexicon) {
        return lexicon.isTitle(v.word(k)) || lexicon.isModifier(v.word(k));
    }

    /** The phrase over tokens {@code [start, end)}: its role text without leading links and country words. */
    private static RolePhrase phrase(TokenView v, int start, int end, String country) {
        int from = start;
        while (from < end && (LINKS.contains(v.word(from)) || LEADS.contains(v.word(from))
                || isCountryWord(v.covering(from)))) {
            from++;
        }
        int to = end;
        while (to > from && LINKS.contains(v.word(to - 1))) {
            to--;
        }
        if (from >= to) {
            return new RolePhrase(null, country);
        }
        String role = v.text().text().substring(v.token(from).begin(), v.token(to - 1).end())
                .replaceAll("\\s+", " ");
        return new RolePhrase(role, country);
    }

    private static boolean isCountryWord(Match match) {
        return match != null && "country".equals(match.entity().subtype());
    }
}
