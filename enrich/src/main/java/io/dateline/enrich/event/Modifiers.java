package io.dateline.enrich.event;

import io.dateline.enrich.text.Token;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;

/**
 * A trigger's context → how its event is qualified: background (a pluperfect, "previously", an earlier month or
 * year), a denial (negated), a promise (hypothetical).
 */
final class Modifiers {

    /** What a denial can deny before "that": "denied reports that". */
    private static final Set<String> DENIED_THINGS = Set.of("reports", "claims", "allegations", "accusations",
            "charges", "suggestions", "rumours", "rumors");
    private static final Set<String> PROMISES = Set.of("vowed", "vow", "vows", "vowing", "pledged", "pledge",
            "pledges", "pledging", "promised", "promise", "promises", "promising", "swore", "swear", "swears",
            "threatened", "threaten", "threatens", "threatening", "warned", "warn", "warns", "warning");
    /** Words before "to" that prepare force ({@link #prepared}). */
    private static final Set<String> PREPARING = VerbLexicon.inflected(List.of("prepare"), "poised", "readying");
    private static final Set<String> RESUMED = Set.of("resume", "continue", "launch", "begin", "start");
    /** Nouns of intent before "to" ({@link #arranged}). */
    private static final Set<String> INTENTIONS = Set.of("willingness", "intention", "readiness", "intent",
            "determination", "desire", "plan", "plans", "commitment", "offer", "offers", "offered", "offering");
    /** Words between "be" and "to" that make the act arranged or expected ({@link #arranged}). */
    private static final Set<String> ARRANGED = Set.of("due", "expected", "scheduled", "set", "going", "likely",
            "about", "prepared");
    private static final Set<String> EARLIER = Set.of("previously", "earlier", "ago", "formerly");

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom");
    private static final Set<String> PERIODS = Set.of("year", "month", "week");
    private static final Set<String> BEFORE_MONTH = Set.of("in", "during", "since", "the");

    private Modifiers() {
    }

