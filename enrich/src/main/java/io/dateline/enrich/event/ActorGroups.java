package io.dateline.enrich.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence's actor mentions → the actor phrases ({@link Group}s) they form: mentions joined by "and", commas of a
 * list, possessives and titles ("Saudi Arabia, Qatar and Oman", "Iranian security forces"), each marked when it is
 * the object of a preposition (no subject).
 */
final class ActorGroups {

    private static final Set<String> JOINERS = Set.of("and", "of", "the", "'", "s", "both", "its", "his", "her",
            "their", "senior", "top", "key", "prime", "-", "foreign", "defence", "defense", "interior", "deputy",
            "chief", "head", "former");
    /** Participles before "by" that make the agent the actor's: "a delegation led by". */
    private static final Set<String> LEADING = Set.of("led", "headed");
    /** "at least", "at most": a quantity, not the preposition "at". */
    private static final Set<String> QUANTIFIED = Set.of("least", "most");

    private ActorGroups() {
    }

    /** The groups the units form, in text order: each unit {@link #joined} to the one before goes in its group. */
    static List<Group> groups(List<Unit> units, List<String> lower) {
        List<Group> groups = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        for (Unit unit : units) {
            if (!current.isEmpty() && !joined(current.get(current.size() - 1), unit, lower)) {
                groups.add(group(current, lower));
                current = new ArrayList<>();
            }
            current.add(unit);
        }
        if (!current.isEmpty()) {
            groups.add(group(current, lower));
        }
        return groups;
    }

    private static Group group(List<Unit> units, List<String> lower) {
        int first = units.get(0).first();
        return new Group(first, units.get(units.size() - 1).last(), List.copyOf(units), prepositional(lower, first));
    }

    /**
     * Whether an agent named by its kind is led by the actor after it: "a delegation led by the Qatari prime
     * minister", "forces headed by General Haftar" are that actor's.
     */
    private static boolean ledBy(Unit agent, Unit leader, List<String> lower) {
        int by = agent.last() + 2;
        if (!agent.agent() || agent.country() != null || by >= lower.size() || !lower.get(by).equals("by")
                || !LEADING.contains(lower.get(agent.last() + 1))) {
            return false;
        }
        return leader.first() == by + 1 || leader.first() == by + 2 && lower.get(by + 1).equals("the");
    }

    private static boolean joined(Unit left, Unit right, List<String> lower) {
        if (officeOf(left, right, lower) || describedAgent(left, right, lower) || ledBy(left, right, lower)) {
            return true;
        }
        for (int i = left.last() + 1; i < right.first(); i++) {
            String word = lower.get(i);
            boolean comma = word.equals(",") && i + 1 == right.first() && listGoesOn(lower, right.last() + 1)
                    && !venueBeforeComma(left, right, lower);
            boolean participle = word.endsWith("ed") && lower.get(i - 1).equals("the");   // "of the ousted president"
            boolean speaksFor = word.equals("for") && i == left.last() + 1 && Agents.speaksFor(left);
            if (!JOINERS.contains(word) && !comma && !modifiedConjunct(lower, i, right) && !participle && !speaksFor) {
                return false;
            }
        }
        return right.first() - left.last() <= 4;
    }

    /**
     * Whether a city named as where something happened ends the phrase at its comma rather than opening a list of
     * what is no city: "after talks in Geneva, Iran and Iraq agreed" (a list of cities stays one: "in Geneva, Paris
     * and London").
     */
    private static boolean venueBeforeComma(Unit left, Unit right, List<String> lower) {
        return isCity(left) && !isCity(right) && left.first() > 0
                && Words.VENUES.contains(lower.get(left.first() - 1));
    }

    private static boolean isCity(Unit unit) {
        return unit.entityId() != null && unit.entityId().startsWith("city:");
    }

