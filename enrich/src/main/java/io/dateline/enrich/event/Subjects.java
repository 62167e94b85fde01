package io.dateline.enrich.event;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A trigger's position in a sentence → the actor group that acts: the nearest group before it in its clause, across
 * an insertion set off by commas, through a reporting verb's pronoun, the relative pronoun that opens the clause, or
 * the subject of a list of acts or a participle clause; the speaker who lays an obligation, and who claimed an act.
 */
final class Subjects {

    /** Words of a time adverbial between a subject's insertion and its verb: "on Sunday", "also", "later". */
    private static final Set<String> WHEN = Stream.of(Set.of("on"), Words.TIME_WORDS, Words.WEEKDAYS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> OBLIGATIONS = Set.of("must", "should");
    /** The quotation mark as the text layer writes it (typographic ones folded). */
    private static final String QUOTE = "\"";
    /** Conjunctions of time before a gerund that opens a sentence ({@link #frontedGerund}). */
    private static final Set<String> FRONTING = Set.of("after", "before", "while", "since", "when", "upon", "on",
            "following", "during");
    /** Words of time before an event noun that opens a sentence ({@link #frontedNoun}). */
    private static final Set<String> FRONTING_EVENTS = Set.of("after", "following");
    /** Verbs by which an act draws a reaction from others ({@link #drawn}). */
    private static final Set<String> DRAWING = Set.of("drew", "draws", "drawn", "drawing", "sparked", "sparks",
            "sparking", "prompted", "prompts", "prompting", "triggered", "triggers", "triggering", "provoked",
            "provokes", "provoking", "faced", "faces", "attracted", "attracting", "received", "met", "hit");
    /** Verbs by which a subject wins what others give: "won the support of", "gained the backing of". */
    private static final Set<String> WINNING = Set.of("won", "wins", "gained", "gains", "secured", "secures",
            "obtained", "obtains", "got", "earned");
    /** Verbs that report what their subject said or denied: a pronoun after them is that subject. */
    private static final Set<String> REPORTING = Stream.concat(Stream.of("said", "says", "say", "told", "tells",
            "announced", "stated", "added", "declared", "insisted"), Words.DENIALS.stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "not", "also", "do", "did", "never",
            "always", "already", "to");
    /** Stems of verbs whose object does what the infinitive after it says: "urged Israel to halt". */
    private static final List<String> OBJECT_CONTROL = List.of("urg", "ask", "call", "appeal", "press", "persuad",
            "invit", "encourag", "order", "tell", "told", "allow", "permit", "forc", "help", "enabl", "pressur",
            "request", "warn", "instruct", "authori", "compel", "oblig", "lobb", "push", "prompt", "advis", "want",
            "remind", "beg", "implor", "challeng", "dar", "demand", "expect", "need", "get", "got", "lead", "led",
            "cause", "inspir", "train", "teach", "taught", "recruit", "hire", "pay", "paid", "sen", "assign");
    /** Words that open a clause or phrase set off by commas between a subject and its verb. */
    private static final Set<String> INSERTION_OPENERS = Stream.of(Set.of("who", "which", "whose", "the", "a", "an",
            "itself", "themselves", "also", "already", "long", "once", "one", "its", "their", "his", "her", "now",
            "formerly"), Words.SUBORDINATORS, Words.PREPOSITIONS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /**
     * Nouns of a possessor's own act or intent, whose act follows ("Brazil's decision to halt payments"), and of its
     * bodies ({@link #ownedThing}).
     */
    private static final Set<String> OWNERS_ACTS = Set.of("decision", "plan", "plans", "move", "refusal", "offer",
            "bid", "attempt", "attempts", "effort", "efforts", "willingness", "readiness", "determination",
            "intention", "failure", "threat", "call", "demand", "proposal", "pledge", "promise", "vow", "agreement",
            // bodies that act for their owner: "Italy's five coalition parties", "GATT's council"
            "leadership", "council", "committee", "commission", "board", "parties", "banks", "organisation",
            "organization", "group", "association", "federation", "alliance", "coalition", "agency", "authority",
            "team", "mission", "firms", "companies", "institute", "office", "department", "bureau", "unions");

    private Subjects() {
    }

    /**
     * The subject of a verb: the nearest actor group before it in its clause that is no prepositional phrase (else,
     * when there is none, the nearest named organisation, person or agent in one: "members of the Association of
     * African Jurists, a body linked to the OAU, investigated"; a place only as where people come from, "volunteers
     * from Britain delivered"), the antecedent of the relative pronoun
     * that opens the clause ("rebels, who rejected"), or the actor a pronoun after a reporting verb's "that" stands for
     * ("the union announced Thursday that it had called off"); null when a clause boundary comes first (an actor of
     * another clause did not act here: "X announced a freeze after the earthquake, which killed 300").
     */
    static Group subject(List<String> lower, List<Group> groups, int token) {
        Group speaker = quotedSpeaker(lower, groups, token);
        if (speaker != null) {
            return speaker;   // "\"We will respond with force,\" Iran's defence minister said"
        }
        int reported = reportingBeforePronoun(lower, groups, token);
        if (reported >= 0) {   // "The army, which ..., said it killed", "Iraq said on Sunday it would free"
            return subject(lower, groups, reported);
        }
        Group inserted = beforeInsertion(lower, groups, token);
        if (inserted != null) {
            return inserted;
        }
        Group best = null;
        Group nearestActor = null;
        for (Group group : groups) {
            if (group.last() < token && !group.phrase() && canAct(group)) {
                best = group;
            }
            if (group.last() < token && (group.units().stream().anyMatch(u -> !u.place() && !u.demonym())
                    || origin(lower, group))) {
                nearestActor = group;
            }
        }
        if (best == null) {
            best = nearestActor;
        }
        best = beforeAgentPhrase(lower, groups, best);
        int from = best == null ? 0 : best.last() + 1;
        for (int i = token - 1; i >= from; i--) {
            if (Words.isBoundary(lower, i)) {
                String word = lower.get(i);
                if (word.equals("but") && i + 1 < lower.size() && (i + 1 == token || Words.BE.contains(lower.get(i + 1))
                        || Words.VERB_BEFORE.contains(lower.get(i + 1)))) {
                    continue;
                }
                if (word.equals("that") && i + 1 < token && Words.PRONOUNS.contains(lower.get(i + 1))
                        && Words.anyBefore(lower, i, 3, Words.REPORTS)) {
                    continue;
                }
                boolean relative = word.equals("who") || word.equals("which") || word.equals("that");
                int end = i > 0 && lower.get(i - 1).equals(",") ? i - 2 : i - 1;
                if (!relative && parenthetical(lower, i, token) && best != null && best.last() == end) {
                    return best;
                }
                return relative && best != null && best.last() == end ? best : null;
            }
        }
        return best;
    }

    /**
     * Whether the words between a possessive actor and the verb at {@code token} name a thing it owns, no agent,
     * people, body or intent: "Spain's exports went", "Japan's trade surplus rose" (not "Brazil's decision to halt",
     * "Japan's chipmakers agreed", "Italy's coalition parties agreed"); {@code act}: whether the word at a token names
     * an act ("Israel's latest offensive in Gaza killed").
     */
    static boolean ownedThing(List<String> lower, Group owner, int token, IntPredicate act) {
        int s = owner.last() + 2;
        if (s + 1 >= token || !lower.get(s - 1).equals("'") || !lower.get(s).equals("s")) {
            return false;
        }
        for (int i = s + 1; i < token; i++) {
            String word = lower.get(i);
            if (!Character.isLetter(word.charAt(0)) || Agents.sector(word) != null || Agents.people(word)
                    || OWNERS_ACTS.contains(word) || act.test(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The actor a participle's "by" phrase ending in {@code group} modifies, right before the participle: "Turkish
     * troops backed by warplanes and tanks crossed", "rebels led by a former general attacked"; else {@code group}.
     */
    private static Group beforeAgentPhrase(List<String> lower, List<Group> groups, Group group) {
        int by = group == null ? -1 : group.first() - 1;
        while (by > 0 && group.first() - by <= 3 && !lower.get(by).equals("by")
                && Character.isLetter(lower.get(by).charAt(0)) && !Words.BOUNDARIES.contains(lower.get(by))) {
            by--;   // "by a former army colonel"
        }
        if (by < 2 || !lower.get(by).equals("by") || !lower.get(by - 1).endsWith("ed")) {
            return group;
        }
        for (Group modified : groups) {
            if (modified.last() == by - 2 && !modified.phrase()) {
                return modified;
            }
        }
        return group;
    }

    /**
     * The verb that draws the reaction named by the noun at {@code noun} from others, with "from" right after the noun:
     * "drew condemnation from Turkey", "sparked protests from", "received $500 million in aid from" ({@code DRAWING},
     * within five words); -1 if none.
     */
    static int drawn(List<String> lower, int noun) {
        if (noun + 1 >= lower.size() || !lower.get(noun + 1).equals("from")) {
            return -1;
        }
        int i = noun - 1;
        while (i > 0 && i >= noun - 5 && !DRAWING.contains(lower.get(i)) && !Words.isBoundary(lower, i)) {
            i--;
        }
        return i >= 0 && DRAWING.contains(lower.get(i)) ? i : -1;
    }

    /**
     * Where the verb stands that draws the reaction its own trigger names, from others named after it: "faced strong
     * criticism from the EU", "won the support of the Arab League" (a verb that wins or gains takes "of" too); -1 if
     * none.
     */
    static int drawnBy(List<String> lower, VerbLexicon.Hit hit) {
        int after = hit.last() + 1;
        String verb = lower.get(hit.first());
        if (!DRAWING.contains(verb) && !WINNING.contains(verb) || verb.startsWith("receiv")
                || hit.last() == hit.first() || after >= lower.size()) {
            return -1;   // "received a mission of observers from the OSCE": the host lets them in
        }
        String preposition = lower.get(after);
        return preposition.equals("from") || preposition.equals("of") && WINNING.contains(lower.get(hit.first()))
                ? hit.first() : -1;
    }

    /** Words that join a verb to the one before with its subject ({@link #continued}). */
    private static final Set<String> LINKS = Set.of(",", "and", "but");
    private static final Set<String> ADVERBS = Set.of("also", "still", "later", "then", "since", "again", "already");

    /** Whether a group names someone who can act: not only regions ("the Israeli-occupied West Bank"). */
    private static boolean canAct(Group group) {
        return group.units().stream().anyMatch(u -> u.sector() != null || u.agent());
    }

    /**
     * The subject of a finite verb that goes on a list of acts: right after a comma or "and", with no subject of its
     * own or with the previous active verb's object for one, it is that verb's ("Israel bombed Gaza, killed dozens of
     * civilians and destroyed homes": Israel killed and destroyed, not Gaza); else {@code found}. A gerund ("accused
     * the United States of violating rights, ignoring law") is no such verb.
     */
    static Group continued(List<String> lower, int verb, Act previous, Group found) {
        int link = link(lower, verb);
        if (previous == null || link < 0) {
            return found;
        }
        if (link < verb - 1) {
            return previous.subject() != null ? previous.subject() : found;   // "but was still refusing"
        }
        if (lower.get(verb).endsWith("ing")) {
            return found;
        }
        if (previous.subject() == null && lower.get(link).equals(",")) {
            return found;   // a subjectless verb before a comma may be a participle inside an insertion
        }
        return found == null || found == previous.object() ? previous.subject() : found;
    }

    /**
     * Where the word that joins a verb to the one before stands: a comma, "and" or "but" right before it or before
     * auxiliaries, modals and adverbs only ("but was still refusing", "and has also agreed"); else -1.
     */
    static int link(List<String> lower, int verb) {
        int link = verb - 1;
        boolean auxiliary = false;
        while (link > 0 && (Words.BE.contains(lower.get(link)) || Words.HAVE.contains(lower.get(link))
                || Words.MODALS.contains(lower.get(link)) || ADVERBS.contains(lower.get(link)))) {
            auxiliary |= !ADVERBS.contains(lower.get(link));
            link--;
        }
        return link >= 0 && LINKS.contains(lower.get(link)) && (link == verb - 1 || auxiliary) ? link : -1;
    }

    /**
     * Where the reporting verb stands whose pronoun is the verb's subject, over modals and auxiliaries before the verb
     * and a time adverbial or whom it was told after the report: "said on Sunday it would free", "announced Thursday
     * that it had called off", "told Reuters it would"; -1 when there is none.
     */
    private static int reportingBeforePronoun(List<String> lower, List<Group> groups, int token) {
        int pronoun = beforeAuxiliaries(lower, token);
        if (pronoun < 1 || !Words.PRONOUNS.contains(lower.get(pronoun))) {
            return -1;
        }
        for (int r = pronoun - 1; r >= Math.max(0, pronoun - 4); r--) {
            String word = lower.get(r);
            if (REPORTING.contains(word)) {
                return r;
            }
            if (!word.equals("that") && !WHEN.contains(word) && !word.equals("on") && !inGroup(groups, r)) {
                return -1;   // (a group: whom it was told, "told Reuters on Monday it would")
            }
        }
        return -1;
    }

    /**
     * The subject of the main clause after a fronted phrase: the first group that is no prepositional phrase after the
     * comma that ends the phrase ("Backed by U.S. air power, Afghan forces retook": the forces); null when none.
     */
    static Group afterFrontedPhrase(List<String> lower, List<Group> groups, int from) {
        int comma = from + 1;
        while (comma < lower.size() && !lower.get(comma).equals(",")) {
            if (Words.isBoundary(lower, comma)) {
                return null;
            }
            comma++;
        }
        for (Group group : groups) {
            if (group.first() > comma) {
                return group.phrase() ? null : group;
            }
        }
        return null;
    }

    /**
     * Whether the -ing form at {@code token} opens the sentence after a conjunction of time ("After meeting Mubarak,
     * Arafat said", "While visiting Tokyo, the premier signed"): its subject is the main clause's.
     */
    static boolean frontedGerund(List<String> lower, int token) {
        return token == 1 && lower.get(token).endsWith("ing") && FRONTING.contains(lower.get(0));
    }

    /**
     * Whether the event noun at {@code token} is what a fronted phrase of time names ("After talks with Koizumi, Roh
     * said", "Speaking after a meeting with the emir, the minister said", "Following talks in Cairo, ..."): "after" or
     * "following" right before it or with a determiner or number between, opening the sentence or after a participle
     * that does; its subject is the main clause's.
     */
    static boolean frontedNoun(List<String> lower, int token) {
        int time = token - 1;
        if (time > 0 && !FRONTING_EVENTS.contains(lower.get(time)) && (Words.DETERMINERS.contains(lower.get(time))
                || Character.isDigit(lower.get(time).charAt(0)))) {
            time--;
        }
        if (time < 0 || time > 1 || time == 1 && !lower.get(0).endsWith("ing")) {
            return false;   // first in the sentence, or after a participle: "Speaking after talks with"
        }
        return FRONTING_EVENTS.contains(lower.get(time));
    }

    /**
     * Whether a place names where the people of the noun before it come from, who are then its people: "volunteers
     * from Britain", "doctors from Cuba" — "from" right before it, after a lower-case noun (not a verb: "withdrew from
     * Lebanon").
     */
    private static boolean origin(List<String> lower, Group group) {
        int from = group.first() - 1;
        if (from < 1 || !lower.get(from).equals("from")) {
            return false;
        }
        String noun = lower.get(from - 1);
        return Character.isLetter(noun.charAt(0)) && !noun.endsWith("ed") && !noun.endsWith("ing")
                && !Words.FUNCTION.contains(noun) && !Words.BE.contains(noun);
    }

    /** Where the word stands that comes before the verb's modals and auxiliaries ("it would have", "we will"). */
    private static int beforeAuxiliaries(List<String> lower, int token) {
        int word = token - 1;
        while (word > 0 && token - word <= 3 && (Words.MODALS.contains(lower.get(word))
                || Words.BE.contains(lower.get(word)) || AUXILIARIES.contains(lower.get(word)))) {
            word--;
        }
        return word;
    }

    private static boolean inGroup(List<Group> groups, int token) {
        for (Group group : groups) {
            if (group.first() <= token && token <= group.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who "we" or "I" is in a quotation: the speaker the quotation is attributed to — after its closing mark
     * ("\"We will respond,\" Iran's defence minister said", "..., said the minister") or before its opening one ("the
     * minister said: \"We will ...\""); null when the verb's subject is no first-person pronoun or no speaker is
     * named.
     */
    static Group quotedSpeaker(List<String> lower, List<Group> groups, int token) {
        int pronoun = beforeAuxiliaries(lower, token);
        if (pronoun < 0 || !FIRST_PERSON.contains(lower.get(pronoun))) {
            return null;
        }
        int open = pronoun - 1;
        while (open >= 0 && !lower.get(open).equals(QUOTE)) {
            open--;
        }
        if (open < 0) {
            return null;
        }
        for (int r = open - 1; r >= Math.max(0, open - 2); r--) {
            if (REPORTING.contains(lower.get(r))) {
                return before(groups, r, false);   // the minister said: "We ..."
            }
        }
        int close = token + 1;
        while (close < lower.size() && !lower.get(close).equals(QUOTE)) {
            close++;
        }
        for (int r = close + 1; r < Math.min(lower.size(), close + 12); r++) {
            if (REPORTING.contains(lower.get(r))) {
                Group named = before(groups, r, false);
                return named != null && named.first() > close ? named : Targets.after(lower, groups, r, 8);
            }
        }
        return null;
    }

    /**
     * The actor whose event a noun names by the possessive before it, over at most two lower-case modifiers (a
     * hyphenated one is one): "Russia's invasion of Georgia", "Israel's latest offensive", "in Iran's week-old
     * offensive"; null when there is none.
     */
    static Group possessor(List<String> lower, List<Group> groups, int noun) {
        int s = noun - 1;
        for (int words = 0; s > 0 && !lower.get(s).equals("s"); s--) {
            String word = lower.get(s);
            boolean joined = word.equals("-") || lower.get(s - 1).equals("-");
            if (!joined && (!Character.isLetterOrDigit(word.charAt(0)) || Words.FUNCTION.contains(word)
                    || ++words > 2)) {
                break;
            }
        }
        if (s < 2 || !lower.get(s).equals("s") || !lower.get(s - 1).equals("'")) {
            return null;
        }
        for (Group group : groups) {
            if (group.last() == s - 2) {
                return group;
            }
        }
        return null;
    }

    /**
     * The subject of an infinitive of purpose right after an act's object: the act's subject ("Egypt summoned the
     * Israeli ambassador to protest the killing": Egypt protests), unless the act's verb hands the infinitive to its
     * object ("urged Israel to halt", "forced the rebels to withdraw": {@link #OBJECT_CONTROL}); else {@code found}.
     */
    static Group purposed(List<String> lower, int verb, Act previous, Group found) {
        if (previous == null || previous.subject() == null || found == null || !found.equals(previous.object())
                || verb == 0 || !lower.get(verb - 1).equals("to")) {
            return found;
        }
        String act = lower.get(previous.verb());
        for (String stem : OBJECT_CONTROL) {
            if (act.startsWith(stem)) {
                return found;
            }
        }
        return previous.subject();
    }

    /**
     * The subject that a clause or phrase set off by commas separates from its verb: "Pakistan, which has long backed
     * the Taliban, condemned ...", "the rebels, who control much of the north, attacked ...", "Hamas, the group that
     * runs Gaza, fired ...", "producers, led by Brazil, met", "Taiwan, one of the founders of the ADB, boycotted" —
     * the verb right after a comma (or a time adverbial after it: "..., on Sunday launched"), the insertion opened by
     * the comma before it and a relative pronoun, subordinator, preposition, determiner, possessive, "one" or
     * participle with "by" (not a verb with its object: "stormed the town, looted shops" is a list of acts), and an
     * actor group that is no prepositional phrase ending right before that comma; else null.
     */
    static Group beforeInsertion(List<String> lower, List<Group> groups, int token) {
        int close = token - 1;
        while (close > 0 && token - close <= 3 && (WHEN.contains(lower.get(close)) || Words.adverb(lower.get(close))
                || AUXILIARIES.contains(lower.get(close)) || Words.BE.contains(lower.get(close)))) {
            close--;                            // "backed by U.S. air power, on Sunday launched", "..., has held"
        }
        if (close < 3 || !lower.get(close).equals(",")) {
            return null;
        }
        for (int open = close - 1; open > 0; open--) {
            String word = lower.get(open);
            if (word.equals(";") || word.equals(":")) {
                return null;
            }
            if (word.equals(",")) {
                String opener = lower.get(open + 1);
                if (!INSERTION_OPENERS.contains(opener) && !(open + 2 < close && lower.get(open + 2).equals("by"))
                        && !(opener.endsWith("ing") && opener.length() > 5)) {   // ", speaking after talks with X,"
                    return null;
                }
                for (Group group : groups) {
                    if (group.last() == open - 1 && !group.phrase()) {
                        return group;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the clause a subordinator at {@code boundary} opens is set off by commas between a subject and its verb
     * at {@code verb}: "Israeli troops, after a night of clashes, stormed ..." — a comma right before the
     * subordinator, and the clause's closing comma right before the verb.
     */
    private static boolean parenthetical(List<String> lower, int boundary, int verb) {
        return Words.SUBORDINATORS.contains(lower.get(boundary)) && boundary > 0 && lower.get(boundary - 1).equals(",")
                && verb - 1 > boundary + 1 && lower.get(verb - 1).equals(",");
    }

    /**
     * The subject of a sentence that opens with a quotation, for a participle clause after it: the first actor after
     * the closing quotation mark that is no phrase ("\"...,\" Velayati told a news conference, accusing Washington");
     * the sentence's subject ({@link #sentenceSubject}) when the sentence opens otherwise.
     */
    static Group subjectAfterQuote(List<String> lower, List<Group> groups, int token) {
        if (lower.isEmpty() || !lower.get(0).equals(QUOTE)) {
            return sentenceSubject(groups, token);
        }
        int close = 1;
        while (close < token && !lower.get(close).equals(QUOTE)) {
            close++;
        }
        for (Group group : groups) {
            if (group.first() > close && group.last() < token && !group.phrase()) {
                return group;
            }
        }
        return null;
    }

    /**
     * The actor that opens the sentence, over at most an article ("The Syrian president is in Moscow"), when it ends
     * before {@code token}; else null.
     */
    static Group opening(List<Group> groups, int token) {
        Group first = groups.isEmpty() ? null : groups.get(0);
        return first != null && first.first() <= 1 && first.last() < token && !first.phrase() ? first : null;
    }

    /** The subject a participle clause shares with its sentence: the first actor before it that is no phrase. */
    static Group sentenceSubject(List<Group> groups, int token) {
        for (Group group : groups) {
            if (group.last() < token && !group.phrase()) {
                return group;
            }
        }
        return null;
    }

    /**
     * A state named as a modifier one word before an event noun, with a noun of its own between: "a Swedish trade
     * boycott", "U.S. trade sanctions" — a group of demonyms used as adjectives and places only; else null.
     */
    static Group modifierBefore(List<String> lower, List<Group> groups, int noun) {
        if (noun < 2) {
            return null;
        }
        String between = lower.get(noun - 1);
        Group group = before(groups, noun - 1, true);
        return group != null && Character.isLetter(between.charAt(0)) && !Words.FUNCTION.contains(between)
                && !Words.DETERMINERS.contains(between) && !between.endsWith("ed") && !between.endsWith("ing")
                && group.units().stream().allMatch(u -> u.adjective() || u.place() && !u.agent()) ? group : null;
    }

    /** The last actor group before {@code token}; when {@code adjacent}, only one that ends right before it. */
    static Group before(List<Group> groups, int token, boolean adjacent) {
        Group best = null;
        for (Group group : groups) {
            if (group.last() < token) {
                best = group;
            }
        }
        if (adjacent && best != null && best.last() != token - 1) {
            return null;
        }
        return best;
    }

    /**
     * The speaker who lays an obligation on the subject of a reported clause, which makes the report a demand on that
     * subject: "Straw said on Friday that the Sudanese government must reach an agreement", "the rebels announced that
     * Kagame must agree", "Israel must withdraw, Syria said" — "must" or "should" within three words before the
     * verb, a reporting verb at most eight words before the clause's subject (or, the subject first in the sentence,
     * after it closing the sentence), and an actor that reported it; else null.
     */
    static Group obliging(List<String> lower, List<Group> groups, VerbLexicon.Hit hit, Group subject) {
        if (subject == null || !Words.anyBefore(lower, hit.first(), 3, OBLIGATIONS)) {
            return null;
        }
        for (int r = subject.first() - 1; r >= Math.max(0, subject.first() - 8); r--) {
            if (Words.isBoundary(lower, r) && !lower.get(r).equals("that") && !lower.get(r).equals(QUOTE)) {
                return null;
            }
            if (REPORTING.contains(lower.get(r))) {
                Group speaker = subject(lower, groups, r);
                return speaker != subject ? speaker : null;
            }
        }
        Group speaker = subject.first() == firstWord(lower) ? trailingSpeaker(lower, groups, hit.last()) : null;
        return speaker != subject ? speaker : null;
    }

    /** The first token that is no quotation mark. */
    private static int firstWord(List<String> lower) {
        int i = 0;
        while (i < lower.size() && lower.get(i).equals(QUOTE)) {
            i++;
        }
        return i;
    }

    /**
     * The speaker of an attribution that ends the sentence after a comma ("Israel must withdraw, Syria said", "...,"
     * the Syrian foreign minister said."): the actor right after the last comma and before a reporting verb; else null.
     */
    private static Group trailingSpeaker(List<String> lower, List<Group> groups, int from) {
        int comma = -1;
        for (int i = from + 1; i < lower.size(); i++) {
            if (lower.get(i).equals(",")) {
                comma = i;
            }
        }
        if (comma < 0) {
            return null;
        }
        for (Group group : groups) {
            if (group.first() > comma && group.first() <= comma + 3 && !group.phrase()) {
                int verb = group.last() + 1;
                return verb < lower.size() && REPORTING.contains(lower.get(verb)) ? group : null;
            }
        }
        return null;
    }

    /**
     * Where "responsibility" stands when a trigger noun is what someone claimed responsibility for ("the Houthis
     * claimed responsibility for the attack on ...": the claimant's act, its subject the source); -2 when the
     * responsibility is denied (no act is claimed); else -1.
     */
    static int claimed(List<String> lower, int noun) {
        for (int i = noun - 1; i >= Math.max(1, noun - 4); i--) {
            if (!lower.get(i).equals("responsibility")) {
                continue;
            }
            if (!lower.get(i + 1).equals("for")) {
                return -1;
            }
            return Words.DENIALS.contains(lower.get(i - 1)) ? -2 : i;
        }
        return -1;
    }
}
