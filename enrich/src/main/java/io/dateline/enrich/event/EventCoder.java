package io.dateline.enrich.event;

import io.dateline.avro.Actor;
import io.dateline.avro.Event;
import io.dateline.avro.Mention;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Story text, its entity mentions and date → political events, one sentence at a time. A trigger is the longest
 * phrase of the {@link VerbLexicon}; per clause only the first verb trigger counts (a later one is its complement:
 * "threatened to attack" is THREATEN), a noun trigger only with its actor beside it ("Israeli attacks", "threats
 * ... by the United States"). The source is the actor group nearest before a verb (after "by" in the passive), the
 * target the first group after it in its clause; actors are entity mentions with a country and agent words
 * ({@link Agents}), an agent without a country taking the nearest country of the sentence (unknown with none).
 * Modals make an event hypothetical (a threatened force is THREATEN, a promised aid AGREE), negations negated (negated
 * cooperation is REJECT, as CAMEO codes it), the pluperfect, "previously" and a month or year before the story's
 * background. Thread-safe.
 *
 * <p>This class holds the flow and the code adjustments; the sentence is read by {@link ActorMentions} and
 * {@link ActorGroups} (who is named), {@link Actors} (as which actors), {@link Triggers} (which words are events),
 * {@link Subjects}, {@link Targets} and {@link Voice} (who acts on whom), {@link CodeKinds}, {@link ForceCodes} and
 * {@link Modifiers}.
 */
public final class EventCoder {

    /** What an attack in words is made on ({@link #verbalAttack}). */
    private static final Set<String> VERBAL_OBJECTS = Set.of("plan", "plans", "proposal", "proposals", "policy",
            "policies", "decision", "decisions", "bill", "law", "act", "remarks", "statement", "statements", "report",
            "measure", "measures", "move", "stance", "idea", "budget", "tax", "legislation", "comments", "speech",
            "resolution", "record", "handling", "approach", "reforms", "reform", "forecasts", "forecast", "estimates",
            "reports", "view", "views", "claims", "argument", "arguments");
    /** What one carries out rather than puts to death ({@link #carriedOut}), beside {@link #VERBAL_OBJECTS}. */
    private static final Set<String> UNDERTAKINGS = Set.of("deal", "deals", "agreement", "agreements", "accord",
            "contract", "contracts", "order", "orders", "strategy", "programme", "program", "project",
            "projects", "transaction", "transactions", "trade", "trades", "merger", "mandate", "warrant", "will",
            "task", "tasks", "mission", "duties");
    /** What a disapproval turns down, a rejection (CAMEO 120): "dismissed the Arab League plan". */
    private static final Set<String> PROPOSALS = Set.of("plan", "plans", "proposal", "proposals", "offer", "offers",
            "request", "requests", "demand", "demands", "call", "calls", "initiative", "initiatives", "ultimatum",
            "appeal", "appeals", "suggestion", "suggestions", "overture", "overtures", "bid");
    /** Verbs that keep something from happening; with a protest as object, a restriction of freedom (1721). */
    private static final Set<String> PREVENTING = VerbLexicon.inflected(List.of("prevent", "ban", "block", "stop",
            "halt", "bar", "forbid", "prohibit"), "forbade", "forbidden");
    /** A protest as the object of a verb. */
    private static final Set<String> PROTESTS = Set.of("demonstration", "demonstrations", "protest", "protests",
            "rally", "rallies", "march", "marches", "gathering", "gatherings", "vigil");
    /** What a threat "of" names when it is one of force: "threat of military action". */
    private static final Set<String> THREATENED_FORCE = Set.of("military", "force", "war", "attack", "strikes");
    /**
     * Irregular past forms of verbs the dictionary codes as an intent to meet (036), with what they code once done: a
     * meeting (040) or a visit (042); a regular past (travelled, arrived) is a visit.
     */
    private static final Map<String, String> PAST_OF_MEETING = Map.of("met", "040", "flew", "042", "went", "042",
            "came", "042", "made", "042", "paid", "042");
    /** Articles before a modified -ing noun ({@link #modifiedGerund}). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Prepositions after which an -ing form opening the sentence is its subject ({@link #modifiedGerund}). */
    private static final Set<String> GERUND_SUBJECT_AFTER = Set.of("by", "of", "between", "in", "on", "near",
            "around");
    /** CAMEO 100: make a demand. */
    private static final String DEMAND = "100";
    private static final Set<String> OBJECT_STOPS = Set.of("over", "for", "about", "against", "on", "in", "at",
            "after", "despite", "during", "from");
    private static final int MAX_PAIRS = 6;
    /** Nouns of an event whose parties follow "between" ({@link #between}), with their CAMEO codes. */
    private static final Map<String, String> BETWEEN = Map.ofEntries(Map.entry("talks", "040"),
            Map.entry("meeting", "040"), Map.entry("meetings", "040"), Map.entry("consultations", "040"),
            Map.entry("negotiations", "046"), Map.entry("summit", "040"), Map.entry("clashes", "190"),
            Map.entry("clash", "190"), Map.entry("fighting", "190"), Map.entry("battles", "190"),
            Map.entry("hostilities", "190"), Map.entry("war", "190"), Map.entry("skirmishes", "190"));

    /** Verbs of an outbreak between an event noun and the "between" naming its parties ({@link #betweenAfter}). */
    private static final Set<String> OUTBREAK = Set.of("erupted", "flared", "raged", "continued", "resumed",
            "intensified", "escalated");

    private final VerbLexicon lexicon;
    private final ActorMentions mentions;
    private final Triggers triggers;
    private final Voice voice;

    public EventCoder(VerbLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.mentions = new ActorMentions(lexicon);
        this.triggers = new Triggers(lexicon);
        this.voice = new Voice(lexicon);
    }

    public static EventCoder standard() {
        return new EventCoder(VerbLexicon.standard());
    }

    /** Every event of the story, in text order. */
    public List<Event> code(StoryText text, List<Match> matches, LocalDate date, List<String> storyCountries) {
        List<Event> events = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int from = 0;
        while (from < tokens.size()) {
            int sentence = tokens.get(from).sentence();
            int to = from;
            while (to < tokens.size() && tokens.get(to).sentence() == sentence) {
                to++;
            }
            codeSentence(text, tokens.subList(from, to), matches, date, storyCountries, sentence, events);
            from = to;
        }
        return withoutRestatedHeadline(text, events);
    }

    /**
     * The events without those of the headline that the body codes again (same type and countries): a headline restates
     * the lead, and coding both would count one event twice. A headline's event the body does not carry stays.
     */
    private static List<Event> withoutRestatedHeadline(StoryText text, List<Event> events) {
        Set<String> inBody = new HashSet<>();
        for (Event event : events) {
            if (!text.inHeadline(event.getTrigger().getStart())) {
                inBody.add(restatement(event));
            }
        }
        List<Event> kept = new ArrayList<>(events.size());
        for (Event event : events) {
            if (!text.inHeadline(event.getTrigger().getStart()) || !inBody.contains(restatement(event))) {
                kept.add(event);
            }
        }
        return kept;
    }

    private static String restatement(Event event) {
        return event.getType() + "|" + country(event.getSource()) + "|" + country(event.getTarget());
    }

    private static String country(Actor actor) {
        return actor == null ? null : actor.getCountry();
    }

    /** A trigger the clause reading coded nothing for, and the act before it. */
    private record Uncoded(VerbLexicon.Hit hit, Act previous) {
    }

    /**
     * What every trigger of a sentence is read against: the story's text, the sentence's tokens (as written and
     * lower-cased), its actor groups, its first country, its actor mentions (for the country in context of a group),
     * the story's date and the sentence's index.
     */
    private record Reading(StoryText text, List<Token> tokens, List<String> lower, List<Group> groups, String first,
                           List<Unit> units, LocalDate date, int sentence) {
    }

    private void codeSentence(StoryText text, List<Token> tokens, List<Match> matches, LocalDate date,
                              List<String> storyCountries, int sentence, List<Event> out) {
        List<String> lower = SentenceWords.lowerCase(tokens);
        List<Unit> units = mentions.units(text, tokens, lower, matches, date);
        if (units.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[tokens.size()];
        for (Unit unit : units) {
            for (int i = unit.first(); i <= unit.last(); i++) {
                covered[i] = true;
            }
        }
        List<Group> groups = ActorGroups.groups(units, lower);
        String first = Actors.firstCountry(lower, units, storyCountries);
        Reading reading = new Reading(text, tokens, lower, groups, first, units, date, sentence);
        Set<Integer> clausesUsed = new HashSet<>();
        Act previous = null;
        int[] clauses = new int[tokens.size()];   // per token, its clause: boundaries and commas before it
        for (int t = 0, clause = 0; t < tokens.size(); t++) {
            clause += Words.isBoundary(lower, t) || lower.get(t).equals(",") ? 1 : 0;
            clauses[t] = clause;
        }
        int coded = out.size();
        List<Uncoded> uncoded = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            int clause = clauses[t];   // (a trigger read over a comma skips it: the count does not)
            if (covered[t]) {
                continue;
            }
            if (between(reading, t, out)) {
                clausesUsed.add(clause);
                t++;
                continue;
            }
            if (t > 0 && (lower.get(t - 1).equals("-") || Character.isUpperCase(tokens.get(t).text().charAt(0)))) {
                continue;
            }
            int told = Triggers.toldTo(lower, groups, t);
            boolean verdict = told < 0 && Triggers.verdict(lower, t);
            VerbLexicon.Hit notRuledOut = triggers.forceNotRuledOut(lower, t);
            VerbLexicon.Hit hit = told > 0 ? VerbLexicon.Hit.toldTo(t, told)
                    : Triggers.forcesLeaving(lower, units, t) ? VerbLexicon.Hit.verb(t, "leave", "087")
                    : Triggers.stateSuspended(lower, units, t) ? VerbLexicon.Hit.verb(t, "suspend", "161")
                    : verdict ? VerbLexicon.Hit.verb(t, "say", "111")
                    : notRuledOut != null ? notRuledOut : lexicon.match(lower, t, ActorMentions.afterDemonym(units, t));
            if (hit == null && t > 0 && (Words.DETERMINERS.contains(lower.get(t - 1)) && Voice.nominalBy(lower, t)
                    || Subjects.drawn(lower, t) >= 0)) {
                // "the expulsion of two diplomats by Britain", "received $500 million in aid from Saudi Arabia"
                hit = lexicon.matchObject(lower, t);
                hit = hit == null || hit.phrase().cameo().equals(VerbLexicon.SUPPORT) ? null : asNoun(hit);
            }
            if (hit != null && !hit.derived() && !hit.phrase().noun() && triggers.afterAdjective(lower, units, hit)) {
                hit = asNoun(hit);   // "produced scant promise of": a noun
            }
            if (hit != null && !hit.phrase().noun() && Triggers.relief(lower, hit)) {
                hit = hit.recoded("073", false);   // "sent 20 tonnes of food to Afghanistan": aid, not trade
            }
            if (hit != null && hit.phrase().cameo().equals(VerbLexicon.NONE)) {
                t = hit.last();
                continue;
            }
            if (hit == null || noVerbHere(reading, hit) || noActOfParties(lower, hit) || idiom(lower, units, hit)
                    || statementOnly(lower, hit, told > 0 || verdict) || modifiesEventNoun(lower, hit)) {
                continue;
            }
            if (!hit.derived() && !hit.phrase().noun() && t > 0 && Words.DETERMINERS.contains(lower.get(t - 1))) {
                String word = lower.get(t);
                if (!word.endsWith("ing") && !word.endsWith("ed") && !Subjects.frontedNoun(lower, t)
                        && !Voice.nominalBy(lower, t) && !(CodeKinds.meeting(hit.phrase().cameo())
                        && Targets.meetingParty(lower, groups, hit) != null && !metAlready(out, coded))) {
                    continue;   // "after talks with", "the arrest of X by Y": a noun all the same
                }
                hit = asNoun(hit);
            } else if (!hit.phrase().noun() && modifiedGerund(tokens, lower, units, hit)) {
                hit = asNoun(hit);   // "a suicide bombing", "the heavy fighting"
            }
            if (!hit.phrase().noun() && lower.get(hit.first()).startsWith("vot")) {
                hit = votedAct(tokens, lower, hit);
            } else if (hit.derived() && !hit.pattern() || hit.phrase().cameo().equals(VerbLexicon.SUPPORT)) {
                hit = lightVerb(tokens, lower, hit);
            }
            if (hit.phrase().cameo().equals(VerbLexicon.SUPPORT) && Voice.passive(lower, hit)) {
                hit = Objects.requireNonNullElse(passiveOfAct(lower, hit), hit);   // "aid was delivered to"
            }
            String code = hit.phrase().cameo();
            if (!hit.phrase().noun() && Words.inProtest(lower, hit.last()) && (code.equals(VerbLexicon.SUPPORT)
                    || Cameo.quad(code) < 4 && !code.startsWith("14") || code.startsWith("17"))) {
                // "walked out of parliament in protest", "closed their shops in protest at the arrests"; a threat
                // in protest is a threat of protest ("threatened to boycott classes in protest")
                hit = hit.recoded(code.startsWith("13") ? "133" : "140", false);
            }
            if (!hit.phrase().noun() && triggers.gatheredToProtest(lower, hit)) {
                hit = hit.recoded("141", false);   // "students gathered outside the embassy to protest the visit"
            }
            if (Cameo.plover(hit.phrase().cameo()) == null) {   // a support verb alone, a statement
                t = hit.verbLast();
                continue;
            }
            if (triggers.promisedForce(lower, hit, support -> lightVerb(tokens, lower, support))) {
                t = hit.last();
                continue;
            }
            boolean noun = hit.phrase().noun();
            int link = noun ? -1 : Subjects.link(lower, t);   // "and", "but": a second verb with the same subject
            if (!noun && !clausesUsed.add(clause) && (link < 0 || lower.get(link).equals(","))
                    && !Triggers.purposeOfProtest(lower, hit) && !Triggers.purposeOfVisit(lower, hit, previous)) {
                t = hit.last();
                continue;
            }
            if (noun && Subjects.frontedGerund(lower, t)) {
                hit = hit.recoded(hit.phrase().cameo(), false);   // "After meeting Mubarak, Arafat said": a verb
            }
            int before = out.size();
            Act act = code(reading, hit, previous, false, out);
            if (out.size() == before && (!hit.derived() || hit.pattern())) {
                uncoded.add(new Uncoded(hit, previous));   // (a dictionary verb alone is too vague to read shallowly)
            }
            previous = act != null ? act : previous;
            t = hit.last();
        }
        // a sentence that codes nothing: the first of its triggers that a shallow reading codes (the actor nearest
        // before it acts when no subject was found, on one of another country after it: "when they held talks with")
        for (int i = 0; i < uncoded.size() && out.size() == coded; i++) {
            code(reading, uncoded.get(i).hit(), uncoded.get(i).previous(), true, out);
        }
    }

    /**
     * Whether the trigger stands where no verb of the sentence does: a dictionary verb out of verb position, a word
     * modifying an agent ("rebel-held"), a participle used as an adjective ("the ousted president"), opening the
     * sentence before its actor ("Rioting students clashed") or cutting a relative clause short ("land confiscated
     * under the regime").
     */
    private boolean noVerbHere(Reading reading, VerbLexicon.Hit hit) {
        List<String> lower = reading.lower();
        List<Unit> units = reading.units();
        return hit.derived() && !Triggers.verbPosition(lower, units, hit) || Triggers.modifiesAgent(lower, units, hit)
                || Triggers.participleAdjective(lower, hit)
                && Subjects.beforeInsertion(lower, reading.groups(), hit.first()) == null
                || Triggers.openingParticiple(lower, units, hit)
                || Triggers.reducedRelative(reading.tokens(), lower, units, hit);
    }

    /**
     * Whether the act is no act between parties: a trade of an amount of goods or money, what someone has the right
     * or means to do, "going to" (when, not where).
     */
    private static boolean noActOfParties(List<String> lower, VerbLexicon.Hit hit) {
        return Triggers.quantity(lower, hit) || Triggers.trade(lower, hit) || Triggers.future(lower, hit)
                || Triggers.ability(lower, hit);
    }

    /**
     * Whether the trigger is part of an idiom that names no event: an act or a thing received (no visitor), an act
     * carried out or arranged, a dismissal from office, a broadcast monitored, a social ill fought.
     */
    private boolean idiom(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        return triggers.receivedAct(lower, hit) || Triggers.receivedThing(lower, units, hit)
                || carriedOut(lower, hit) || arranging(lower, hit)
                || Triggers.dismissal(lower, hit) || Triggers.monitoredBroadcast(lower, hit)
                || Triggers.socialIll(lower, hit);
    }

    /**
     * Whether the trigger is a statement verb that only reports ("said"): not one that orders or passes a verdict
     * ({@code ordersOrJudges}), a support verb, or a pattern that names an event ("announced a ceasefire").
     */
    private static boolean statementOnly(List<String> lower, VerbLexicon.Hit hit, boolean ordersOrJudges) {
        int t = hit.first();
        return Words.STATEMENTS.contains(lower.get(t)) && !ordersOrJudges
                && !hit.phrase().cameo().equals(VerbLexicon.SUPPORT)
                && !(hit.pattern() && Words.NAMING_EVENTS.contains(lower.get(t)));
    }

    /** Whether the trigger word modifies an event noun named with its parties ("trade talks", "border clashes"). */
    private static boolean modifiesEventNoun(List<String> lower, VerbLexicon.Hit hit) {
        int t = hit.first();
        return hit.last() == t && hit.last() + 1 < lower.size() && !lower.get(t).endsWith("ed")
                && BETWEEN.containsKey(lower.get(hit.last() + 1))
                && !hit.phrase().cameo().equals(VerbLexicon.SUPPORT);
    }

    /** Whether an event of the sentence (from {@code coded} on) is a meeting: "flew to Cairo" for the talks after. */
    private static boolean metAlready(List<Event> out, int coded) {
        return out.subList(coded, out.size()).stream().anyMatch(e -> CodeKinds.meeting(e.getCameo()));
    }

    /**
     * Codes an event named with its parties after "between" ("talks between Israel and Syria", "clashes between
     * Armenian and Azerbaijani forces", "fighting between the army and the rebels") or joined by a hyphen before it
     * ("Russian-Ukrainian talks") as one between each two of them; whether it did.
     */
    private static boolean between(Reading reading, int t, List<Event> out) {
        List<String> lower = reading.lower();
        List<Group> groups = reading.groups();
        List<Token> tokens = reading.tokens();
        String cameo = BETWEEN.get(lower.get(t));
        if (cameo == null) {
            return false;
        }
        int between = betweenAfter(lower, t);
        boolean after = between > 0;
        Group parties = after ? Targets.after(lower, groups, between, 2) : hyphenPair(groups, lower, t);
        List<Actor> actors = parties == null ? List.of() : Actors.actors(parties, lower, reading.first());
        // "fighting between rival clan militias", "between Hutu and Tutsi militias": sides of one kind, one country
        Group sides = after && actors.size() < 2 ? Targets.after(lower, groups, between, 4) : null;
        List<Actor> rivals = sides != null && Actors.rivals(lower, between, sides)
                ? Actors.actors(sides, lower, reading.first()) : List.of();
        if (actors.size() < 2 && rivals.size() != 1) {
            return false;
        }
        int begin = after ? t : parties.first();
        int end = after ? between : t;
        Mention trigger = new Mention(tokens.get(begin).begin(), tokens.get(end).end(),
                reading.text().text().substring(tokens.get(begin).begin(), tokens.get(end).end()));
        boolean hypothetical = Words.modalBefore(lower, t, 4);
        boolean background = Modifiers.background(lower, t, tokens, reading.date());
        if (actors.size() < 2) {   // the one kind of side on both
            Actor side = rivals.get(0);
            out.add(event(cameo, side, Actor.newBuilder(side).build(), trigger, reading.sentence(), false,
                    hypothetical, background));
            return true;
        }
        mutual(cameo, actors, trigger, reading.sentence(), false, hypothetical, background, false, out);
        return true;
    }

    /**
     * The index of the "between" naming the parties of the event noun at {@code t}, right after it or after a verb of
     * its outbreak ("fighting broke out between", "clashes erupted between"); else -1.
     */
    private static int betweenAfter(List<String> lower, int t) {
        int i = t + 1;
        int verb = i;
        if (i + 1 < lower.size() && lower.get(i).equals("broke") && lower.get(i + 1).equals("out")) {
            i += 2;
        } else if (i < lower.size() && OUTBREAK.contains(lower.get(i))) {
            i++;
        }
        // after the verb, a few words of when ("erupted overnight between", "broke out again on Sunday between")
        for (int end = Math.min(lower.size(), i + (i > verb ? 4 : 1)); i < end; i++) {
            if (lower.get(i).equals("between")) {
                return i;
            }
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * One event from each actor to each other one (at most {@link #MAX_PAIRS}): a mutual act; with {@code kinds}, force
     * between police and civilians coded by who used it on whom ({@link ForceCodes#byWhomOnWhom}: "police and
     * protesters clashed"), not for fighting named between peoples ("fighting between Armenians and Azerbaijanis").
     */
    private static void mutual(String cameo, List<Actor> actors, Mention trigger, int sentence, boolean negated,
                               boolean hypothetical, boolean background, boolean kinds, List<Event> out) {
        int pairs = 0;
        for (Actor a : actors) {
            for (Actor b : actors) {
                if (a != b && pairs++ < MAX_PAIRS) {
                    String code = kinds ? ForceCodes.byWhomOnWhom(cameo, a, b) : cameo;
                    out.add(event(code, a, b, trigger, sentence, negated, hypothetical, background));
                }
            }
        }
    }

    /**
     * The group of actors joined by a hyphen right before an event noun, at most one word between
     * ("Russian-Ukrainian talks", "the Iran-Iraq war", "U.S.-China trade talks"); else null.
     */
    private static Group hyphenPair(List<Group> groups, List<String> lower, int noun) {
        if (noun == 0) {
            return null;
        }
        for (Group group : groups) {
            String between = lower.get(noun - 1);
            boolean before = group.last() == noun - 1 || group.last() == noun - 2
                    && Character.isLetter(between.charAt(0)) && !Words.FUNCTION.contains(between);
            if (!before) {
                continue;
            }
            List<Unit> units = group.units();
            for (int i = 0; i + 1 < units.size(); i++) {
                Unit left = units.get(i);
                if (units.get(i + 1).first() == left.last() + 2 && lower.get(left.last() + 1).equals("-")) {
                    return group;
                }
            }
        }
        return null;
    }

    /**
     * Codes the trigger's events into {@code out}; the act it reads (subject, object) for the next verb, or null.
     * {@code shallow}: a second reading of a trigger that coded nothing, in a sentence that coded nothing.
     */
    private Act code(Reading reading, VerbLexicon.Hit hit, Act previous, boolean shallow, List<Event> out) {
        StoryText text = reading.text();
        List<Token> tokens = reading.tokens();
        List<String> lower = reading.lower();
        List<Group> groups = reading.groups();
        String first = reading.first();
        LocalDate date = reading.date();
        int sentence = reading.sentence();
        boolean noun = hit.phrase().noun();
        Group source;
        Group target;
        Group nounTarget = noun ? Targets.after(lower, groups, hit.last(), 4) : null;
        // a possessor acts on someone named ("Russia's invasion of Georgia"; not "Brazil's suspension of payments")
        Group possessor = nounTarget != null ? Subjects.possessor(lower, groups, hit.first()) : null;
        Group byAgent = possessor == null ? voice.byAgent(lower, groups, hit, noun) : null;
        Group actedOn = byAgent != null && noun ? actedOn(lower, groups, hit, byAgent) : null;
        int drawer = noun ? Subjects.drawn(lower, hit.first()) : Subjects.drawnBy(lower, hit);
        Group summoner = summonedTo(lower, groups, hit);
        boolean agentless = false;
        boolean active = false;
        if (possessor != null) {
            source = possessor;   // "Russia's invasion of Georgia", "Israel's latest offensive in Gaza"
            target = nounTarget;
        } else if (actedOn != null) {
            source = byAgent;   // "the killing of three Israeli soldiers by Hezbollah": what was done to whom
            target = actedOn;
        } else if (byAgent != null) {
            if (Cameo.cooperative(hit.phrase().cameo()) && Actors.forces(byAgent)) {
                return null;   // "troops, backed by helicopter gunships, pounded": their own arms, no act of support
            }
            source = byAgent;
            target = hit.first() == 0 ? Subjects.afterFrontedPhrase(lower, groups, byAgent.last())
                    : Subjects.before(groups, hit.first(), false);   // "Backed by U.S. air power, Afghan forces"
            VerbLexicon.Hit done = target == null ? passiveOfAct(lower, hit) : null;
            if (done != null && (hit.derived() && !hit.pattern()
                    || done.phrase().cameo().equals(hit.phrase().cameo()))) {
                // "sanctions were imposed on Libya by the Security Council": the noun is the act, on whom it names
                hit = done;
                target = Targets.after(lower, groups, hit.verbLast(), 8);
                target = target == byAgent ? null : target;
            }
        } else if (drawer >= 0) {
            // "the bombing drew condemnation from Turkey", "Israel faced criticism from the EU": the others' act
            source = Targets.after(lower, groups, hit.last(), 3);
            target = Subjects.sentenceSubject(groups, drawer);
        } else if (CodeKinds.meeting(hit.phrase().cameo()) && Subjects.frontedNoun(lower, hit.first())) {
            source = Subjects.afterFrontedPhrase(lower, groups, hit.last());   // "After talks with Koizumi, Roh said"
            target = Targets.after(lower, groups, hit.last(), 4);
        } else if (noun) {
            int claim = Subjects.claimed(lower, hit.first());
            if (claim == -2) {
                return null;
            }
            source = claim >= 0 ? Subjects.subject(lower, groups, claim) : Subjects.before(groups, hit.first(), true);
            if (source == null && claim < 0) {
                source = Subjects.modifierBefore(lower, groups, hit.first());   // "a Swedish trade boycott"
            }
            target = Targets.after(lower, groups, hit.last(), 4);
            Group party = source == null && claim < 0 && CodeKinds.meeting(hit.phrase().cameo())
                    ? Targets.meetingParty(lower, groups, hit) : null;
            Group opening = party != null ? Subjects.opening(groups, hit.first()) : null;
            if (opening != null && !Actors.unplaced(opening)
                    && !Words.reportBetween(lower, opening.last() + 1, hit.first())) {
                // "The Syrian president is in Moscow for talks with Soviet leaders": the sentence's subject meets
                // whom "with" names (not a speaker's: "Wang said Taiwan's position in talks with"); "is expected
                // here for talks with" is an intent to meet
                source = opening;
                target = party;
                if (Modifiers.arrangedBetween(lower, opening.last() + 1, hit.first())) {
                    hit = hit.recoded("036", true);
                }
            }
        } else if (Voice.passive(lower, hit)) {
            Group subject = Subjects.subject(lower, groups, hit.first());
            if (summoner != null) {
                source = summoner;   // "the Israeli ambassador was summoned to the foreign ministry"
                target = subject;
            } else if (CodeKinds.deploys(hit.phrase().cameo()) && Actors.armed(subject)) {
                // "Nigerian troops were deployed in Sierra Leone", "the Greek army was placed on alert": the forces
                // moved are their own state's, as in "Nigeria deployed troops"
                source = subject;
                target = Targets.after(lower, groups, hit.last(), Integer.MAX_VALUE);
            } else {
                agentless = true;
                source = null;
                target = subject;
                if (!triggers.inViolence(tokens, lower, hit) && !CodeKinds.custody(hit.phrase().cameo())
                        && !(CodeKinds.release(hit.phrase().cameo()) && Actors.people(target))
                        && !Triggers.reproach(lower, hit)) {
                    return null;   // "were released": people freed, not figures; "was accused of" by someone unnamed
                }
            }
        } else {
            active = true;
            source = Voice.participle(lower, hit) ? Voice.participleSubject(lower, groups, hit)
                    : Subjects.purposed(lower, hit.first(), previous, Subjects.continued(lower, hit.first(), previous,
                    Subjects.subject(lower, groups, hit.first())));
            if (source != null && Actors.unplaced(source) && Words.anyBetween(lower, source.last() + 1, hit.first(),
                    Words.REPORTS)) {
                source = null;   // "Taylor said loans continue to hurt earnings": not the person's act
            }
            if (source != null && Subjects.ownedThing(lower, source, hit.first(),
                    i -> lexicon.matchObject(lower, i) != null)) {
                source = null;   // "Reagan's popularity has not translated into public backing": no act of his
            }
            if (source == null && Subjects.frontedGerund(lower, hit.first())) {
                source = Subjects.afterFrontedPhrase(lower, groups, hit.last());   // "After meeting Mubarak, Arafat"
            }
            if (source == null && shallow) {
                source = Subjects.before(groups, hit.first(), false);
            }
            Group attacker = Targets.attackerOfObject(groups, hit);
            target = attacker != null ? attacker : Targets.after(lower, groups, hit.verbLast(), Integer.MAX_VALUE);
            if (target != null && target.first() == hit.last() && target.last() == hit.last()
                    && hit.last() > hit.verbLast() && (lexicon.matchObject(lower, hit.last()) != null
                    || Agents.alsoAnAct(lower.get(hit.last())))) {
                // "held protests against the government": the event noun is no target ("killed 20 civilians" is)
                target = Targets.after(lower, groups, hit.last(), Integer.MAX_VALUE);
            }
            if (target != null && CodeKinds.handsOver(hit.phrase().cameo())) {
                target = Targets.nextIntroducedBy(lower, groups, target, "to", 6);   // "extradited X to France"
            }
            if (target != null && CodeKinds.deploys(hit.phrase().cameo()) && Actors.forces(target)) {
                target = Targets.after(lower, groups, target.last(), Integer.MAX_VALUE);
            } else if (target != null && Cameo.cooperative(hit.phrase().cameo()) && Actors.forces(target)) {
                // forces offered are the actor's own, the one they serve is the target: "offered warships to escort
                // Kuwaiti tankers" (but "exchanged the bodies of soldiers": what is exchanged, see below)
                target = Objects.requireNonNullElse(Targets.after(lower, groups, target.last(), Integer.MAX_VALUE),
                        target);
            }
            if (target != null && CodeKinds.meeting(hit.phrase().cameo()) && !lower.get(hit.first()).startsWith("arriv")
                    && Actors.atVenue(target, lower)) {   // where a visitor arrives is the host
                target = Targets.after(lower, groups, target.last(), Integer.MAX_VALUE);
            }
            if (target != null && hit.phrase().cameo().startsWith("03") && Actors.atVenue(target, lower)
                    && target.first() - hit.last() <= 2) {
                // where an agreement or pledge was made, right after its verb, is no party to it: "prices agreed in
                // Geneva last December" (not "agreed to extend the mandate of the force in Lebanon")
                target = Targets.nextIntroducedBy(lower, groups, target, "with", 8);
                target = "with".equals(ActorGroups.preposition(lower, target.first())) ? target : null;
            }
            if (target != null && CodeKinds.meeting(hit.phrase().cameo())
                    && (Actors.venue(target, lower) || Actors.topic(target))) {
                // what was talked about is no party, who it was talked with is: "discussed the deployment of Iranian
                // missiles with Kuwaiti officials"
                target = Targets.nextIntroducedBy(lower, groups, target, "with", 8);
            }
            if (target != null && hit.phrase().cameo().startsWith("14") && Actors.atVenue(target, lower)) {
                target = Targets.nextIntroducedBy(lower, groups, target, "against", 4);   // "in Tbilisi against"
            }
            if (target == null && CodeKinds.addressed(hit.phrase().cameo())) {
                target = Targets.after(lower, groups, Targets.thatAfter(lower, hit), Integer.MAX_VALUE);
            }
            if (target == null && CodeKinds.addressed(hit.phrase().cameo()) && previous != null && source != null
                    && source == previous.subject() && hit.first() > 0 && lower.get(hit.first() - 1).equals("to")) {
                target = previous.object();   // "summoned the Iranian ambassador to demand an explanation": of him
            }
            if (target == null && source != null && hit.phrase().cameo().compareTo("17") >= 0
                    && Targets.possessiveObject(lower, hit)) {
                // force on what someone named before owns: "two Israeli soldiers were wounded when Hezbollah
                // guerrillas attacked their patrol"
                target = Subjects.sentenceSubject(groups, source.first());
            }
            if (target == null && previous != null && previous.subject() != null && previous.subject() == source
                    && hit.first() > 0 && lower.get(hit.first() - 1).equals("and")
                    && !lower.get(hit.first()).endsWith("ing") && (!hit.derived() || hit.pattern())) {
                target = previous.object();   // "closed its border with Macedonia and imposed a trade embargo"
            }
        }
        int weapon = source == null && active ? Triggers.weaponUsed(lower, hit) : -1;
        if (weapon >= 0 && lower.get(weapon + 1).equals("by")) {
            source = Targets.after(lower, groups, weapon + 1, 2);   // "shelling by government forces killed"
        }
        if (weapon >= 0 && source == null) {
            active = false;     // "a car bomb exploded outside the embassy, killing 41 people": someone unnamed
            agentless = true;
        } else if (source == null && active) {
            // "an explosion killed two youths and wounded five": no one wounded them
            return new Act(null, target, hit.first());
        }
        if (source == null && !agentless || source != null && !hit.phrase().cameo().startsWith("14")
                && source.units().stream().allMatch(u -> u.agent() && Agents.counted(lower, u.last()))) {
            return null;   // "300 people died": people counted by number are victims, not actors ("marched" they do)
        }
        Act act = active ? new Act(source, target, hit.first()) : null;
        Group speaker = active ? Subjects.obliging(lower, groups, hit, source) : null;
        if (speaker != null) {
            target = source;
            source = speaker;
        }
        String owner = Actors.antecedent(lower, groups, source);   // "Washington said its warships"
        List<Actor> sources = agentless ? Collections.singletonList(null)
                : Actors.actors(source, lower, owner != null ? owner
                        : Actors.domestic(source) ? Actors.placeCountry(groups, lower, first)
                        : Actors.unplaced(source) ? Actors.otherThan(groups, target, first) : first);
        boolean meeting = CodeKinds.meeting(hit.phrase().cameo());
        String targetOwner = Actors.antecedent(lower, groups, target);
        List<Actor> targets = target == null ? List.of() : Actors.actors(target, lower,
                targetOwner != null ? targetOwner
                : Actors.nearestCountry(lower, reading.units(), target, first, meeting, source));
        if (targets.isEmpty() && target != null && !CodeKinds.meeting(hit.phrase().cameo())) {
            targets = Actors.region(target);   // "imposed a curfew in Kashmir", "sent aid to Darfur": that country
        }
        if (target == null && hit.phrase().cameo().startsWith("14")) {
            targets = Actors.ownGovernment(sources);   // "workers staged a strike to protest a new labour law"
        }
        if (sources.isEmpty() || agentless && targets.isEmpty()
                || shallow && !Actors.acrossBorders(sources, targets)
                || speaker == null && hit.derived() && !hit.pattern() && targets.isEmpty()
                && !Triggers.conflictByForceOrCrowd(hit, sources)) {
            return act;
        }
        String cameo = speaker != null ? DEMAND : refined(lower, hit);
        if (jointForce(lower, hit, cameo, targets.isEmpty() ? null : target)) {
            cameo = "062";   // "Russia and China held joint military exercises": military cooperation
        }
        String done = cameo;   // the act itself, before modals make it an intent or a threat
        boolean hypothetical = speaker == null && Words.modalBefore(lower, hit.first(), 4)
                || Modifiers.promised(lower, hit.first()) || Modifiers.arranged(lower, hit.first())
                || Modifiers.intended(lower, hit)
                || lower.subList(0, hit.first()).contains("if")
                || Words.modalBefore(lower, hit.verbLast() + 1, hit.verbLast() - hit.first())
                || Words.modalBefore(lower, hit.last(), hit.last() - hit.verbLast());
        if (hypothetical && Cameo.quad(cameo) == 4) {
            cameo = "138";
        } else if (hypothetical && cameo.startsWith("14")) {
            cameo = "133";   // "vowed to hold mass protests": a threat of protest
        } else if (hypothetical && Cameo.cooperative(cameo) && !cameo.startsWith("02") && !cameo.startsWith("03")
                && !cameo.startsWith("09")) {
            cameo = intent(cameo);
        }
        // "said NATO must not expand": the demand is made, what it asks is a negation; "will not hesitate to use
        // force", "did not rule out military action": a negated reluctance is a threat
        boolean negated = speaker == null && Words.negatedBefore(lower, hit.first(), 3)
                && !Modifiers.reluctanceDenied(lower, hit.first());
        // "did not agree" is a refusal; "did not ask", "did not meet": nothing done
        if (negated && Cameo.cooperative(cameo) && !cameo.startsWith("02") && !cameo.startsWith("04")) {
            cameo = "120";
            negated = false;
        }
        negated |= Modifiers.denied(lower, hit.first());
        boolean background = Modifiers.background(lower, hit.first(), tokens, date);
        Mention trigger = new Mention(tokens.get(hit.first()).begin(), tokens.get(hit.last()).end(),
                text.text().substring(tokens.get(hit.first()).begin(), tokens.get(hit.last()).end()));
        // what is exchanged, or what an agreement two sign is about, is no target ("signed a pact to reduce troops")
        boolean traded = CodeKinds.exchange(lower.get(hit.first()));
        boolean mutual = (targets.isEmpty() || traded || target != null && Actors.venue(target, lower))
                && sources.size() > 1
                && (CodeKinds.reciprocal(done, lower.get(hit.first())) || Words.eachOther(lower, hit)
                || Words.ofRelations(lower, hit))
                && !(hypothetical && Cameo.quad(done) == 4);   // "India and Pakistan could go to war": no one threatens
        if (targets.isEmpty() && !mutual
                && (CodeKinds.meeting(cameo) || CodeKinds.warning(cameo, lower.get(hit.first())))) {
            if (!CodeKinds.warning(cameo, lower.get(hit.first())) || !triggers.warnedOfForce(lower, hit)) {
                return act;
            }
            cameo = "138";
        }
        if (mutual) {
            mutual(cameo, sources, trigger, sentence, negated, hypothetical, background, true, out);
            return act;
        }
        int pairs = 0;
        for (Actor s : sources) {
            boolean coded = false;
            String code = ForceCodes.underArmedFire(ForceCodes.bombing(protestOf(cameo, lower, hit, s), lower, hit, s),
                    lower, hit, s);
            for (Actor t : targets) {
                if (s == null || !Objects.equals(s.getCountry(), t.getCountry())
                        || !Objects.equals(s.getSector(), t.getSector()) || !s.getText().equals(t.getText())) {
                    coded = true;
                    if (pairs++ < MAX_PAIRS) {
                        out.add(event(ForceCodes.byWhomOnWhom(code, s, t), s, t, trigger, sentence, negated,
                                hypothetical, background));
                    }
                }
            }
            if (!coded) {
                out.add(event(ForceCodes.byWhomOnWhom(code, s, null), s, null, trigger, sentence, negated,
                        hypothetical, background));
            }
        }
        return act;
    }

    /**
     * A support verb, or a verb of the CAMEO dictionary that only its own default code makes an event, is read with
     * what follows it: a trigger noun as its object is that noun's event ("held phone calls", "mounted its
     * long-threatened invasion", "staged a demonstration"), a trigger verb its complement after "to" ("led efforts to
     * talk Trump out of"): the hand-written trigger within four words after it (after a support verb also an object
     * noun, within five words: a verb with a meaning of its own keeps it, "prevented the demonstration"), before a
     * preposition or the end of the clause, else the verb itself; a verb of rejection or reduced relations keeps its
     * own code over an object of cooperation ("failed to agree" is a refusal, no agreement).
     */
    private VerbLexicon.Hit lightVerb(List<Token> tokens, List<String> lower, VerbLexicon.Hit hit) {
        boolean support = hit.phrase().cameo().equals(VerbLexicon.SUPPORT);
        int from = Words.afterTime(lower, hit.last() + 1);   // "decided on Friday to ban"
        int limit = from + (support ? 4 : 3);   // the last token in reach
        for (int i = from; i < Math.min(lower.size(), limit + 1); i++) {
            if (joinsWord(lower, i)) {
                limit++;   // the reach counts words: "tightened the U.S. trade embargo" ("u . s ." is one)
            }
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",") || OBJECT_STOPS.contains(lower.get(i))) {
                break;
            }
            VerbLexicon.Hit gerund = support && i == hit.last() + 1 && lower.get(i).endsWith("ing")
                    ? lexicon.match(lower, i) : null;
            if (gerund != null && !gerund.phrase().noun() && Cameo.plover(gerund.phrase().cameo()) != null) {
                // "began investigating allegations of war crimes": the act begun, not a war
                return gerund.asVerbOver(hit.first(), gerund.last(), gerund.verbLast());
            }
            VerbLexicon.Hit object = lower.get(i - 1).equals("-") || Character.isUpperCase(tokens.get(i).text()
                    .charAt(0)) ? null : support ? lexicon.matchObject(lower, i) : lexicon.matchHand(lower, i);
            if (object == null && !support) {
                VerbLexicon.Hit noun = lexicon.matchObject(lower, i);
                object = noun != null && refines(noun.phrase().cameo(), hit.phrase().cameo()) ? noun : null;
            }
            if (object != null && !support && Cameo.plover(object.phrase().cameo()) != null
                    && (undoing(hit.phrase().cameo()) && Cameo.cooperative(object.phrase().cameo())
                    || hit.phrase().cameo().startsWith("11"))) {
                // "failed to agree", "suspended talks": the verb undoes what its object names; "dismissed U.S.
                // threats": disapproves of them
                return hit;
            }
            if (object != null && (object.phrase().noun() || lower.get(i - 1).equals("to"))) {
                return object.asVerbOver(hit.first(), object.last(),
                        object.phrase().noun() ? object.last() : object.verbLast());
            }
        }
        return hit;
    }

    /** Whether the token at {@code i} only joins a word: an abbreviation's dot and letter, a hyphen and after it. */
    private static boolean joinsWord(List<String> lower, int i) {
        return Words.abbreviationDot(lower, i) || lower.get(i).equals("-")
                || i > 0 && (lower.get(i - 1).equals("-") || Words.abbreviationDot(lower, i - 1)
                && lower.get(i).length() == 1 && Character.isLetter(lower.get(i).charAt(0)));
    }

    /**
     * Who summoned someone, named after "to" right after a summoning verb ("was summoned to the Egyptian foreign
     * ministry"); else null.
     */
    private static Group summonedTo(List<String> lower, List<Group> groups, VerbLexicon.Hit hit) {
        int to = hit.verbLast() + 1;
        return lower.get(hit.first()).startsWith("summon") && to < lower.size() && lower.get(to).equals("to")
                ? Targets.after(lower, groups, to, 4) : null;
    }

    /**
     * The act a passive verb's subject names, where that subject is an event noun and no actor: "sanctions were
     * imposed", "aid was delivered" — the noun's code over the verb's words; else null.
     */
    private VerbLexicon.Hit passiveOfAct(List<String> lower, VerbLexicon.Hit hit) {
        int end = hit.first() - 1;
        while (end > 0 && (Words.BE.contains(lower.get(end)) || Words.adverb(lower.get(end)))) {
            end--;
        }
        if (end == hit.first() - 1) {
            return null;   // no form of "be": no passive of the noun
        }
        for (int start = Math.max(0, end - 2); start <= end; start++) {
            VerbLexicon.Hit noun = lexicon.matchObject(lower, start);
            if (noun != null && noun.last() == end && Cameo.plover(noun.phrase().cameo()) != null
                    && !noun.phrase().cameo().equals(VerbLexicon.SUPPORT)) {
                return noun.asVerbOver(hit.first(), hit.last(), hit.verbLast());
            }
        }
        return null;
    }

    /**
     * A vote for an act is the act, which the body decides so: "voted on Sunday to reject the UN resolution", "voted
     * unanimously to impose an arms embargo" — the trigger after "to" within five words of the vote, in its clause;
     * else the vote itself.
     */
    private VerbLexicon.Hit votedAct(List<Token> tokens, List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.verbLast() + 1; i + 1 < lower.size() && i <= hit.verbLast() + 5; i++) {
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                break;
            }
            if (lower.get(i).equals("to")) {
                VerbLexicon.Hit act = lexicon.match(lower, i + 1);
                if (act != null && (act.derived() && !act.pattern() || act.phrase().cameo()
                        .equals(VerbLexicon.SUPPORT))) {
                    act = lightVerb(tokens, lower, act);   // "voted to send troops", "to impose an arms embargo"
                }
                boolean event = act != null && !act.phrase().cameo().equals(VerbLexicon.SUPPORT)
                        && !act.phrase().noun() && Cameo.plover(act.phrase().cameo()) != null;
                return event ? act.asVerbOver(hit.first(), act.last(), act.verbLast()) : hit;
            }
        }
        return hit;
    }

    /**
     * Whether an object noun names the act of a verb better than the verb's own code: one of material conflict
     * refines the general code of its category (170 coerce, 190 fight: "imposed an arms embargo" is 163); a verbal
     * code keeps its meaning ("prevented the demonstration" is no protest).
     */
    private static boolean refines(String object, String verb) {
        if (Cameo.plover(object) == null
                || Cameo.quad(object) != Cameo.quad(verb)) {
            return false;
        }
        return Cameo.quad(verb) == 4 && verb.length() == 3 && verb.endsWith("0");
    }

    /**
     * Whether the trigger only arranges the act after it ({@link Modifiers#arranged}): "was prepared to talk", "is set
     * to sign" — the act is the verb after "to".
     */
    private static boolean arranging(List<String> lower, VerbLexicon.Hit hit) {
        int t = hit.first();
        return hit.last() == t && t + 2 < lower.size() && Modifiers.arranged(lower, t + 2);
    }

    /** Whether {@code cameo} refuses or cuts cooperation: a rejection (12) or a reduction of relations (16). */
    private static boolean undoing(String cameo) {
        return cameo.startsWith("12") || cameo.startsWith("16");
    }

    /**
     * Whether a show or use of force is done jointly with a partner rather than on an adversary: "joint" in the
     * trigger, the code one of mobilising or fighting (15, 19), and no one named it is done to, only a place where, or
     * a partner after "with" ("held joint exercises with Malaysia"; not "launched a joint offensive against rebels").
     */
    private static boolean jointForce(List<String> lower, VerbLexicon.Hit hit, String cameo, Group target) {
        if (!cameo.startsWith("15") && !cameo.startsWith("19")
                || !lower.subList(hit.first(), hit.last() + 1).contains("joint")) {
            return false;
        }
        return target == null || Actors.venue(target, lower)
                || target.first() > 0 && lower.get(target.first() - 1).equals("with");
    }

    /**
     * Who an act named as a noun was done to, named after "of" before its agent's "by" ("the killing of three Israeli
     * soldiers by Hezbollah"); null when "of" names what the act is ("threats of military action by the U.S.").
     */
    private static Group actedOn(List<String> lower, List<Group> groups, VerbLexicon.Hit hit, Group agent) {
        if (!Voice.nominalBy(lower, hit.last())) {
            return null;
        }
        Group object = Targets.after(lower, groups, hit.last() + 1, 3);
        return object != null && object.last() < agent.first() ? object : null;
    }

    /**
     * Whether an -ing form is a noun: with a modifier between it and its article ("a suicide bombing killed 20", "the
     * heavy fighting": an article two words before, a lower-case word between that is no actor, adverb or verb form,
     * or a name of a town or region: "the Kurdistan fighting"),
     * or first in the sentence before a preposition ("Shelling by government forces killed", "Fighting in Grozny").
     */
    private static boolean modifiedGerund(List<Token> tokens, List<String> lower, List<Unit> units,
                                          VerbLexicon.Hit hit) {
        int t = hit.first();
        if (hit.last() != t || !lower.get(t).endsWith("ing")) {
            return false;
        }
        if (t == 0) {
            return lower.size() > 1 && GERUND_SUBJECT_AFTER.contains(lower.get(1));
        }
        if (t < 2 || !ARTICLES.contains(lower.get(t - 2))) {
            return false;
        }
        String between = lower.get(t - 1);
        if (Character.isUpperCase(tokens.get(t - 1).text().charAt(0))) {
            // "the Kurdistan fighting", "the Managua meeting": where, a town or region ("the Israeli shelling", "the
            // Philippines joining Brazil" are others)
            List<Unit> modifier = units.stream().filter(u -> u.first() <= t - 1 && u.last() >= t - 1).toList();
            return !modifier.isEmpty() && modifier.stream().allMatch(u -> u.place() && !u.demonym()
                    && u.entityId() != null && !u.entityId().startsWith("country:"));
        }
        return Character.isLetter(between.charAt(0))
                && !ActorMentions.coveredBy(units, t - 1) && !Words.adverb(between) && !between.endsWith("ing")
                && !between.endsWith("ed") && !Words.FUNCTION.contains(between);
    }

    /** A verb form after a determiner is a noun ("the fighting", "by telephone" is no verb at all). */
    private static VerbLexicon.Hit asNoun(VerbLexicon.Hit hit) {
        return hit.recoded(hit.phrase().cameo(), true);
    }

    /**
     * The trigger's code as what it acts on and what comes before it make it: an attack on words or plans is criticism
     * (111), a disapproval or a blocking of a plan a rejection (120), a protest prevented a restriction of freedom
     * (1721), a threat of military force 138, force prepared a show of force (150), a defence of words or plans a
     * verbal one (052), an intent to meet in the past tense a meeting or visit.
     */
    private static String refined(List<String> lower, VerbLexicon.Hit hit) {
        String cameo = verbalAttack(lower, hit) ? "111" : hit.phrase().cameo();
        if ((cameo.equals("110") || PREVENTING.contains(lower.get(hit.first()))) && !hit.phrase().noun()
                && objectIn(lower, hit, PROPOSALS)) {
            return "120";   // "dismissed the plan", "blocked a U.S. request": a proposal turned down
        }
        if (PREVENTING.contains(lower.get(hit.first())) && objectIn(lower, hit, PROTESTS)) {
            return "1721";   // "police prevented the demonstration": a restriction of political freedom
        }
        if (cameo.startsWith("13") && hit.last() + 2 < lower.size() && lower.get(hit.last() + 1).equals("of")
                && THREATENED_FORCE.contains(lower.get(hit.last() + 2))) {
            return "138";
        }
        if (Cameo.quad(cameo) == 4 && Modifiers.prepared(lower, hit.first())) {
            return "150";   // "prepared to resume shelling": a show of force
        }
        String word = lower.get(hit.first());
        if (word.startsWith("defend") && !hit.phrase().noun() && objectIn(lower, hit, VERBAL_OBJECTS)) {
            return "052";   // "defended Beijing's policy on Tibet": a defence in words
        }
        if (cameo.equals("036") && hit.derived() && (word.endsWith("ed") || PAST_OF_MEETING.containsKey(word))) {
            return PAST_OF_MEETING.getOrDefault(word, "042");   // "met at Panmunjom", "flew to Cairo for talks"
        }
        return cameo;
    }

    /**
     * Whether an attack is made on words or plans, a criticism (CAMEO 111): "attacked the textile act", "attacked the
     * government's budget proposal" — the object's head noun, within four words of the verb, is one of
     * {@link #VERBAL_OBJECTS}.
     */
    private static boolean verbalAttack(List<String> lower, VerbLexicon.Hit hit) {
        return !hit.phrase().noun() && lower.get(hit.first()).startsWith("attack")
                && objectIn(lower, hit, VERBAL_OBJECTS);
    }

    /**
     * Whether "execute" carries out a plan, a deal or an order rather than putting someone to death ("executed the
     * agreement", "will execute the oil deal"): no act.
     */
    private static boolean carriedOut(List<String> lower, VerbLexicon.Hit hit) {
        return lower.get(hit.first()).startsWith("execut")
                && (objectIn(lower, hit, VERBAL_OBJECTS) || objectIn(lower, hit, UNDERTAKINGS));
    }

    /**
     * Whether the head of the verb's object, within five words and before a preposition, is one of {@code nouns}; a
     * dotted abbreviation is not counted ("blocked a U.S. request").
     */
    private static boolean objectIn(List<String> lower, VerbLexicon.Hit hit, Set<String> nouns) {
        int end = hit.verbLast() + 6;
        for (int i = hit.verbLast() + 1; i < Math.min(lower.size(), end); i++) {
            String word = lower.get(i);
            if (Words.abbreviationDot(lower, i)) {
                end += 2;       // the letter and its full stop: "u . s ." takes no place
                continue;
            }
            if (nouns.contains(word)) {
                return true;
            }
            if (Words.isBoundary(lower, i) || word.equals(",")
                    || Words.PREPOSITIONS.contains(word) && !word.equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word is a form of "protest" or "demonstrate". */
    private static boolean protest(String word) {
        return word.startsWith("protest") || word.startsWith("demonstrat");
    }

    /**
     * A government's or an international organisation's protest is an official complaint (CAMEO 114), not a
     * demonstration: "France protested to Iran over the arrest", "Jordan sent a protest note to Syria" (the
     * dictionary's 14x and 053 for "protest"); one by civilians, the opposition, workers or the press is a protest
     * whatever the dictionary's pattern reads ("students protested against the arrests" is no support, 053, for those
     * arrested; "gathered to protest" no disapproval, 110).
     */
    private static String protestOf(String cameo, List<String> lower, VerbLexicon.Hit hit, Actor source) {
        String word = lower.get(hit.first());
        for (int i = hit.first() + 1; i <= hit.last() && !protest(word); i++) {
            if (protest(lower.get(i)) && !lower.get(i - 1).equals("in")) {
                word = lower.get(i);   // "sent a protest note", "gathered to protest"; not "resigned in protest"
            }
        }
        String sector = source == null ? null : source.getSector();
        if (word.startsWith("protest") && ("GOV".equals(sector) || "IGO".equals(sector))) {
            return "114";
        }
        boolean crowd = sector != null && Agents.civil(sector);
        return crowd && protest(word) && !cameo.startsWith("14")
                && !cameo.startsWith("13")
                ? "140" : cameo;   // "students protested against the arrests": no support for the arrested (053)
    }

    /** Cooperation announced, not yet done, is intent to cooperate (CAMEO 03): "will support", "would meet". */
    private static String intent(String cameo) {
        return switch (cameo.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "032";
            case "07" -> "033";
            case "08" -> "035";
            default -> "031";
        };
    }

    private static Event event(String cameo, Actor source, Actor target, Mention trigger, int sentence,
                               boolean negated, boolean hypothetical, boolean background) {
        return Event.newBuilder()
                .setType(Cameo.plover(cameo))
                .setCameo(cameo)
                .setSource(source)
                .setTarget(target)
                .setTrigger(trigger)
                .setSentence(sentence)
                .setQuad(Cameo.quad(cameo))
                .setIntensity(Cameo.goldstein(cameo))
                .setNegated(negated)
                .setHypothetical(hypothetical)
                .setBackground(background)
                .build();
    }
}
