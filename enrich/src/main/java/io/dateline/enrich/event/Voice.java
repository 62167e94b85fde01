package io.dateline.enrich.event;

import java.util.List;
import java.util.Set;

/**
 * A verb trigger → its voice: whether it is passive (with its agent after "by") or opens a participle clause, which
 * turns around or shares who acts. Thread-safe.
 */
final class Voice {

    /** Before an -ing form, a gerund: "accused the U.S. of violating". */
    private static final Set<String> GERUND_BEFORE = Set.of("of", "for", "by", "from");
    /** Past participles that do not end in -ed. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shot", "hit", "struck", "taken", "held",
            "beaten", "sunk", "thrown", "driven", "overrun");
    /** Forms of "come", which with "under" suffer an act: "came under attack". */
    private static final Set<String> COME = Set.of("came", "come", "comes", "coming");
    /** Participles that with "to" after them name the subject's own stance, no passive: "are opposed to". */
    private static final Set<String> STANCES = Set.of("opposed", "committed");

    private final VerbLexicon lexicon;

    Voice(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A verb in the passive ("was attacked", "hit by an earthquake") whose agent is no actor: the actor before it is
     * what was acted upon, and who acted is unknown.
     */
    static boolean passive(List<String> lower, VerbLexicon.Hit hit) {
        if (lower.get(hit.first()).endsWith("ing") || hit.first() > 0 && lower.get(hit.first() - 1).equals("to")) {
            return false;   // "is to visit": arranged, not suffered
        }
        int next = hit.verbLast() + 1;
        if (next < lower.size() && lower.get(next).equals("to") && STANCES.contains(lower.get(hit.first()))) {
            return false;   // "France and Russia are opposed to the draft": a stance they take
        }
        int agent = agentPhrase(lower, hit);
        return Words.anyBefore(lower, hit.first(), 2, Words.BE) || next < lower.size() && lower.get(next).equals("by")
                || listedParticiple(lower, hit.first()) || underAttack(lower, hit)
                || agent >= 0 && !lower.get(agent).equals("by");
    }

    /** Whether the act is suffered as one comes under it: "came under attack from", "comes under fire". */
    private static boolean underAttack(List<String> lower, VerbLexicon.Hit hit) {
        return hit.first() + 1 < lower.size() && COME.contains(lower.get(hit.first()))
                && lower.get(hit.first() + 1).equals("under");
    }

    /**
     * Where the phrase ends that names who did what the verb suffered, within six words after it: "by", "from" after
     * a verb of coming under attack, "at the hands of" ("died at the hands of Russian troops"); -1 when none does.
     */
    private static int agentPhrase(List<String> lower, VerbLexicon.Hit hit) {
        boolean under = underAttack(lower, hit);
        for (int i = hit.verbLast() + 1; i < Math.min(lower.size(), hit.last() + 7); i++) {
            if (Words.isBoundary(lower, i)) {
                return -1;
            }
            String word = lower.get(i);
            if (word.equals("by") || under && word.equals("from")) {
                return i;
            }
            if (word.equals("hands") && i >= 2 && lower.get(i - 1).equals("the") && lower.get(i - 2).equals("at")
                    && i + 1 < lower.size() && lower.get(i + 1).equals("of")) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Whether the participle at {@code verb} goes on a list of passive ones: "had been killed, wounded or captured",
     * "were destroyed and sunk" (back over participles, commas and "and"/"or" to a form of "be").
     */
    private static boolean listedParticiple(List<String> lower, int verb) {
        if (!participle(lower.get(verb)) || verb == 0 || !Set.of(",", "and", "or").contains(lower.get(verb - 1))) {
            return false;
        }
        for (int i = verb - 1; i >= Math.max(0, verb - 8); i--) {
            String word = lower.get(i);
            if (Words.BE.contains(word)) {
                return true;
            }
            if (!word.equals(",") && !word.equals("and") && !word.equals("or") && !participle(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean participle(String word) {
        return word.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(word);
    }

    /**
     * An -ing form right after a comma opens a participle clause: "raided the camp, killing two gunmen"; not one of a
     * list of gerunds ("accused the United States of violating human rights, ignoring international law").
     */
    static boolean participle(List<String> lower, VerbLexicon.Hit hit) {
        if (hit.first() < 2 || !lower.get(hit.first() - 1).equals(",") || !lower.get(hit.first()).endsWith("ing")) {
            return false;
        }
        for (int i = 1; i < hit.first() - 1; i++) {
            if (lower.get(i).endsWith("ing") && GERUND_BEFORE.contains(lower.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who acts in a participle clause ({@link #participle}): the sentence's subject ("raided the camp, killing two
     * gunmen"), unless the clause before is passive — then its agent after "by" ("was attacked by rebels, killing
     * 20"), or no one ("the embassy was bombed, killing 200 people": the embassy killed no one).
     */
    static Group participleSubject(List<String> lower, List<Group> groups, VerbLexicon.Hit hit) {
        boolean passive = false;
        for (int i = 0; i + 1 < hit.first() - 1; i++) {
            String next = lower.get(i + 1);
            if (Words.BE.contains(lower.get(i)) && participle(next)) {
                passive = true;
            } else if (passive && lower.get(i).equals("by")) {
                return Targets.after(lower, groups, i, 4);
            }
        }
        return passive ? null : Subjects.subjectAfterQuote(lower, groups, hit.first());
    }

    /**
     * Whether the word at {@code t} names an act done to someone by someone, as a noun: "of" right after it and "by"
     * within the six words after that, in the same clause ("the arrest of the opposition leader by Malaysian police",
     * "the expulsion of two Russian diplomats by Britain").
     */
    static boolean nominalBy(List<String> lower, int t) {
        if (t + 1 >= lower.size() || !lower.get(t + 1).equals("of")) {
            return false;
        }
        for (int i = t + 2; i < Math.min(lower.size(), t + 8); i++) {
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
            if (lower.get(i).equals("by")) {
                return true;
            }
        }
        return false;
    }

    Group byAgent(List<String> lower, List<Group> groups, VerbLexicon.Hit hit, boolean noun) {
        if (!noun && !passive(lower, hit)) {
            return null;
        }
        int phrase = agentPhrase(lower, hit);
        if (phrase < 0 && noun && spokenFrom(lower, hit) && Subjects.drawn(lower, hit.first()) < 0) {
            phrase = hit.last() + 1;   // "a warning from Turkey", "an invitation from Egypt"
        }
        int agent = phrase >= 0 && !lower.get(phrase).equals("by") ? phrase : -1;   // "from", "at the hands of"
        int reach = Math.max(hit.verbLast() + 9, hit.last() + 3);   // "arrested in a pre-dawn raid by police"
        for (int i = hit.verbLast() + 1; agent < 0 && i < Math.min(lower.size(), reach); i++) {
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",") || noun && Words.BE.contains(lower.get(i))) {
                return null;   // (a noun's "by" comes before any verb: "the ceasefire was violated by" is the verb's)
            }
            if (lower.get(i).equals("by")) {
                agent = i;
            }
        }
        if (agent < 0) {
            return null;
        }
        for (Group group : groups) {
            if (group.first() == agent + 1 || group.first() == agent + 2) {
                return possessorOfNoAgent(lower, group) ? null : group;
            }
        }
        return null;
    }

    /**
     * Whether a noun of something said or asked is followed by "from", which names who said it: "a warning from
     * Turkey", "a request from the United Nations" — verbal acts only ("a withdrawal from Lebanon" names a place);
     * one drawn ("drew condemnation from Turkey") is read as such.
     */
    private static boolean spokenFrom(List<String> lower, VerbLexicon.Hit hit) {
        int quad = Cameo.quad(hit.phrase().cameo());
        return (quad == 1 || quad == 3) && hit.last() + 1 < lower.size() && lower.get(hit.last() + 1).equals("from");
    }

    /**
     * Whether a group is the possessor of what is no agent: "left homeless by Ecuador's earthquake" (the earthquake
     * did it), unlike "by Israel's army" or "by Russia's shelling" — no agent, asset or trigger noun in the three
     * words after the "'s".
     */
    private boolean possessorOfNoAgent(List<String> lower, Group group) {
        int s = group.last() + 2;
        if (s >= lower.size() || !lower.get(s - 1).equals("'") || !lower.get(s).equals("s")) {
            return false;
        }
        for (int i = s + 1; i < Math.min(lower.size(), s + 4) && !Words.FUNCTION.contains(lower.get(i)); i++) {
            if (Agents.sector(lower, i) != null || Agents.asset(lower.get(i)) || lexicon.matchHand(lower, i) != null) {
                return false;
            }
        }
        return true;
    }
}