    /**
     * Whether a list of actors goes on after a comma-joined member ("Britain, France and Germany"; "Egypt's minister,
     * Sameh Shoukry, met"): a comma or conjunction follows it. A fronted phrase ends at its comma instead ("under
     * pressure from Washington, Pakistan arrested").
     */
    private static boolean listGoesOn(List<String> lower, int next) {
        return next < lower.size() && (lower.get(next).equals(",") || lower.get(next).equals("and")
                || lower.get(next).equals("or"));
    }

    /**
     * Whether the word at {@code i} is the one modifier of an agent conjunct: "the government and southern rebels",
     * "Colombia's government and the ELN rebels".
     */
    static boolean modifiedConjunct(List<String> lower, int i, Unit right) {
        if (!right.agent() || i + 1 != right.first() || !Character.isLetter(lower.get(i).charAt(0))
                || Words.FUNCTION.contains(lower.get(i))) {
            return false;
        }
        int before = i - 1;
        if (before > 0 && lower.get(before).equals("the")) {
            before--;
        }
        return before > 0 && lower.get(before).equals("and");
    }

    /**
     * Whether a demonym and one more word describe the agent after them: "Nicaraguan Contra rebels", "Iraqi Kurdish
     * fighters", "Russian special forces" are one actor of the demonym's country.
     */
    static boolean describedAgent(Unit demonym, Unit agent, List<String> lower) {
        if (!demonym.demonym() || !agent.agent() || agent.first() != demonym.last() + 2) {
            return false;
        }
        String word = lower.get(demonym.last() + 1);
        return Character.isLetter(word.charAt(0)) && !Words.FUNCTION.contains(word) && !Words.STATEMENTS.contains(word)
                && !Words.MODALS.contains(word) && !word.endsWith("ed") && !word.endsWith("ing");
    }

    /**
     * Whether an international organisation names the office of the person after it ("U.N. Secretary-General Javier
     * Perez de Cuellar", "NATO chief Jens Stoltenberg"): the person acts for it, not for the country the gazetteer
     * gives them; only a title (no comma, no function word) comes between.
     */
    static boolean officeOf(Unit organisation, Unit next, List<String> lower) {
        if (next == null || !"IGO".equals(organisation.country()) || next.entityId() == null
                || !next.entityId().startsWith("person:") || next.first() - organisation.last() > 5) {
            return false;
        }
        for (int i = organisation.last() + 1; i < next.first(); i++) {
            if (lower.get(i).equals(",") || Words.FUNCTION.contains(lower.get(i)) || Words.isBoundary(lower, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the noun phrase ending in an actor mention that starts at {@code first} is the object of a preposition:
     * walking back over its modifiers (at most five words, no verb form, no comma) a preposition comes first; after
     * "of" the phrase it belongs to is tested in turn ("the city of Harbin in China"). "from" is no such preposition:
     * "officials from Iran" are Iranian actors.
     */
    private static boolean prepositional(List<String> lower, int first) {
        return preposition(lower, first) != null;
    }

    /**
     * The preposition whose object is the noun phrase ending in a mention at {@code first} ({@link #prepositional}).
     */
    static String preposition(List<String> lower, int first) {
        // "about 200 supporters of ...", "over 1,000 troops", "at least 30 civilians": quantities, no prepositions
        int words = 0;
        for (int i = first - 1; i >= 0 && words < 5; i--) {
            String word = lower.get(i);
            if (Words.PREPOSITIONS.contains(word) && !Character.isDigit(lower.get(i + 1).charAt(0))
                    && !(word.equals("at") && QUANTIFIED.contains(lower.get(i + 1)))) {
                return word;
            }
            if (word.equals("of")) {
                words = 0;
                continue;
            }
            boolean adjective = i > 0 && Words.DETERMINERS.contains(lower.get(i - 1));   // "in the disputed enclave of"
            if (word.equals(",") || Words.BOUNDARIES.contains(word) || Words.FUNCTION.contains(word)
                    || Words.MODALS.contains(word) || Words.STATEMENTS.contains(word)
                    || Words.VERB_BEFORE.contains(word)
                    || (word.endsWith("ed") || word.endsWith("ing")) && !adjective) {
                return null;
            }
            words++;
        }
        return null;
    }
}
