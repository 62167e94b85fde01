package io.dateline.enrich.event;

import io.dateline.avro.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An actor group → the event actors it names (one per country and sector), the country an agent without one of its
 * own takes from its sentence, and what a group is beside being a party: a venue, police acting where they are, the
 * actor's own forces.
 */
final class Actors {

    private static final Set<String> VENUE = Set.of("in", "at");
    /** Sectors of people who can follow someone ({@link #followersOf}). */
    private static final Set<String> FOLLOWERS = Set.of("CVL", "LAB", "MED");
    private static final Set<String> PARTIES = Set.of("with", "to", "against", "toward", "towards");

    private Actors() {
    }

    /**
     * One actor per country and sector of the group (a possessor only when nothing else has one); agents take context;
     * an agent conjunct of another sector beside one country's actor is that country's too ("the Sudanese government
     * and southern rebels").
     */
    static List<Actor> actors(Group group, List<String> lower, String context) {
        List<Actor> actors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Unit> units = group.units();
        boolean other = units.stream().anyMatch(u -> u.country() != null && !possessive(u, lower));
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            boolean ownsAgent = possessive(unit, lower) && i + 1 < units.size() && units.get(i + 1).agent()
                    && units.get(i + 1).first() == unit.last() + 3;   // "Colombia's government"
            if (unit.country() == null || (other && possessive(unit, lower) && !ownsAgent)) {
                continue;
            }
            String sector = unit.sector();
            String text = unit.text();
            Unit title = i > 0 && unit.person() && units.get(i - 1).agent()
                    && units.get(i - 1).last() + 1 == unit.first() ? units.get(i - 1) : null;
            Unit kind = i > 0 && unit.demonym() && !unit.adjective() && "CVL".equals(unit.sector())
                    && units.get(i - 1).agent() && units.get(i - 1).country() == null
                    && units.get(i - 1).last() + 1 == unit.first() ? units.get(i - 1) : null;
            if (kind != null && !"CVL".equals(kind.sector())) {   // "rebel Serbs", "militant Palestinians"
                sector = kind.sector();
                text = kind.text() + " " + text;
            }
            if (title != null) {   // "opposition leader Juan Guaido": the title says what the holder acts as
                if (i >= 2 && units.get(i - 2).country() != null && units.get(i - 2).last() + 1 == title.first()) {
                    continue;   // "Hezbollah leader Hassan Nasrallah": the title's owner acts, coded already
                }
                sector = title.sector();
                text = title.text() + " " + text;
            }
            if (nationality(unit, i + 1 < units.size() ? units.get(i + 1) : null)
                    || ActorGroups.officeOf(unit, i + 1 < units.size() ? units.get(i + 1) : null, lower)) {
                Unit person = units.get(++i);
                String role = "IGO".equals(unit.country()) ? "IGO" : person.sector();
                if (seen.add(unit.country() + "/" + role)) {
                    actors.add(new Actor(person.text(), unit.country(), role, null));
                }
                continue;
            }
            if (i + 1 < units.size() && units.get(i + 1).agent() && (units.get(i + 1).first() == unit.last() + 1
                    || ownsAgent || ActorGroups.describedAgent(unit, units.get(i + 1), lower))) {
                if (sector == null || !NON_STATE.contains(sector) || unit.demonym() || unit.place()) {
                    sector = units.get(i + 1).sector();   // "Colombian troops"; but a "FARC commander" is the FARC's
                }
                text = text + " " + units.get(i + 1).text();
            }
            Unit shared = sharedHead(units, i, lower);
            if (shared != null) {
                sector = shared.sector();   // "Armenian and Azerbaijani forces": both forces
            }
            if (sector == null) {
                continue;
            }
            if (seen.add(unit.country() + "/" + sector)) {   // "Colombia and the FARC": two actors of one country
                actors.add(new Actor(text, unit.country(), sector, unit.entityId()));
            }
        }
        Unit agent = units.stream().filter(Unit::agent).findFirst().orElse(null);
        if (followersOf(units, lower) && !actors.isEmpty()) {
            // "supporters of former President Aristide", "thousands of followers of the cleric": people, of his country
            Unit head = units.get(0);
            List<Actor> people = new ArrayList<>();
            Set<String> countries = new HashSet<>();
            for (Actor actor : actors) {
                if (countries.add(actor.getCountry())) {
                    people.add(new Actor(head.text() + " of " + actor.getText(), actor.getCountry(), head.sector(),
                            null));
                }
            }
            return people;
        }
        if (actors.isEmpty() && agent != null) {
            Unit body = spokenFor(units, agent, lower);   // "a spokesman for the rebels": the rebels'
            actors.add(new Actor(agent.text(), context, body != null ? body.sector() : agent.sector(), null));
        }
        if (actors.size() == 1) {   // "the Sudanese government and rebels", "government troops and rebels": two
            Actor only = actors.get(0);
            units.stream().filter(u -> u.agent() && !u.sector().equals(only.getSector())
                            && (conjunct(u, lower) || firstConjunct(u, units, lower)))
                    .findFirst()
                    .ifPresent(u -> actors.add(new Actor(u.text(), only.getCountry(), u.sector(), null)));
        }
        return actors;
    }

    /**
     * Whether the group opens with people who follow the actor named after "of" ("supporters of", "followers of",
     * "students of"): civilians, workers or the press of no country of their own, not the body they follow.
     */
    private static boolean followersOf(List<Unit> units, List<String> lower) {
        Unit head = units.get(0);
        return units.size() > 1 && head.agent() && head.country() == null && FOLLOWERS.contains(head.sector())
                && head.last() + 1 < lower.size() && lower.get(head.last() + 1).equals("of");
    }

    /** The agent a representative speaks for, right after "for" or "of" (and "the"): "spokesman for the rebels". */
    private static Unit spokenFor(List<Unit> units, Unit agent, List<String> lower) {
        int i = units.indexOf(agent);
        if (!Agents.speaksFor(agent) || i + 1 >= units.size() || !units.get(i + 1).agent()) {
            return null;
        }
        int word = agent.last() + 1;
        int next = units.get(i + 1).first();
        boolean linked = word < next && (lower.get(word).equals("for") || lower.get(word).equals("of"))
                && (next == word + 1 || next == word + 2 && lower.get(word + 1).equals("the"));
        return linked ? units.get(i + 1) : null;
    }

    /** Whether an agent opens the group before "and" ("rebels and Burundian troops"): the first of two conjuncts. */
    private static boolean firstConjunct(Unit agent, List<Unit> units, List<String> lower) {
        return agent == units.get(0) && agent.last() + 1 < lower.size() && lower.get(agent.last() + 1).equals("and");
    }

    /** Whether an agent unit of a group stands as a conjunct of its own: after "and" (then "the", one modifier). */
    private static boolean conjunct(Unit agent, List<String> lower) {
        int before = agent.first() - 1;
        if (before > 0 && ActorGroups.modifiedConjunct(lower, before, agent)) {
            return true;
        }
        if (before > 0 && lower.get(before).equals("the")) {
            before--;
        }
        return before > 0 && lower.get(before).equals("and");
    }

    /**
     * Whether a demonym names the nationality of the person right after it, whom the gazetteer puts in another
     * country: "Jordanian King Abdullah" is Jordan's king, not the Saudi one of the same name.
     */
    private static boolean nationality(Unit demonym, Unit next) {
        return next != null && demonym.demonym() && next.first() == demonym.last() + 1 && next.person()
                && !demonym.country().equals(next.country());
    }

    /**
     * The agent two demonyms joined by "and" share ("Armenian and Azerbaijani forces", "Chinese and Indian troops")
     * when unit {@code i} is the first of them; else null.
     */
    private static Unit sharedHead(List<Unit> units, int i, List<String> lower) {
        if (i + 2 >= units.size()) {
            return null;
        }
        Unit first = units.get(i);
        Unit second = units.get(i + 1);
        Unit agent = units.get(i + 2);
        boolean joined = second.first() == first.last() + 2 && lower.get(first.last() + 1).equals("and");
        return first.demonym() && second.demonym() && joined && agent.agent() && agent.first() == second.last() + 1
                ? agent : null;
    }

    private static boolean possessive(Unit unit, List<String> lower) {
        return unit.last() + 2 < lower.size() && lower.get(unit.last() + 1).equals("'")
                && lower.get(unit.last() + 2).equals("s");
    }

    /**
     * The country an acting agent without one of its own belongs to: the sentence's first that names no border's other
     * side ({@link #ofBorder}), else its first, else the story's.
     */
    static String firstCountry(List<String> lower, List<Unit> units, List<String> storyCountries) {
        String neighbour = null;
        for (Unit unit : units) {
            if (unit.country() != null && !ofBorder(lower, unit)) {
                return unit.country();
            }
            neighbour = neighbour == null ? unit.country() : neighbour;
        }
        return neighbour != null ? neighbour : storyCountries.isEmpty() ? null : storyCountries.get(0);
    }

    /**
     * The country an agent acted upon without one of its own belongs to: that of the nearest mention with a country
     * in its clause ("an offensive against Kurdish militants in Syria"), the earlier one of two as near; else
     * {@code fallback}. Where people meet ({@code meeting}, {@link CodeKinds#meeting}), a place after "in" or "at" is
     * the venue, not the agent's country ("resumed talks with communist rebels in Oslo").
     */
    static String nearestCountry(List<String> lower, List<Unit> units, Group group, String fallback,
                                 boolean meeting, Group besides) {
        // where the one acted on is counts before the one who acts: "Israeli aircraft struck guerrilla targets in
        // southern Lebanon" (a place after "in", "near" ... of its clause, outside the acting group)
        List<Unit> located = besides == null ? List.of() : units.stream()
                .filter(u -> (u.first() < besides.first() || u.first() > besides.last()) && u.place()
                        && LOCATIVE.contains(Objects.requireNonNullElse(ActorGroups.preposition(lower, u.first()), "")))
                .toList();
        String where = located.isEmpty() ? null : nearestCountry(lower, located, group, meeting, true, false);
        if (where != null) {
            return where;
        }
        String near = nearestCountry(lower, units, group, meeting, true, false);
        if (near != null) {
            return near;
        }
        String neighbour = nearestCountry(lower, units, group, meeting, true, true);
        if (neighbour == null) {
            return fallback;
        }
        // "rebels attacked a post near the Ugandan border, Congolese officials said": the neighbour is the other side
        return Objects.requireNonNullElse(nearestCountry(lower, units, group, meeting, false, false), neighbour);
    }

    /**
     * The country of the nearest mention, in the agent's clause only ({@code clause}) and of a border or not
     * ({@code border}: "near the Thai border", "the border with Thailand" names the neighbour); null if none.
     */
    private static String nearestCountry(List<String> lower, List<Unit> units, Group group, boolean meeting,
                                         boolean clause, boolean border) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Unit unit : units) {
            if (unit.country() == null || unit.agent() || clause && !sameClause(lower, unit, group)
                    || meeting && unit.place() && unit.first() > 0 && VENUE.contains(lower.get(unit.first() - 1))
                    || border != ofBorder(lower, unit)) {
                continue;
            }
            int distance = unit.last() < group.first() ? group.first() - unit.last()
                    : unit.first() > group.last() ? unit.first() - group.last() : 0;
            if (distance < bestDistance) {
                best = unit.country();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether a mention names a border's other side: "the Thai border", "the border with Thailand". */
    private static boolean ofBorder(List<String> lower, Unit unit) {
        return unit.last() + 1 < lower.size() && BORDERS.contains(lower.get(unit.last() + 1))
                || unit.first() >= 2 && lower.get(unit.first() - 1).equals("with")
                && BORDERS.contains(lower.get(unit.first() - 2));
    }

    private static boolean sameClause(List<String> lower, Unit unit, Group group) {
        int from = Math.min(unit.last(), group.last());
        int to = Math.max(unit.first(), group.first());
        for (int i = from + 1; i < to; i++) {
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a group is police, courts, armed groups, criminals or crowds named by their kind alone, who act where
     * they are: "police arrested two Polish citizens in Japan", "gunmen abducted two French aid workers in Mali".
     */
    static boolean domestic(Group group) {
        return group.units().stream().allMatch(u -> u.agent() && u.country() == null && LOCAL.contains(u.sector()));
    }

    /**
     * The country of the first place the sentence says something happened in ("in Japan", "in northern Mali",
     * "outside the embassy in Cairo"), else of the first place named ("a Tokyo court"), else {@code fallback}.
     */
    static String placeCountry(List<Group> groups, List<String> lower, String fallback) {
        String named = null;
        for (Group group : groups) {
            for (Unit unit : group.units()) {
                if (unit.place() && unit.country() != null && !unit.country().equals("IGO")) {
                    String preposition = ActorGroups.preposition(lower, unit.first());
                    if (preposition != null && LOCATIVE.contains(preposition) && !modifier(lower, unit.last() + 1)) {
                        return unit.country();
                    }
                    named = named == null ? unit.country() : named;
                }
            }
        }
        return named != null ? named : fallback;
    }

    /** Whether the word at {@code next} is a noun a place before it modifies: "the U.S. embassy", "Cairo airport". */
    private static boolean modifier(List<String> lower, int next) {
        if (next >= lower.size()) {
            return false;
        }
        String word = lower.get(next);
        return Character.isLetter(word.charAt(0)) && !Words.PREPOSITIONS.contains(word)
                && !Words.isBoundary(lower, next) && !word.equals("and") && !word.equals("or") && !word.endsWith("ed");
    }

    /**
     * The country of whom a possessive pronoun before agents of no country refers to: the nearest mention with a
     * country before them ("a day after Washington said its warships were available": USA, not the country the
     * sentence opens with); null if the group is not such agents or no mention comes before.
     */
    static String antecedent(List<String> lower, List<Group> groups, Group group) {
        if (group == null || group.first() == 0 || !ANAPHORS.contains(lower.get(group.first() - 1))
                || !group.units().stream().allMatch(u -> u.agent() && u.country() == null)) {
            return null;
        }
        String country = null;
        for (Group before : groups) {
            for (Unit unit : before.units()) {
                if (unit.last() < group.first() && unit.country() != null) {
                    country = unit.country();
                }
            }
        }
        return country;
    }

    /**
     * Whether a group is forces named by their kind alone ("army reservists", "troops"): what a show of force (CAMEO
     * 15) mobilises or an ally sends ({@link CodeKinds#deploys}), which is the actor's own, not its target ("mobilized
     * army reservists for a war against Iraq", "sent troops to help Iraq").
     */
    static boolean forces(Group group) {
        return group.units().stream().allMatch(u -> armedAgent(u) && u.country() == null);
    }

    /** Whether a group names armed forces or police of a state ("Nigerian troops", "the Greek army"). */
    static boolean armed(Group group) {
        return group != null && group.units().stream().anyMatch(Actors::armedAgent);
    }

    /** Whether a unit names forces or police by their kind ("troops", "army", "police"). */
    private static boolean armedAgent(Unit unit) {
        return unit.agent() && ("MIL".equals(unit.sector()) || "COP".equals(unit.sector()));
    }

    /**
     * A region (a state, a province) acted on, as its country with no sector: the actor the group names when it names
     * no other ("imposed a curfew in Kashmir"); empty if it names none.
     */
    static List<Actor> region(Group group) {
        for (Unit unit : group.units()) {
            if (unit.place() && unit.sector() == null && unit.country() != null) {
                return List.of(new Actor(unit.text(), unit.country(), null, unit.entityId()));
            }
        }
        return List.of();
    }

    /**
     * The government of the state whose own people protest when the protest names no one: "South Korean workers staged
     * a nationwide strike to protest a new labour law" is against the South Korean government, as event data codes
     * a domestic protest.
     */
    static List<Actor> ownGovernment(List<Actor> sources) {
        List<Actor> governments = new ArrayList<>();
        for (Actor source : sources) {
            String country = source == null ? null : source.getCountry();
            if (country != null && StoryEscalation.isCountry(country) && Agents.civil(source.getSector())
                    && governments.stream().noneMatch(g -> g.getCountry().equals(country))) {
                governments.add(new Actor(source.getText(), country, "GOV", "country:" + country));
            }
        }
        return governments;
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "around");
    /** Whether a group is only persons of no known office or country ({@link ActorMentions#UNPLACED_PERSON}). */
    static boolean unplaced(Group group) {
        return group.units().stream().allMatch(u -> ActorMentions.UNPLACED_PERSON.equals(u.sector()));
    }

    /**
     * The country of the first mention outside {@code target} whose country is none of the target's ("Jose Ramos
     * condemned the Indonesian army for the killings in East Timor": TLS), else {@code fallback}: a person of no known
     * country who acts on a state is more often of another.
     */
    static String otherThan(List<Group> groups, Group target, String fallback) {
        if (target == null) {
            return fallback;
        }
        Set<String> theirs = new HashSet<>();
        target.units().forEach(u -> theirs.add(u.country()));
        for (Group group : groups) {
            for (Unit unit : group.units()) {
                if (group != target && unit.country() != null && !unit.agent() && !theirs.contains(unit.country())
                        && StoryEscalation.isCountry(unit.country())) {
                    return unit.country();
                }
            }
        }
        return fallback;
    }

    /** Whether a group is people of no office named by their kind: hostages, prisoners, activists, journalists. */
    static boolean people(Group group) {
        return group != null && group.units().stream().anyMatch(u -> u.agent() && Agents.civil(u.sector()));
    }

    /** Sectors of named groups whose members, named by their kind, are the group's: "FARC commander". */
    private static final Set<String> NON_STATE = Set.of("REB", "OPP", "UAF");
    /** Words of sides of one kind opposed, and the "and" between two kinds of them ({@link #rivals}). */
    private static final Set<String> RIVAL = Set.of("rival", "warring", "opposing", "feuding", "competing", "and");
    /** Possessive pronouns of the third person, whose owner is named before them ({@link #antecedent}). */
    private static final Set<String> ANAPHORS = Set.of("its", "their", "his", "her");
    /** Words of a border, beside which an agent is of its own side ({@link #ofBorder}). */
    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier", "frontiers");
    /** Sectors of actors who act where they are ({@link #domestic}). */
    private static final Set<String> LOCAL = Set.of("COP", "JUD", "REB", "UAF", "CRM", "CVL", "OPP", "LAB");

    /** Whether a group names no one who could act: places and things of a country ("Iranian missiles", "Kosovo"). */
    static boolean topic(Group group) {
        return group.units().stream().allMatch(u -> !u.agent() && !u.person() && (u.place() || u.adjective()));
    }

    /**
     * Whether the one group named after "between" is two sides of one kind: "rival clan militias", "warring factions",
     * "Hutu and Tutsi militias" (names of no country joined by "and" before the agents) — agents only.
     */
    static boolean rivals(List<String> lower, int between, Group parties) {
        return parties.units().stream().allMatch(Unit::agent)
                && Words.anyBetween(lower, between + 1, parties.first(), RIVAL);
    }

    /** Whether a group is only the place where something happened: "met in Moscow with Lavrov". */
    static boolean atVenue(Group group, List<String> lower) {
        String preposition = ActorGroups.preposition(lower, group.first());
        return preposition != null && VENUE.contains(preposition) && group.units().stream().allMatch(Unit::place);
    }

    /**
     * Whether a target is where or about what joined actors acted rather than a party to it: the object of a
     * preposition other than "with", "to", "against" or "toward" ("met in Athens", "agreed to share intelligence on
     * North Korea", "exchanged fire near the Mauritanian border"; not "set up a company with Liberia"): joined actors
     * that meet, sign or fight act on each other.
     */
    static boolean venue(Group target, List<String> lower) {
        String preposition = ActorGroups.preposition(lower, target.first());
        return preposition != null && !PARTIES.contains(preposition);
    }

    /** Whether a source and a target are of two different countries. */
    static boolean acrossBorders(List<Actor> sources, List<Actor> targets) {
        for (Actor source : sources) {
            for (Actor target : targets) {
                if (source != null && source.getCountry() != null && target.getCountry() != null
                        && !source.getCountry().equals(target.getCountry())) {
                    return true;
                }
            }
        }
        return false;
    }
}
