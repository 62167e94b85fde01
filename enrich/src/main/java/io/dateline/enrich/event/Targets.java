package io.dateline.enrich.event;

import java.util.List;
import java.util.Set;

/**
 * A trigger's position in a sentence → the actor group it acts on: the first group after it in its clause (not the
 * subject's own agents), the actor named before an attack noun, or the one a "that" clause addresses.
 */
final class Targets {

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");

    private Targets() {
    }

    /**
     * The party a preposition introduces after a first target, which it replaces: "extradited a suspect to France",
     * "protested in Tbilisi against Russia"; {@code target} itself when it is that party or none follows within
     * {@code within} tokens.
     */
    static Group nextIntroducedBy(List<String> lower, List<Group> groups, Group target, String preposition,
                                  int within) {
        if (preposition.equals(ActorGroups.preposition(lower, target.first()))) {
            return target;
        }
        Group next = after(lower, groups, target.last(), within);
        return next != null && preposition.equals(ActorGroups.preposition(lower, next.first())) ? next : target;
    }

    /**
     * Whom a meeting noun of purpose or circumstance is held with: "for talks with Soviet leaders", "in talks in
     * Washington last week with the IMF" — the noun right after "for" or "in", the party "with" introduces within
     * eight tokens in its clause; else null.
     */
    static Group meetingParty(List<String> lower, List<Group> groups, VerbLexicon.Hit noun) {
        String before = noun.first() > 0 ? lower.get(noun.first() - 1) : "";
        Group first = before.equals("for") || before.equals("in") ? after(lower, groups, noun.last(), 8) : null;
        Group party = first == null ? null : nextIntroducedBy(lower, groups, first, "with", 8);
        return party != null && "with".equals(ActorGroups.preposition(lower, party.first())) ? party : null;
    }

    /**
     * The first actor group after {@code token} in its clause, within {@code within} tokens; an agent the subject
     * owns ("withdraw its troops from Lebanon") is no target, and the search goes on after it.
     */
    static Group after(List<String> lower, List<Group> groups, int token, int within) {
        for (Group group : groups) {
            if (group.first() > token) {
                if (group.first() - token > within) {
                    return null;
                }
                for (int i = token + 1; i < group.first(); i++) {
                    if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                        return null;
                    }
                }
                if (owned(lower, group)) {
                    continue;
                }
                return group;
            }
        }
        return null;
    }

    /** An agent group after a possessive pronoun: "its troops", "their forces". */
    private static boolean owned(List<String> lower, Group group) {
        return group.first() > 0 && POSSESSIVES.contains(lower.get(group.first() - 1))
                && group.units().stream().allMatch(Unit::agent);
    }

    /**
     * The actor named right before the attack noun a verb acts on: "crushed an Iranian attack", "repelled Russian
     * attacks" are fights with Iran, Russia (whatever place follows); null for other acts.
     */
    static Group attackerOfObject(List<Group> groups, VerbLexicon.Hit hit) {
        String cameo = hit.phrase().cameo();
        if (hit.derived() || hit.last() != hit.verbLast() || hit.last() - hit.first() < 2
                || !(cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20"))) {
            return null;
        }
        for (Group group : groups) {
            if (group.first() > hit.first() && group.last() == hit.last() - 1) {
                return group;
            }
        }
        return null;
    }

    /** The "that" right after the trigger or a few words on ("its demand today that"), else the trigger's end. */
    static int thatAfter(List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.last() + 1; i < Math.min(lower.size(), hit.last() + 4); i++) {
            if (lower.get(i).equals("that")) {
                return i;
            }
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                break;
            }
        }
        return hit.last();
    }

    /**
     * Whether the trigger's object is owned by someone named before, a possessive pronoun right after the verb:
     * "attacked their patrol", "stormed its embassy" — the owner is the sentence's subject.
     */
    static boolean possessiveObject(List<String> lower, VerbLexicon.Hit hit) {
        int next = hit.verbLast() + 1;
        return next < lower.size() && POSSESSIVES.contains(lower.get(next));
    }
}
