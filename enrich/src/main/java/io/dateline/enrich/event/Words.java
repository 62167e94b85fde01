package io.dateline.enrich.event;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The word sets the event coder's readers share (clause boundaries, modals, function words, ...) and the small
 * tests on them: a clause boundary, a word of a set shortly before a token, an adverb.
 */
final class Words {

    /** Nouns of what two actors have between them ({@link #ofRelations}). */
    private static final Set<String> RELATIONS = Set.of("cooperation", "ties", "relations",
            "partnership", "dialogue", "contacts", "exchanges", "friendship");
    static final Set<String> BOUNDARIES = Set.of(";", ":", "that", "which", "who", "whose", "while", "but",
            "though", "although", "amid", "because", "after", "before", "when", "since", "\"", "where");
    /**
     * Words that open an adverbial clause, which may stand between commas inside another clause; a CAMEO pattern
     * does not reach across one either ({@link CameoVerbs}).
     */
    static final Set<String> SUBORDINATORS = Set.of("while", "though", "although", "amid", "because", "after",
            "before", "when", "since", "unless", "if");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** Time adverbials of one word: "yesterday", "also", "later". */
    static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "again", "also", "later", "now",
            "then");
    /** Words before a period of time ({@link #afterTime}): "last week", "this month". */
    private static final Set<String> RELATIVE_TIME = Set.of("last", "this", "next", "earlier", "later");
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "weekend");
    static final Set<String> NEGATIONS = Set.of("not", "never", "no", "t", "failed", "fail", "fails");
    /** Words after "not" that make it add rather than deny ({@link #negatedBefore}). */
    private static final Set<String> ADDITIVE = Set.of("only", "just", "merely", "simply");
    static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "denying");
    static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should", "must",
            "plans", "plan", "planned", "planning", "intends", "intend", "intended", "wants", "ready", "readiness",
            "if", "unless", "hoped", "hopes", "proposed", "willing");
    /** Statement verbs whose CAMEO patterns name an event ("announced a ceasefire", "announced an investigation"). */
    static final Set<String> NAMING_EVENTS = VerbLexicon.inflected(List.of("announce"));
    static final Set<String> STATEMENTS = Set.of("according", "said", "says", "say", "saying", "told",
            "tell", "tells", "added", "adding", "adds", "reported", "reports", "noted", "stated", "announced",
            "estimated", "forecast", "expected", "believed", "thought", "claimed", "claims", "claiming");
    /** What opens reported speech, which shifts its tenses back: a statement or a denial ("denied it had sent"). */
    static final Set<String> REPORTS = Stream.concat(STATEMENTS.stream(), DENIALS.stream())
            .collect(Collectors.toUnmodifiableSet());
    static final Set<String> VERB_BEFORE = Set.of("it", "they", "he", "she", "we", "i", "to", "also",
            "did", "does", "do", "has", "have", "had", "then", "now", "jointly", "again", "formally", "officially",
            "publicly", "strongly", "sharply", "firmly", "reportedly", "who", "which", "that");
    static final Set<String> FUNCTION = Set.of("and", "or", "of", "in", "on", "at", "to", "for", "with",
            "from", "by", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "who", "which", "that",
            "did", "does", "do", "also", "not", "then", "now", "still", "again", "into", "against", "near", "after",
            "before", "during", "over", "under", "across", "there", "here", "today", "yesterday", "itself",
            "themselves");
    static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "on", "for", "with", "to", "into",
            "against", "across", "throughout", "inside", "outside", "under", "over", "during", "about", "toward",
            "towards", "between", "among", "around", "via", "without", "beyond", "within");
    /** Prepositions before a place that make it where something happened: "talks in Geneva". */
    static final Set<String> VENUES = Set.of("in", "at", "near");
    /** Subjects that stand for the actor before them: "Iran said that it would ...". */
    static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");
    /** Words after which a hand-written verb form is a noun: "the fighting", "a meet", "by telephone". */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their",
            "his", "her", "our", "any", "no", "of", "by", "for", "in", "on", "with", "after", "from");
    static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be");
    static final Set<String> HAVE = Set.of("has", "have", "had");

    private Words() {
    }

    /** Whether the token at {@code i} is the full stop after a single letter, as in "U.S." ({@code u . s .}). */
    static boolean abbreviationDot(List<String> lower, int i) {
        return lower.get(i).equals(".") && i > 0 && lower.get(i - 1).length() == 1
                && Character.isLetter(lower.get(i - 1).charAt(0));
    }

    /** Whether the word at {@code i} ends a clause: one of {@link #BOUNDARIES}, or a dash written "--". */
    static boolean isBoundary(List<String> lower, int i) {
        String word = lower.get(i);
        return BOUNDARIES.contains(word) || (word.equals("-") && i + 1 < lower.size() && lower.get(i + 1).equals("-"));
    }

    /**
     * Whether a modal word ({@link #MODALS}) is among the {@code window} words before {@code token}; "plan" and
     * "plans" only as an intent, before "to" ("plans to attack"; "the plan was rejected" is a fact).
     */
    static boolean modalBefore(List<String> lower, int token, int window) {
        for (int i = Math.max(0, token - window); i < token; i++) {
            String word = lower.get(i);
            if (MODALS.contains(word) && (!word.startsWith("plan") || word.length() > 5
                    || i + 1 < lower.size() && lower.get(i + 1).equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word that reports ({@link #REPORTS}) stands at a token of {@code [from, to)}, not after a form of "be"
     * ("Wang said Taiwan's position"; not "is expected here").
     */
    static boolean reportBetween(List<String> lower, int from, int to) {
        for (int i = Math.max(from, 0); i < to && i < lower.size(); i++) {
            if (REPORTS.contains(lower.get(i)) && (i == 0 || !BE.contains(lower.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands at a token of {@code [from, to)}. */
    static boolean anyBetween(List<String> lower, int from, int to, Set<String> words) {
        for (int i = from; i < to && i < lower.size(); i++) {
            if (words.contains(lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} stands within {@code window} tokens before {@code token}. */
    static boolean anyBefore(List<String> lower, int token, int window, Set<String> words) {
        return anyBetween(lower, Math.max(0, token - window), token, words);
    }

    /** The token after a time adverbial at {@code at} ("on Friday", "yesterday", "last week"), else {@code at}. */
    static int afterTime(List<String> lower, int at) {
        if (at + 1 < lower.size() && lower.get(at).equals("on") && WEEKDAYS.contains(lower.get(at + 1))) {
            return at + 2;
        }
        if (at + 1 < lower.size() && RELATIVE_TIME.contains(lower.get(at)) && PERIODS.contains(lower.get(at + 1))) {
            return at + 2;
        }
        return at < lower.size() && TIME_WORDS.contains(lower.get(at)) ? at + 1 : at;
    }

    /**
     * Whether a negation comes within {@code window} words before {@code token}; "not only", "not just" add rather
     * than deny ("the EC not only ignored Manila's request but").
     */
    static boolean negatedBefore(List<String> lower, int token, int window) {
        for (int i = Math.max(0, token - window); i < token; i++) {
            if (NEGATIONS.contains(lower.get(i))
                    && !(lower.get(i).equals("not") && i + 1 < lower.size() && ADDITIVE.contains(lower.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is about the relations between its actors: "cooperation", "ties", "relations" ... in it or
     * within three words after it ("pledged to boost maritime cooperation", "agreed to restore diplomatic ties").
     */
    static boolean ofRelations(List<String> lower, VerbLexicon.Hit hit) {
        return inClause(lower, hit.verbLast() + 1, hit.last() + 3, i -> RELATIONS.contains(lower.get(i)));
    }

    /** Whether "in protest" follows the word at {@code last} within six words of its clause. */
    static boolean inProtest(List<String> lower, int last) {
        return inClause(lower, last + 1, last + 7, i -> i + 1 < lower.size() && lower.get(i).equals("in")
                && lower.get(i + 1).equals("protest"));
    }

    /** Whether {@code match} holds at a token of {@code [from, to]} before the clause ends (a boundary or comma). */
    static boolean inClause(List<String> lower, int from, int to, java.util.function.IntPredicate match) {
        for (int i = from; i < lower.size() && i <= to; i++) {
            if (match.test(i)) {
                return true;
            }
            if (isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether "each other" or "one another" is the object of the trigger: "accused each other". */
    static boolean eachOther(List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.verbLast() + 1; i + 1 < lower.size() && i <= hit.last() + 1; i++) {
            if (lower.get(i).equals("each") && lower.get(i + 1).equals("other")
                    || lower.get(i).equals("one") && lower.get(i + 1).equals("another")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word reads as an adverb of manner: "violently", "forcibly", "repeatedly". */
    static boolean adverb(String word) {
        return word.length() > 5 && word.endsWith("ly");
    }
}
