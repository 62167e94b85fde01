package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a country's name is the subject of a verb, alone or in a list of names: {@code Oman led efforts},
 * {@code Saudi Arabia, Qatar and Oman led efforts}, {@code Japan said}. A country that acts in a sentence is part of
 * what the story is about even when it is named once; a country named in passing ({@code exports to Japan}) is not.
 */
final class ActingCountry {

    /** Verbs of action and speech; not auxiliaries or copulas ({@code Japan is}), which measured to mislead. */
    private static final Set<String> VERBS = Set.of("said", "says", "led", "leads", "agreed", "agrees",
            "announced", "announces", "warned", "urged", "wants", "plans", "signed", "rejected", "accused", "offered",
            "called", "told", "asked", "sent", "launched", "attacked", "threatened", "struck", "joined", "backed",
            "supported", "opposed", "refused", "denied", "demanded", "pledged", "promised", "tried", "sought",
            "began", "decided", "raised", "cut", "imposed", "lifted");
    private static final int REACH = 12;

    private ActingCountry() {
    }

    /** Whether {@code match}, a country's name, is followed by a verb, directly or after more names of a list. */
    static boolean isActing(StoryText text, Match match) {
        if (match.form() != Match.Form.NAME || !"country".equals(match.entity().subtype())) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int k = firstTokenAt(tokens, match.end());
        int limit = Math.min(tokens.size(), k + REACH);
        int sentence = k < tokens.size() ? tokens.get(k).sentence() : -1;
        while (k < limit && tokens.get(k).sentence() == sentence) {
            String word = tokens.get(k).text();
            if (VERBS.contains(word)) {
                return true;
            }
            if (!",".equals(word) && !"and".equals(word)) {
                return false;
            }
            k = afterName(tokens, k + 1, limit);
            if (k < 0) {
                return false;
            }
        }
        return false;
    }

    /** After {@code the} and a capitalised name ({@code Qatar}, {@code U.S.}) that starts at {@code k}, or -1. */
    private static int afterName(List<Token> tokens, int from, int limit) {
        int k = from;
        if (k < limit && "the".equals(tokens.get(k).text())) {
            k++;
        }
        int start = k;
        while (k < limit && (Character.isUpperCase(tokens.get(k).text().charAt(0))
                || ".".equals(tokens.get(k).text()) && k > start)) {
            k++;
        }
        if (k > start && k < limit && "and".equals(tokens.get(k).text())) {
            return k == start ? -1 : k;
        }
        return k > start ? k : -1;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