    /**
     * Whether the event of the trigger at {@code trigger} is background: a pluperfect not shifted back by a report
     * shortly before it, or anywhere in the sentence an earlier-time word ("previously", "last year"), a month other
     * than the story's after "in", "during", "since" or "the", or an earlier year after "in".
     */
    static boolean background(List<String> lower, int trigger, List<Token> tokens, LocalDate date) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - 8); i--) {
            // a pluperfect, unless a report shifted it back: "Ukraine said it had shot down 30 drones overnight"
            if (lower.get(i).equals("had") && !lower.get(trigger).equals("to")) {
                if (!Words.anyBefore(lower, i, 6, Words.REPORTS)) {   // "said on Monday that it had"
                    return true;
                }
                break;
            }
        }
        for (int i = 0; i < lower.size(); i++) {
            if (earlierTime(lower, tokens, i, date) && !inAnotherRelativeClause(lower, i, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} names a time before the story's: "previously", "earlier" (not "earlier on
     * Monday"), "ago", "last year", a month other than the story's after "in", "during", "since" or "the", an earlier
     * year after "in".
     */
    private static boolean earlierTime(List<String> lower, List<Token> tokens, int i, LocalDate date) {
        String word = lower.get(i);
        if (EARLIER.contains(word) && !sameDay(lower, i)
                || word.equals("last") && i + 1 < lower.size() && PERIODS.contains(lower.get(i + 1))) {
            return true;
        }
        Month month = month(tokens.get(i).text());
        if (month != null && i > 0 && BEFORE_MONTH.contains(lower.get(i - 1))
                && (date == null || month != date.getMonth())) {
            return true;
        }
        return word.length() == 4 && word.matches("(19|20)\\d\\d") && date != null
                && Integer.parseInt(word) < date.getYear() && i > 0 && lower.get(i - 1).equals("in");
    }

    /**
     * Whether the word at {@code i} is in a relative clause set off by commas that does not hold the trigger: "Iraq,
     * which invaded Kuwait in August, said it would free" — the August is the invasion's.
     */
    private static boolean inAnotherRelativeClause(List<String> lower, int i, int trigger) {
        int relative = relativeClause(lower, i);
        return relative >= 0 && (trigger < relative || trigger > clauseEnd(lower, i));
    }

    /** Whether "earlier" names the story's own day: "earlier on Monday", "earlier today", "earlier in the day". */
    private static boolean sameDay(List<String> lower, int i) {
        if (!lower.get(i).equals("earlier") || i + 1 >= lower.size()) {
            return false;
        }
        String next = lower.get(i + 1);
        return next.equals("today") || next.equals("on") || next.equals("in") && i + 3 < lower.size()
                && lower.get(i + 3).equals("day");
    }

    /** Where the relative clause set off by a comma that holds {@code i} begins (", which", ", who"), else -1. */
    private static int relativeClause(List<String> lower, int i) {
        for (int j = i - 1; j >= 1; j--) {
            String word = lower.get(j);
            if (RELATIVES.contains(word)) {
                return lower.get(j - 1).equals(",") ? j - 1 : -1;
            }
            if (word.equals(",") || Words.isBoundary(lower, j)) {
                return -1;
            }
        }
        return -1;
    }

    /** The comma or end that closes the clause holding {@code i}. */
    private static int clauseEnd(List<String> lower, int i) {
        int j = i + 1;
        while (j < lower.size() && !lower.get(j).equals(",")) {
            j++;
        }
        return j;
    }

    private static Month month(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        for (Month month : Month.values()) {
            if (month.name().equalsIgnoreCase(word)) {
                return month;
            }
        }
        return null;
    }

    /**
     * Whether a denial comes right before a gerund trigger: "denied supporting rebels", "denies having attacked" —
     * the act is negated, not refused.
     */
    static boolean denied(List<String> lower, int token) {
        int before = token - 1;
        if (before > 0 && lower.get(before).equals("having")) {
            before--;
        }
        return before >= 0 && Words.DENIALS.contains(lower.get(before))
                && (lower.get(token).endsWith("ing") || lower.get(token).endsWith("ed")) || deniedClause(lower, token);
    }

    /**
     * Whether the trigger is in a clause a denial introduces: "denied that its warplanes violated Turkish airspace",
     * "denies reports that its troops had crossed the border", "denied it sent weapons" — within eight words after
     * "that" or the pronoun, no comma between.
     */
    private static boolean deniedClause(List<String> lower, int token) {
        for (int i = token - 1; i >= 1 && i >= token - 8; i--) {
            String word = lower.get(i);
            if (word.equals(",") || word.equals(";")) {
                return false;
            }
            if (word.equals("that")) {
                int denial = DENIED_THINGS.contains(lower.get(i - 1)) ? i - 2 : i - 1;
                return denial >= 0 && Words.DENIALS.contains(lower.get(denial));
            }
            if (Words.PRONOUNS.contains(word) && Words.DENIALS.contains(lower.get(i - 1))) {
                return true;   // "denied it sent weapons"
            }
        }
        return false;
    }

    /**
     * Whether a negation before {@code token} denies a reluctance, not the act: "will not hesitate to use force",
     * "did not rule out military action", "would not exclude sanctions" — "hesitate", "rule out" or "exclude" among
     * the three words before it.
     */
    static boolean reluctanceDenied(List<String> lower, int token) {
        for (int i = Math.max(0, token - 3); i < token; i++) {
            String word = lower.get(i);
            if (word.startsWith("hesitat") || word.startsWith("exclud") || (word.equals("rule") || word.equals("ruled")
                    || word.equals("ruling")) && i + 1 < lower.size() && lower.get(i + 1).equals("out")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a promise or threat and "to" come right before {@code token}: what is promised or threatened has not
     * happened.
     */
    static boolean promised(List<String> lower, int token) {
        return token >= 2 && lower.get(token - 1).equals("to") && PROMISES.contains(lower.get(token - 2));
    }

    /**
     * Whether force at {@code token} is being prepared: "prepared to resume shelling", "is preparing to attack",
     * "poised to invade" — a show of force (CAMEO 15), not a threat nor the force itself.
     */
    static boolean prepared(List<String> lower, int token) {
        if (PREPARING.contains(lower.get(token))) {
            return true;   // the dictionary's own "preparing to attack"
        }
        int to = token - 1;
        if (to >= 1 && RESUMED.contains(lower.get(to))) {
            to--;
        }
        return to >= 1 && lower.get(to).equals("to") && PREPARING.contains(lower.get(to - 1));
    }

    /**
     * Whether a noun of intent or an offer and "to" stand inside a trigger read with its object ("signalled its
     * intention to ease restrictions", "offered on Tuesday to hold talks"): the act is intended, not done.
     */
    static boolean intended(List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.first(); i < hit.last(); i++) {
            int to = Words.afterTime(lower, i + 1);   // "offered on Tuesday to hold talks"
            if (INTENTIONS.contains(lower.get(i)) && to < lower.size() && lower.get(to).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a modal or a word of arrangement ("will", "expected", "due") stands at a token of {@code [from, to)}. */
    static boolean arrangedBetween(List<String> lower, int from, int to) {
        return Words.anyBetween(lower, from, to, ARRANGED) || Words.anyBetween(lower, from, to, Words.MODALS);
    }

    /**
     * Whether the act at {@code token} is arranged or expected, not done: "is to visit", "was due to meet", "is
     * expected to sign", "are going to attack", "was prepared to negotiate" — a form of "be" (and "due", "expected",
     * "scheduled", "set", "going", "likely", "about", "prepared") and "to" right before it.
     */
    static boolean arranged(List<String> lower, int token) {
        if (token < 2 || !lower.get(token - 1).equals("to")) {
            return false;
        }
        String before = lower.get(token - 2);
        return Words.BE.contains(before) || ARRANGED.contains(before) && token >= 3
                && Words.BE.contains(lower.get(token - 3)) || INTENTIONS.contains(before);
    }
}
