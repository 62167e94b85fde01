package io.dateline.enrich.event;

import io.dateline.avro.Actor;
import io.dateline.avro.EntityType;
import io.dateline.avro.Event;
import io.dateline.avro.Mention;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Story text, its entity mentions and date → political events, one sentence at a time. A trigger is the longest
 * phrase of the {@link VerbLexicon}; per clause only the first verb trigger counts (a later one is its complement:
 * "threatened to attack" is THREATEN), a noun trigger only with its actor beside it ("Israeli attacks", "threats
 * ... by the United States"). The source is the actor group nearest before a verb (after "by" in the passive), the
 * target the first group after it in its clause; actors are entity mentions with a country and agent words
 * ({@link Agents}), an agent without a country taking the nearest country of the sentence. Modals make an event
 * hypothetical (a threatened force is THREATEN, a promised aid AGREE), negations negated (negated cooperation is
 * REJECT, as CAMEO codes it), the pluperfect, "previously"
 * and a month or year before the story's background. Thread-safe.
 */
public final class EventCoder {

    private static final Set<String> BOUNDARIES = Set.of(";", ":", "that", "which", "who", "whose", "while", "but",
            "though", "although", "amid", "because", "after", "before", "when", "since", "\"", "where");
    private static final Set<String> VENUE = Set.of("in", "at");
    private static final Set<String> PARTIES = Set.of("with", "to", "against", "toward", "towards");
    private static final Set<String> PROMISES = Set.of("vowed", "vow", "vows", "vowing", "pledged", "pledge",
            "pledges", "pledging", "promised", "promise", "promises", "promising", "swore", "swear", "swears");
    /**
     * Words that open an adverbial clause, which may stand between commas inside another clause; a CAMEO pattern
     * does not reach across one either ({@link CameoVerbs}).
     */
    static final Set<String> SUBORDINATORS = Set.of("while", "though", "although", "amid", "because", "after",
            "before", "when", "since", "unless", "if");
    private static final Set<String> JOINERS = Set.of("and", "of", "the", "'", "s", "both", "its", "his", "her",
            "their", "senior", "top", "key", "prime", "-", "foreign", "defence", "defense", "interior", "deputy",
            "chief", "head");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "t", "failed", "fail", "fails");
    private static final Set<String> FORCE_OR_CROWD = Set.of("MIL", "COP", "REB", "UAF", "CRM", "SPY", "OPP",
            "CVL", "LAB");
    /** Words of a time adverbial between a subject's insertion and its verb: "on Sunday", "also", "later". */
    private static final Set<String> WHEN = Set.of("on", "also", "then", "later", "again", "today", "yesterday",
            "tonight", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Sectors of armed actors, whose violence is no protest (CAMEO 145) but force. */
    private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "SPY");
    /** Adjectives that follow the noun they qualify: "troops loyal to", "rebels opposed to", "forces close to". */
    private static final Set<String> POSTNOMINAL = Set.of("loyal", "opposed", "close", "hostile", "friendly",
            "allied", "aligned", "affiliated");
    /** Nouns for the members of what an agent word names, which leave it the actor: "opposition figures". */
    private static final Set<String> MEMBERS = Set.of("figures", "figure", "members", "member", "politicians",
            "politician", "candidates", "candidate", "personnel", "supporters", "loyalists", "activists");
    /** Nouns a plural agent still modifies: "workers union", "forces commander", "protests movement". */
    private static final Set<String> HEADS = Set.of("union", "unions", "movement", "group", "groups", "leader",
            "leaders", "commander", "commanders", "chief", "chiefs", "spokesman", "spokeswoman", "organisation",
            "organization");
    /** What an attack in words is made on ({@link #verbalAttack}). */
    private static final Set<String> VERBAL_OBJECTS = Set.of("plan", "plans", "proposal", "proposals", "policy",
            "policies", "decision", "decisions", "bill", "law", "act", "remarks", "statement", "statements", "report",
            "measure", "measures", "move", "stance", "idea", "budget", "tax", "legislation", "comments", "speech",
            "resolution", "record", "handling", "approach", "reforms", "reform");
    /** Words of force in what a warning says will come ({@link #warnedOfForce}). */
    private static final Set<String> FORCE_WORDS = Set.of("force", "retaliate", "retaliation", "war", "military",
            "strike", "consequences");
    private static final Set<String> OBLIGATIONS = Set.of("must", "should");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "announced",
            "stated", "added", "declared", "insisted");
    /** CAMEO 100: make a demand. */
    private static final String DEMAND = "100";
    private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "denying");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should", "must",
            "plans", "plan", "planned", "planning", "intends", "intend", "intended", "wants", "ready", "readiness",
            "if", "unless", "hoped", "hopes", "proposed", "willing");
    private static final Set<String> STATEMENTS = Set.of("according", "said", "says", "say", "saying", "told",
            "tell", "tells", "added", "adding", "adds", "reported", "reports", "noted", "stated", "announced",
            "estimated", "forecast", "expected", "believed", "thought");
    private static final Set<String> VERB_BEFORE = Set.of("it", "they", "he", "she", "we", "i", "to", "also",
            "did", "does", "do", "has", "have", "had", "then", "now", "jointly", "again", "formally", "officially",
            "publicly", "strongly", "sharply", "firmly", "reportedly", "who", "which", "that");
    private static final Set<String> OBJECT_STOPS = Set.of("over", "for", "about", "against", "on", "in", "at",
            "after", "despite", "during", "from");
    private static final Set<String> FUNCTION = Set.of("and", "or", "of", "in", "on", "at", "to", "for", "with",
            "from", "by", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "who", "which", "that",
            "did", "does", "do", "also", "not", "then", "now", "still", "again", "into", "against", "near", "after",
            "before", "during", "over", "under", "across", "there", "here", "today", "yesterday", "itself",
            "themselves");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "on", "for", "with", "to", "into",
            "against", "across", "throughout", "inside", "outside", "under", "over", "during", "about", "toward",
            "towards", "between", "among", "around", "via", "without", "beyond", "within");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    /** Subjects that stand for the actor before them: "Iran said that it would ...". */
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");
    /** After a verb and before a number, a change of quantity: "rose to 5 pct". */
    private static final Set<String> CHANGE = Set.of("to", "by", "from");
    /** "at least", "at most": a quantity, not the preposition "at". */
    private static final Set<String> QUANTIFIED = Set.of("least", "most");
    /** Before an -ing form, a gerund: "accused the U.S. of violating". */
    private static final Set<String> GERUND_BEFORE = Set.of("of", "for", "by", "from");
    /** Before the violence a passive act of force came in: "killed in a bombing". */
    private static final Set<String> IN_VIOLENCE = Set.of("in", "during");
    /** Words after which a hand-written verb form is a noun: "the fighting", "a meet", "by telephone". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their",
            "his", "her", "our", "any", "no", "of", "by", "for", "in", "on", "with", "after", "from");
    /** Words that open a clause or phrase set off by commas between a subject and its verb. */
    private static final Set<String> INSERTION_OPENERS = Stream.of(Set.of("who", "which", "whose", "the", "a", "an",
            "itself", "themselves", "also", "already", "long", "once"), SUBORDINATORS, PREPOSITIONS)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> EARLIER = Set.of("previously", "earlier", "ago", "formerly");
    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be");
    private static final int MAX_PAIRS = 6;
    /** Nouns of an event whose parties follow "between" ({@link #between}), with their CAMEO codes. */
    private static final Map<String, String> BETWEEN = Map.ofEntries(Map.entry("talks", "040"),
            Map.entry("meeting", "040"), Map.entry("meetings", "040"), Map.entry("consultations", "040"),
            Map.entry("negotiations", "046"), Map.entry("summit", "043"), Map.entry("clashes", "190"),
            Map.entry("clash", "190"), Map.entry("fighting", "190"), Map.entry("battles", "190"),
            Map.entry("hostilities", "190"), Map.entry("war", "190"), Map.entry("skirmishes", "190"));

    private final VerbLexicon lexicon;

    public EventCoder(VerbLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public static EventCoder standard() {
        return new EventCoder(VerbLexicon.standard());
    }

    /** An actor mention: tokens {@code [first, last]} of the sentence. */
    private record Unit(int first, int last, String country, String sector, String text, String entityId,
                        boolean agent, boolean demonym, boolean place) {

        /** A demonym used as an adjective ("Israeli jails"), not as a plural noun ("Palestinians reject"). */
        boolean adjective() {
            return demonym && !text.endsWith("s");
        }
    }

    /**
     * Adjacent units read as one actor phrase ("Saudi Arabia, Qatar and Oman", "Iranian security forces");
     * {@code phrase}: the object of a preposition ("a factory in China", "the city of Harbin in China"), which is no
     * subject.
     */
    /** The subject and object groups of a verb coded in a sentence. */
    private record Act(Group subject, Group object) {
    }

    private record Group(int first, int last, List<Unit> units, boolean phrase) {
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

    private void codeSentence(StoryText text, List<Token> tokens, List<Match> matches, LocalDate date,
                              List<String> storyCountries, int sentence, List<Event> out) {
        List<String> lower = SentenceWords.lowerCase(tokens);
        List<Unit> units = units(text, tokens, lower, matches);
        if (units.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[tokens.size()];
        for (Unit unit : units) {
            for (int i = unit.first(); i <= unit.last(); i++) {
                covered[i] = true;
            }
        }
        List<Group> groups = groups(units, lower);
        String first = firstCountry(units, storyCountries);
        BiFunction<Group, Boolean, String> context = (group, meeting) -> nearestCountry(lower, units, group, first,
                meeting);
        Set<Integer> clausesUsed = new HashSet<>();
        Act previous = null;
        int clause = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (isBoundary(lower, t) || lower.get(t).equals(",")) {
                clause++;
            }
            if (covered[t]) {
                continue;
            }
            if (between(text, tokens, lower, groups, t, first, date, sentence, out)) {
                clausesUsed.add(clause);
                t++;
                continue;
            }
            if (t > 0 && (lower.get(t - 1).equals("-") || Character.isUpperCase(tokens.get(t).text().charAt(0)))) {
                continue;
            }
            VerbLexicon.Hit hit = lexicon.match(lower, t, afterDemonym(units, t));
            if (hit == null || hit.derived() && !verbPosition(lower, units, hit) || quantity(lower, hit)
                    || modifiesAgent(lower, units, hit)
                    || STATEMENTS.contains(lower.get(t)) && !hit.phrase().cameo().equals(VerbLexicon.SUPPORT)) {
                continue;
            }
            if (!hit.derived() && !hit.phrase().noun() && t > 0 && DETERMINERS.contains(lower.get(t - 1))) {
                String word = lower.get(t);
                if (!word.endsWith("ing") && !word.endsWith("ed")) {
                    continue;
                }
                hit = asNoun(hit);
            }
            if (hit.derived() && !hit.pattern() || hit.phrase().cameo().equals(VerbLexicon.SUPPORT)) {
                hit = lightVerb(tokens, lower, hit);
            }
            if (hit.phrase().cameo().equals(VerbLexicon.SUPPORT) || Cameo.plover(hit.phrase().cameo()) == null) {
                t = hit.verbLast();
                continue;
            }
            if (promisedForce(lower, hit)) {
                t = hit.last();
                continue;
            }
            boolean noun = hit.phrase().noun();
            if (!noun && !clausesUsed.add(clause) && !lower.get(t - 1).equals("and") && !purposeOfProtest(lower, hit)) {
                t = hit.last();
                continue;
            }
            Act act = code(text, tokens, lower, groups, hit, first, context, date, sentence, previous, out);
            previous = act != null ? act : previous;
            t = hit.last();
        }
    }

    /**
     * Codes an event named with its parties after "between" ("talks between Israel and Syria", "clashes between
     * Armenian and Azerbaijani forces", "fighting between the army and the rebels") as one between each two of them;
     * whether it did.
     */
    private static boolean between(StoryText text, List<Token> tokens, List<String> lower, List<Group> groups, int t,
                                   String first, LocalDate date, int sentence, List<Event> out) {
        String cameo = BETWEEN.get(lower.get(t));
        if (cameo == null || t + 1 >= lower.size() || !lower.get(t + 1).equals("between")) {
            return false;
        }
        Group parties = after(lower, groups, t + 1, 2);
        List<Actor> actors = parties == null ? List.of() : actors(parties, lower, first);
        if (actors.size() < 2) {
            return false;
        }
        Mention trigger = new Mention(tokens.get(t).begin(), tokens.get(t + 1).end(),
                text.text().substring(tokens.get(t).begin(), tokens.get(t + 1).end()));
        boolean hypothetical = anyBefore(lower, t, 4, MODALS);
        boolean background = background(lower, t, tokens, date);
        int pairs = 0;
        for (Actor a : actors) {
            for (Actor b : actors) {
                if (a != b && pairs++ < MAX_PAIRS) {
                    out.add(event(cameo, a, b, trigger, sentence, false, hypothetical, background));
                }
            }
        }
        return true;
    }

    private Act code(StoryText text, List<Token> tokens, List<String> lower, List<Group> groups,
                     VerbLexicon.Hit hit, String first, BiFunction<Group, Boolean, String> context, LocalDate date,
                     int sentence, Act previous, List<Event> out) {
        boolean noun = hit.phrase().noun();
        Group source;
        Group target;
        Group byAgent = byAgent(lower, groups, hit, noun);
        boolean agentless = false;
        boolean active = false;
        if (byAgent != null) {
            source = byAgent;
            target = before(groups, hit.first(), false);
        } else if (noun) {
            int claim = claimed(lower, hit.first());
            if (claim == -2) {
                return null;
            }
            source = claim >= 0 ? subject(lower, groups, claim) : before(groups, hit.first(), true);
            target = after(lower, groups, hit.last(), 4);
        } else if (passive(lower, hit)) {
            if (!inViolence(tokens, lower, hit) && !custody(hit.phrase().cameo())) {
                return null;
            }
            agentless = true;
            source = null;
            target = subject(lower, groups, hit.first());
        } else {
            active = true;
            source = participle(lower, hit) ? sentenceSubject(groups, hit.first())
                    : continued(lower, hit.first(), previous, subject(lower, groups, hit.first()));
            Group attacker = attackerOfObject(groups, hit);
            target = attacker != null ? attacker : after(lower, groups, hit.verbLast(), Integer.MAX_VALUE);
            if (target != null && deploys(hit.phrase().cameo()) && forces(target)) {
                target = after(lower, groups, target.last(), Integer.MAX_VALUE);
            }
            if (target != null && meeting(hit.phrase().cameo()) && atVenue(target, lower)) {
                target = after(lower, groups, target.last(), Integer.MAX_VALUE);
            }
            if (target == null && addressed(hit.phrase().cameo())) {
                target = after(lower, groups, thatAfter(lower, hit), Integer.MAX_VALUE);
            }
        }
        if (source == null && !agentless || source != null && source.units().stream()
                .allMatch(u -> u.agent() && Agents.counted(lower, u.last()))) {
            return null;   // "300 people died": people counted by number are victims, not actors
        }
        Act act = active ? new Act(source, target) : null;
        Group speaker = active ? obliging(lower, groups, hit, source) : null;
        if (speaker != null) {
            target = source;
            source = speaker;
        }
        List<Actor> sources = agentless ? Collections.singletonList(null)
                : actors(source, lower, domestic(source) ? placeCountry(groups, first) : first);
        List<Actor> targets = target == null ? List.of()
                : actors(target, lower, context.apply(target, meeting(hit.phrase().cameo())));
        if (sources.isEmpty() || agentless && targets.isEmpty()
                || speaker == null && hit.derived() && !hit.pattern() && targets.isEmpty()
                && !conflictByForceOrCrowd(hit, sources)) {
            return act;
        }
        String cameo = speaker != null ? DEMAND : verbalAttack(lower, hit) ? "111" : hit.phrase().cameo();
        if (cameo.startsWith("13") && hit.last() + 2 < lower.size() && lower.get(hit.last() + 1).equals("of")
                && Set.of("military", "force", "war", "attack", "strikes").contains(lower.get(hit.last() + 2))) {
            cameo = "138";
        }
        boolean hypothetical = speaker == null && anyBefore(lower, hit.first(), 4, MODALS) || promised(lower, hit.first())
                || lower.subList(0, hit.first()).contains("if")
                || anyBefore(lower, hit.verbLast() + 1, hit.verbLast() - hit.first(), MODALS)
                || anyBefore(lower, hit.last(), hit.last() - hit.verbLast(), MODALS);
        if (hypothetical && Cameo.quad(cameo) == 4) {
            cameo = "138";
        } else if (hypothetical && Cameo.cooperative(cameo) && !cameo.startsWith("02") && !cameo.startsWith("03")
                && !cameo.startsWith("09")) {
            cameo = intent(cameo);
        }
        boolean negated = anyBefore(lower, hit.first(), 3, NEGATIONS);
        // "did not agree" is a refusal; "did not ask", "did not meet": nothing done
        if (negated && Cameo.cooperative(cameo) && !cameo.startsWith("02") && !cameo.startsWith("04")) {
            cameo = "120";
            negated = false;
        }
        negated |= denied(lower, hit.first());
        boolean background = background(lower, hit.first(), tokens, date);
        Mention trigger = new Mention(tokens.get(hit.first()).begin(), tokens.get(hit.last()).end(),
                text.text().substring(tokens.get(hit.first()).begin(), tokens.get(hit.last()).end()));
        boolean mutual = (targets.isEmpty() || venue(target, lower)) && sources.size() > 1
                && reciprocal(cameo, lower.get(hit.first()));
        if (targets.isEmpty() && !mutual && (meeting(cameo) || warning(cameo, lower.get(hit.first())))) {
            if (!warning(cameo, lower.get(hit.first())) || !warnedOfForce(lower, hit)) {
                return act;
            }
            cameo = "138";
        }
        int pairs = 0;
        if (mutual) {
            for (Actor a : sources) {
                for (Actor b : sources) {
                    if (a != b && pairs++ < MAX_PAIRS) {
                        out.add(event(cameo, a, b, trigger, sentence, negated, hypothetical, background));
                    }
                }
            }
            return act;
        }
        for (Actor s : sources) {
            boolean coded = false;
            for (Actor t : targets) {
                if (s == null || !Objects.equals(s.getCountry(), t.getCountry())
                        || !Objects.equals(s.getSector(), t.getSector()) || !s.getText().equals(t.getText())) {
                    coded = true;
                    if (pairs++ < MAX_PAIRS) {
                        out.add(event(byOrAgainstCivilians(cameo, s, t), s, t, trigger, sentence, negated,
                                hypothetical, background));
                    }
                }
            }
            if (!coded) {
                out.add(event(byOrAgainstCivilians(cameo, s, null), s, null, trigger, sentence, negated,
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
     * preposition or the end of the clause, else the verb itself.
     */
    private VerbLexicon.Hit lightVerb(List<Token> tokens, List<String> lower, VerbLexicon.Hit hit) {
        boolean support = hit.phrase().cameo().equals(VerbLexicon.SUPPORT);
        int reach = support ? 5 : 4;
        for (int i = hit.last() + 1; i < Math.min(lower.size(), hit.last() + reach + 1); i++) {
            if (isBoundary(lower, i) || lower.get(i).equals(",") || OBJECT_STOPS.contains(lower.get(i))) {
                break;
            }
            VerbLexicon.Hit object = lower.get(i - 1).equals("-") || Character.isUpperCase(tokens.get(i).text()
                    .charAt(0)) ? null : support ? lexicon.matchObject(lower, i) : lexicon.matchHand(lower, i);
            if (object == null && !support) {
                VerbLexicon.Hit noun = lexicon.matchObject(lower, i);
                object = noun != null && refines(noun.phrase().cameo(), hit.phrase().cameo()) ? noun : null;
            }
            if (object != null && (object.phrase().noun() || lower.get(i - 1).equals("to"))) {
                return new VerbLexicon.Hit(new VerbLexicon.Phrase(object.phrase().words(), object.phrase().cameo(),
                        false), hit.first(), object.last(), object.phrase().noun() ? object.last()
                        : object.verbLast(), false, false);
            }
        }
        return hit;
    }

    /**
     * Where "responsibility" stands when a trigger noun is what someone claimed responsibility for ("the Houthis
     * claimed responsibility for the attack on ...": the claimant's act, its subject the source); -2 when the
     * responsibility is denied (no act is claimed); else -1.
     */
    private static int claimed(List<String> lower, int noun) {
        for (int i = noun - 1; i >= Math.max(1, noun - 4); i--) {
            if (lower.get(i).equals("responsibility")) {
                return lower.get(i + 1).equals("for") ? DENIALS.contains(lower.get(i - 1)) ? -2 : i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether an object noun names the act of a verb better than the verb's own code: one of material conflict
     * refines the general code of its category (170 coerce, 190 fight: "imposed an arms embargo" is 163); a verbal
     * code keeps its meaning ("prevented the demonstration" is no protest).
     */
    private static boolean refines(String object, String verb) {
        if (object.equals(VerbLexicon.SUPPORT) || Cameo.plover(object) == null || Cameo.quad(object) != Cameo.quad(verb)) {
            return false;
        }
        return Cameo.quad(verb) == 4 && verb.length() == 3 && verb.endsWith("0");
    }

    /** A verb form after a determiner is a noun ("the fighting", "by telephone" is no verb at all). */
    private static VerbLexicon.Hit asNoun(VerbLexicon.Hit hit) {
        VerbLexicon.Phrase phrase = hit.phrase();
        return new VerbLexicon.Hit(new VerbLexicon.Phrase(phrase.words(), phrase.cameo(), true), hit.first(),
                hit.last(), hit.verbLast(), false, false);
    }

    /**
     * Force used by civilians is a violent protest, CAMEO 145 ("protesters stormed the parliament", "youths threw
     * stones"); force used on them is no fight but an assault (PLOVER FIGHT is between armed parties): an attack on
     * refugees, villagers or protesters is CAMEO 180, unconventional violence.
     */
    private static String byOrAgainstCivilians(String cameo, Actor source, Actor target) {
        boolean force = cameo.startsWith("18") || cameo.startsWith("19");
        if (force && source != null && "CVL".equals(source.getSector())) {
            return "145";
        }
        if (cameo.equals("145") && source != null && ARMED.contains(source.getSector())) {
            return target != null && "CVL".equals(target.getSector()) ? "180" : "190";   // "troops clashed with rebels"
        }
        return cameo.startsWith("19") && target != null && "CVL".equals(target.getSector()) ? "180" : cameo;
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

    /**
     * Whether the code is a meeting or consultation (CAMEO 04, and 036, intent to meet), which takes two parties: with
     * only one named ("the ICO board will meet", "a crisis meeting"), it is no event between actors.
     */
    private static boolean meeting(String cameo) {
        return cameo.startsWith("04") || cameo.equals("036");
    }

    /**
     * Whether the trigger is a warning (not a threat), which without anyone warned is a forecast, not an event
     * between actors: "China warned that the harvest will suffer from drought", "officials issued warnings of tidal
     * waves".
     */
    private static boolean warning(String cameo, String trigger) {
        return cameo.startsWith("13") && (trigger.startsWith("warn") || trigger.startsWith("caution")
                || trigger.equals("issued") || trigger.equals("issues"));
    }

    /**
     * Whether what a warning says is force to come, which makes it a threat with no one named ("warned that it would
     * respond with force", "warned it will retaliate"): a pronoun and a modal verb in the warning's clause (the
     * warner's own act, not the storm's or the prices'), then within four words an act of material conflict or force,
     * retaliation, war.
     */
    private boolean warnedOfForce(List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.last() + 1; i < lower.size() && !lower.get(i).equals(";"); i++) {
            if (!MODALS.contains(lower.get(i))) {
                continue;
            }
            if (!PRONOUNS.contains(lower.get(i - 1))) {
                return false;   // "warned that prices would hit records", "that the storm could strike the coast"
            }
            for (int j = i + 1; j < Math.min(lower.size(), i + 5); j++) {
                if (FORCE_WORDS.contains(lower.get(j))) {
                    return true;
                }
                VerbLexicon.Hit act = lexicon.match(lower, j, false);
                if (act != null && Cameo.plover(act.phrase().cameo()) != null && Cameo.quad(act.phrase().cameo()) == 4) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether actors joined as one subject act on each other: "India and Pakistan clashed", "met", "agreed",
     * "exchanged" anything; not "the U.S. and Japan pledged" (both pledge, to someone else).
     */
    private static boolean reciprocal(String cameo, String verb) {
        return cameo.equals("040") || cameo.equals("041") || cameo.equals("046") || cameo.equals("050") || cameo.equals("054")
                || cameo.equals("057") || cameo.startsWith("06")
                || cameo.startsWith("19")
                || cameo.startsWith("03") && verb.startsWith("agree") || verb.startsWith("exchang");
    }

    /**
     * Whether a target is where or about what joined actors acted rather than a party to it: the object of a
     * preposition other than "with", "to", "against" or "toward" ("met in Athens", "agreed to share intelligence on
     * North Korea", "exchanged fire near the Mauritanian border"; not "set up a company with Liberia"): joined actors
     * that meet, sign or fight act on each other.
     */
    /** Whether a group is only the place where something happened: "met in Moscow with Lavrov". */
    private static boolean atVenue(Group group, List<String> lower) {
        String preposition = preposition(lower, group.first());
        return preposition != null && VENUE.contains(preposition) && group.units().stream().allMatch(Unit::place);
    }

    private static boolean venue(Group target, List<String> lower) {
        String preposition = preposition(lower, target.first());
        return preposition != null && !PARTIES.contains(preposition);
    }

    // --- actors

    /**
     * Whether the agent word at {@code i} modifies the noun after it ("military aid", "army reservists", "rebel-held")
     * rather than naming an actor: a lower-case word follows that is no agent, no function word, no verb form
     * (-ed, -ing, a trigger verb of the lexicon), no reporting verb and nothing forces hold ({@link Agents#asset},
     * after an agent that is no civilian: "rebel positions", "a government convoy" are the rebels, the government; a
     * "refugee camp" is no refugee).
     */
    private boolean attributive(List<Token> tokens, List<String> lower, int i) {
        if (i + 1 >= lower.size()) {
            return false;
        }
        String next = lower.get(i + 1);
        if (next.equals("-")) {
            return true;
        }
        if (Agents.asset(next) && !"CVL".equals(Agents.sector(lower.get(i)))) {
            return false;
        }
        if (!Character.isLowerCase(tokens.get(i + 1).text().charAt(0)) || Agents.sector(next) != null
                || FUNCTION.contains(next) || STATEMENTS.contains(next) || MODALS.contains(next)
                || next.endsWith("ed") || next.endsWith("ing") || adverb(next) || POSTNOMINAL.contains(next)) {
            return false;
        }
        if (MEMBERS.contains(next)) {
            return false;   // "opposition figures", "army personnel": the opposition, the army
        }
        if (plural(lower.get(i)) && !HEADS.contains(next)) {
            return false;   // "detained activists ahead of the anniversary": a modifier is singular ("rebel positions")
        }
        VerbLexicon.Hit verb = lexicon.matchHand(lower, i + 1);
        return verb == null || verb.phrase().noun();
    }

    /** Whether an agent word is a plural, which names its actors rather than modifying a noun ("police" is both). */
    private static boolean plural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.equals("forces") && !word.equals("security");
    }

    private List<Unit> units(StoryText text, List<Token> tokens, List<String> lower, List<Match> matches) {
        List<Unit> units = new ArrayList<>();
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        int t = 0;
        for (Match match : matches) {
            String country = match.country() != null ? match.country() : international(match.entity());
            if (match.end() <= begin || match.begin() >= end || country == null) {
                continue;
            }
            while (t < tokens.size() && tokens.get(t).end() <= match.begin()) {
                t++;
            }
            int last = t;
            while (last + 1 < tokens.size() && tokens.get(last + 1).begin() < match.end()) {
                last++;
            }
            if (t < tokens.size()) {
                boolean people = match.form() == Match.Form.DEMONYM && pluralDemonym(match.text());
                units.add(new Unit(t, last, country, people ? "CVL" : sector(match.entity()), match.text(),
                        match.entity().id(), false, match.form() == Match.Form.DEMONYM,
                        match.entity().type() == EntityType.LOCATION && match.form() != Match.Form.DEMONYM));
            }
        }
        List<String> texts = tokens.stream().map(Token::text).toList();
        for (int i = 0; i < tokens.size(); i++) {
            Internationals.Hit hit = coveredBy(units, i) ? null : Internationals.standard().match(texts, lower, i);
            if (hit != null && !coveredBy(units, hit.last())) {
                int first = i;
                units.removeIf(u -> u.first() > first && u.last() <= hit.last());   // "Syrian" in "Free Syrian Army"
                units.add(new Unit(i, hit.last(), hit.code(), hit.sector(), text.text().substring(tokens.get(i)
                        .begin(), tokens.get(hit.last()).end()), null, false, false, false));
                i = hit.last();
            }
        }
        List<Unit> all = new ArrayList<>(units);
        for (int i = 0; i < tokens.size(); i++) {
            String sector = Agents.sector(lower, i);
            if (sector == null || coveredBy(units, i) || attributive(tokens, lower, i)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && Agents.sector(lower.get(last + 1)) != null
                    && !coveredBy(units, last + 1)) {
                last++;
                if ("GOV".equals(sector) && Set.of("MIL", "COP").contains(Agents.sector(lower.get(last)))) {
                    sector = Agents.sector(lower.get(last));   // "government troops", "regime forces"
                }
            }
            all.add(new Unit(i, last, null, sector, text.text().substring(tokens.get(i).begin(),
                    tokens.get(last).end()), null, true, false, false));
            i = last;
        }
        all.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return all;
    }

    /** Whether a demonym is a plural noun, which names people, not their state: "Palestinians", "Kenyans". */
    private static boolean pluralDemonym(String text) {
        return text.length() > 4 && text.endsWith("s") && !text.endsWith("ss");
    }

    /** IGO for an international organisation (the code event data gives those without a country), else null. */
    private static String international(KnownEntity entity) {
        return entity.type() == EntityType.ORGANIZATION && "international".equals(entity.subtype()) ? "IGO" : null;
    }

    /**
     * Whether a CAMEO verb stands where a verb can: an inflected form (-ed, -ing, irregular past), or a bare or -s form
     * right after its subject (an actor, a pronoun) or an auxiliary, modal, "to" or negation; elsewhere a bare form is
     * most often a noun ("trade", "stock", "issues").
     */
    private static boolean verbPosition(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        if (!hit.bare() || hit.first() == 0) {
            return true;
        }
        int previous = hit.first() - 1;
        if (previous > 0 && adverb(lower.get(previous)) && !coveredBy(units, previous)) {
            previous--;                         // "police violently evicted"
        }
        String before = lower.get(previous);
        if (VERB_BEFORE.contains(before) || MODALS.contains(before) || NEGATIONS.contains(before)) {
            return true;
        }
        for (Unit unit : units) {
            if (unit.last() == previous) {
                return !unit.adjective();
            }
        }
        return false;
    }

    /**
     * Whether a bare trigger word modifies the agent noun after it, after a demonym or determiner or first in the
     * sentence: "Belarusian riot police", "the protest leaders" — a noun compound, no verb.
     */
    private static boolean modifiesAgent(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (hit.last() != t || t + 1 >= lower.size() || Agents.sector(lower.get(t + 1)) == null) {
            return false;
        }
        String word = lower.get(t);
        return !word.endsWith("ed") && !word.endsWith("ing")
                && (t == 0 || afterDemonym(units, t) || DETERMINERS.contains(lower.get(t - 1)));
    }

    /** Whether a lower-case word reads as an adverb of manner: "violently", "forcibly", "repeatedly". */
    private static boolean adverb(String word) {
        return word.length() > 5 && word.endsWith("ly");
    }

    /**
     * A change of quantity, not an act: "declined to 117,600 tons", "rose by 5 pct" — a number right after the verb
     * and "to", "by" or "from"; not "paid compensation to 67 nationals", where the verb has its object first.
     */
    private static boolean quantity(List<String> lower, VerbLexicon.Hit hit) {
        int preposition = hit.first() + 1;
        return preposition + 1 < lower.size() && CHANGE.contains(lower.get(preposition))
                && Character.isDigit(lower.get(preposition + 1).charAt(0));
    }

    /** Whether a demonym used as an adjective comes right before a token ("Israeli jails"; not "Palestinians"). */
    private static boolean afterDemonym(List<Unit> units, int token) {
        for (Unit unit : units) {
            if (unit.last() == token - 1 && unit.adjective()) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredBy(List<Unit> units, int token) {
        for (Unit unit : units) {
            if (unit.first() <= token && token <= unit.last()) {
                return true;
            }
        }
        return false;
    }

    /** The sector a mention stands for; none for a region (a state, a province: no actor by itself). */
    private static String sector(KnownEntity entity) {
        if (entity.type() == EntityType.LOCATION && "region".equals(entity.subtype())) {
            return null;
        }
        if (entity.type() == EntityType.ORGANIZATION) {
            String subtype = entity.subtype() == null ? "" : entity.subtype();
            return switch (subtype) {
                case "international" -> "IGO";
                case "media" -> "MED";
                case "company", "exchange" -> "BUS";
                case "armed-group" -> "REB";
                case "military" -> "MIL";
                case "legislature" -> "LEG";
                default -> "GOV";
            };
        }
        return "GOV";
    }

    private static List<Group> groups(List<Unit> units, List<String> lower) {
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
     * Whether the noun phrase ending in an actor mention that starts at {@code first} is the object of a preposition:
     * walking back over its modifiers (at most five words, no verb form, no comma) a preposition comes first; after
     * "of" the phrase it belongs to is tested in turn ("the city of Harbin in China"). "from" is no such preposition:
     * "officials from Iran" are Iranian actors.
     */
    private static boolean prepositional(List<String> lower, int first) {
        return preposition(lower, first) != null;
    }

    /** The preposition whose object is the noun phrase ending in a mention at {@code first} ({@link #prepositional}). */
    private static String preposition(List<String> lower, int first) {
        // "about 200 supporters of ...", "over 1,000 troops", "at least 30 civilians": quantities, no prepositions
        int words = 0;
        for (int i = first - 1; i >= 0 && words < 5; i--) {
            String word = lower.get(i);
            if (PREPOSITIONS.contains(word) && !Character.isDigit(lower.get(i + 1).charAt(0))
                    && !(word.equals("at") && QUANTIFIED.contains(lower.get(i + 1)))) {
                return word;
            }
            if (word.equals("of")) {
                words = 0;
                continue;
            }
            if (word.equals(",") || BOUNDARIES.contains(word) || FUNCTION.contains(word) || MODALS.contains(word)
                    || STATEMENTS.contains(word) || VERB_BEFORE.contains(word) || word.endsWith("ed")
                    || word.endsWith("ing")) {
                return null;
            }
            words++;
        }
        return null;
    }

    private static boolean joined(Unit left, Unit right, List<String> lower) {
        if (officeOf(left, right, lower) || describedAgent(left, right, lower)) {
            return true;
        }
        for (int i = left.last() + 1; i < right.first(); i++) {
            String word = lower.get(i);
            boolean comma = word.equals(",") && i + 1 == right.first() && listGoesOn(lower, right.last() + 1);
            if (!JOINERS.contains(word) && !comma && !modifiedConjunct(lower, i, right)) {
                return false;
            }
        }
        return right.first() - left.last() <= 4;
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
    private static boolean modifiedConjunct(List<String> lower, int i, Unit right) {
        if (!right.agent() || i + 1 != right.first() || !Character.isLetter(lower.get(i).charAt(0))
                || FUNCTION.contains(lower.get(i))) {
            return false;
        }
        int before = i - 1;
        if (before > 0 && lower.get(before).equals("the")) {
            before--;
        }
        return before > 0 && lower.get(before).equals("and");
    }

    /** Whether an agent unit of a group stands as a conjunct of its own: after "and" (then "the", one modifier). */
    private static boolean conjunct(Unit agent, List<String> lower) {
        int before = agent.first() - 1;
        if (before > 0 && modifiedConjunct(lower, before, agent)) {
            return true;
        }
        if (before > 0 && lower.get(before).equals("the")) {
            before--;
        }
        return before > 0 && lower.get(before).equals("and");
    }

    /**
     * One actor per country and sector of the group (a possessor only when nothing else has one); agents take context;
     * an agent conjunct of another sector beside one country's actor is that country's too ("the Sudanese government
     * and southern rebels").
     */
    private static List<Actor> actors(Group group, List<String> lower, String context) {
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
            if (nationality(unit, i + 1 < units.size() ? units.get(i + 1) : null)
                    || officeOf(unit, i + 1 < units.size() ? units.get(i + 1) : null, lower)) {
                Unit person = units.get(++i);
                String role = "IGO".equals(unit.country()) ? "IGO" : person.sector();
                if (seen.add(unit.country() + "/" + role)) {
                    actors.add(new Actor(person.text(), unit.country(), role, null));
                }
                continue;
            }
            if (i + 1 < units.size() && units.get(i + 1).agent() && (units.get(i + 1).first() == unit.last() + 1
                    || ownsAgent || describedAgent(unit, units.get(i + 1), lower))) {
                sector = units.get(i + 1).sector();
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
        if (actors.isEmpty() && context != null && agent != null) {
            actors.add(new Actor(agent.text(), context, agent.sector(), null));
        } else if (actors.size() == 1) {
            Actor only = actors.get(0);
            units.stream().filter(u -> u.agent() && !u.sector().equals(only.getSector()) && conjunct(u, lower))
                    .findFirst()
                    .ifPresent(u -> actors.add(new Actor(u.text(), only.getCountry(), u.sector(), null)));
        }
        return actors;
    }

    /**
     * Whether a demonym names the nationality of the person right after it, whom the gazetteer puts in another
     * country: "Jordanian King Abdullah" is Jordan's king, not the Saudi one of the same name.
     */
    private static boolean nationality(Unit demonym, Unit next) {
        return next != null && demonym.demonym() && next.first() == demonym.last() + 1 && next.entityId() != null
                && next.entityId().startsWith("person:") && !demonym.country().equals(next.country());
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

    /**
     * Whether a demonym and one more word describe the agent after them: "Nicaraguan Contra rebels", "Iraqi Kurdish
     * fighters", "Russian special forces" are one actor of the demonym's country.
     */
    private static boolean describedAgent(Unit demonym, Unit agent, List<String> lower) {
        if (!demonym.demonym() || !agent.agent() || agent.first() != demonym.last() + 2) {
            return false;
        }
        String word = lower.get(demonym.last() + 1);
        return Character.isLetter(word.charAt(0)) && !FUNCTION.contains(word) && !STATEMENTS.contains(word)
                && !MODALS.contains(word) && !word.endsWith("ed") && !word.endsWith("ing");
    }

    /**
     * Whether an international organisation names the office of the person after it ("U.N. Secretary-General Javier
     * Perez de Cuellar", "NATO chief Jens Stoltenberg"): the person acts for it, not for the country the gazetteer
     * gives them; only a title (no comma, no function word) comes between.
     */
    private static boolean officeOf(Unit organisation, Unit next, List<String> lower) {
        if (next == null || !"IGO".equals(organisation.country()) || next.entityId() == null
                || !next.entityId().startsWith("person:") || next.first() - organisation.last() > 5) {
            return false;
        }
        for (int i = organisation.last() + 1; i < next.first(); i++) {
            if (lower.get(i).equals(",") || FUNCTION.contains(lower.get(i)) || isBoundary(lower, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(Unit unit, List<String> lower) {
        return unit.last() + 2 < lower.size() && lower.get(unit.last() + 1).equals("'")
                && lower.get(unit.last() + 2).equals("s");
    }

    private static boolean sameClause(List<String> lower, Unit unit, Group group) {
        int from = Math.min(unit.last(), group.last());
        int to = Math.max(unit.first(), group.first());
        for (int i = from + 1; i < to; i++) {
            if (isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The country an acting agent without one of its own belongs to: the sentence's first, else the story's. */
    private static String firstCountry(List<Unit> units, List<String> storyCountries) {
        for (Unit unit : units) {
            if (unit.country() != null) {
                return unit.country();
            }
        }
        return storyCountries.isEmpty() ? null : storyCountries.get(0);
    }

    /**
     * The country an agent acted upon without one of its own belongs to: that of the nearest mention with a country
     * in its clause ("an offensive against Kurdish militants in Syria"), the earlier one of two as near; else
     * {@code fallback}. Where people meet ({@code meeting}, {@link #meeting}), a place after "in" or "at" is the
     * venue, not the agent's country ("resumed talks with communist rebels in Oslo").
     */
    private static String nearestCountry(List<String> lower, List<Unit> units, Group group, String fallback,
                                         boolean meeting) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Unit unit : units) {
            if (unit.country() == null || unit.agent() || !sameClause(lower, unit, group)
                    || meeting && unit.place() && unit.first() > 0 && VENUE.contains(lower.get(unit.first() - 1))) {
                continue;
            }
            int distance = unit.last() < group.first() ? group.first() - unit.last()
                    : unit.first() > group.last() ? unit.first() - group.last() : 0;
            if (distance < bestDistance) {
                best = unit.country();
                bestDistance = distance;
            }
        }
        return best != null ? best : fallback;
    }

    /**
     * A verb in the passive ("was attacked", "hit by an earthquake") whose agent is no actor: the actor before it is
     * what was acted upon, and who acted is unknown.
     */
    private static boolean passive(List<String> lower, VerbLexicon.Hit hit) {
        if (lower.get(hit.first()).endsWith("ing")) {
            return false;
        }
        int next = hit.verbLast() + 1;
        return anyBefore(lower, hit.first(), 2, BE) || next < lower.size() && lower.get(next).equals("by")
                || listedParticiple(lower, hit.first());
    }

    /**
     * Whether the participle at {@code verb} goes on a list of passive ones: "had been killed, wounded or captured"
     * (back over participles, commas and "and"/"or" to a form of "be").
     */
    private static boolean listedParticiple(List<String> lower, int verb) {
        if (!lower.get(verb).endsWith("ed") || verb == 0 || !Set.of(",", "and", "or").contains(lower.get(verb - 1))) {
            return false;
        }
        for (int i = verb - 1; i >= Math.max(0, verb - 8); i--) {
            String word = lower.get(i);
            if (BE.contains(word)) {
                return true;
            }
            if (!word.equals(",") && !word.equals("and") && !word.equals("or") && !word.endsWith("ed")) {
                return false;
            }
        }
        return false;
    }

    /**
     * An -ing form right after a comma opens a participle clause: "raided the camp, killing two gunmen"; not one of a
     * list of gerunds ("accused the United States of violating human rights, ignoring international law").
     */
    private static boolean participle(List<String> lower, VerbLexicon.Hit hit) {
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

    /** The subject a participle clause shares with its sentence: the first actor before it that is no phrase. */
    private static Group sentenceSubject(List<Group> groups, int token) {
        for (Group group : groups) {
            if (group.last() < token && !group.phrase()) {
                return group;
            }
        }
        return null;
    }

    /**
     * Whether a bare verb of the CAMEO dictionary with no target is still an event: an arrest, expulsion or abduction
     * ({@link #custody}: "Sudan expelled aid agencies"), by whoever; or one of conflict (verbal or
     * material) done by armed forces, police, rebels, criminals, spies, the opposition or civilians ("the Israeli army
     * forced out 1,000 refugees", "police violently evicted workers"), in a finite form (a participle is as often an
     * adjective: "workers from surrounding countries"). A government, company or organisation with such a verb and no
     * target is mostly trade's idiom ("the ministry took steps", "stocks held by the agency").
     */
    private static boolean conflictByForceOrCrowd(VerbLexicon.Hit hit, List<Actor> sources) {
        return custody(hit.phrase().cameo()) || Cameo.quad(hit.phrase().cameo()) >= 3
                && !hit.phrase().words()[0].endsWith("ing")
                && sources.stream().allMatch(a -> a != null && FORCE_OR_CROWD.contains(a.getSector()));
    }

    /**
     * The speaker who lays an obligation on the subject of a reported clause, which makes the report a demand on that
     * subject: "Straw said on Friday that the Sudanese government must reach an agreement", "the rebels announced that
     * Kagame must agree" — "must" or "should" within three words before the verb, a reporting verb at most eight words
     * before the clause's subject, and an actor that reported it; else null.
     */
    private static Group obliging(List<String> lower, List<Group> groups, VerbLexicon.Hit hit, Group subject) {
        if (subject == null || !anyBefore(lower, hit.first(), 3, OBLIGATIONS)) {
            return null;
        }
        for (int r = subject.first() - 1; r >= Math.max(0, subject.first() - 8); r--) {
            if (isBoundary(lower, r) && !lower.get(r).equals("that")) {
                return null;
            }
            if (REPORTING.contains(lower.get(r))) {
                Group speaker = subject(lower, groups, r);
                return speaker != subject ? speaker : null;
            }
        }
        return null;
    }

    /**
     * Whether a protest is the purpose of another act: "shunned work to protest against", "gathered to demonstrate" —
     * after "to", a protest or demonstration (CAMEO 140, 141; not the dictionary's other codes of 14, whose verbs
     * include "grapple with").
     */
    private static boolean purposeOfProtest(List<String> lower, VerbLexicon.Hit hit) {
        String cameo = hit.phrase().cameo();
        return hit.first() > 0 && lower.get(hit.first() - 1).equals("to")
                && (cameo.startsWith("140") || cameo.startsWith("141"));
    }

    /**
     * Whether a code takes a person into custody or out of the country: an arrest or detention (CAMEO 173), an
     * expulsion or deportation (174) or an abduction (181), which a passive reports without naming who did it as
     * often as with ("five activists were arrested in Cairo"); unlike force (killed, injured) none of them happens in
     * an accident, and unlike the rest of coercion (held, forced, banned, imposed) none is an idiom of trade.
     */
    private static boolean custody(String cameo) {
        return cameo.startsWith("173") || cameo.startsWith("174") || cameo.startsWith("181");
    }

    /**
     * Whether a passive act of force names the violence it came in, though not who used it: "were killed in a suicide
     * car bombing", "wounded during an air raid" — "in" or "during" right after the verb, and within five words a
     * trigger of material conflict (not "killed in the crash": a disaster is no event).
     */
    private boolean inViolence(List<Token> tokens, List<String> lower, VerbLexicon.Hit hit) {
        if (Cameo.quad(hit.phrase().cameo()) != 4) {
            return false;
        }
        int preposition = hit.last() + 1;
        if (preposition >= lower.size() || !IN_VIOLENCE.contains(lower.get(preposition))) {
            return false;
        }
        for (int i = preposition + 1; i < Math.min(lower.size(), preposition + 6); i++) {
            if (isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
            VerbLexicon.Hit cause = Character.isUpperCase(tokens.get(i).text().charAt(0)) ? null
                    : lexicon.matchObject(lower, i);
            if (cause != null && !cause.phrase().cameo().equals(VerbLexicon.SUPPORT)
                    && Cameo.quad(cause.phrase().cameo()) == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a verb: the nearest actor group before it in its clause that is no prepositional phrase (else,
     * when there is none, the nearest named organisation, person or agent in one: "members of the Association of
     * African Jurists, a body linked to the OAU, investigated"; never a place), the antecedent of the relative pronoun
     * that opens the clause ("rebels, who rejected"), or the actor a pronoun after a reporting verb's "that" stands for
     * ("the union announced Thursday that it had called off"); null when a clause boundary comes first (an actor of
     * another clause did not act here: "X announced a freeze after the earthquake, which killed 300").
     */
    private static Group subject(List<String> lower, List<Group> groups, int token) {
        if (token >= 2 && PRONOUNS.contains(lower.get(token - 1)) && REPORTING.contains(lower.get(token - 2))) {
            return subject(lower, groups, token - 2);   // "The army, which ..., said it killed": the army's
        }
        Group inserted = beforeInsertion(lower, groups, token);
        if (inserted != null) {
            return inserted;
        }
        Group best = null;
        Group nearestActor = null;
        for (Group group : groups) {
            if (group.last() < token && !group.phrase()) {
                best = group;
            }
            if (group.last() < token && group.units().stream().anyMatch(u -> !u.place() && !u.demonym())) {
                nearestActor = group;
            }
        }
        if (best == null) {
            best = nearestActor;
        }
        int from = best == null ? 0 : best.last() + 1;
        for (int i = token - 1; i >= from; i--) {
            if (isBoundary(lower, i)) {
                String word = lower.get(i);
                if (word.equals("but") && i + 1 < lower.size() && (i + 1 == token || BE.contains(lower.get(i + 1))
                        || VERB_BEFORE.contains(lower.get(i + 1)))) {
                    continue;
                }
                if (word.equals("that") && i + 1 < token && PRONOUNS.contains(lower.get(i + 1))
                        && anyBefore(lower, i, 3, STATEMENTS)) {
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
     * The subject of a finite verb that goes on a list of acts: right after a comma or "and", with no subject of its
     * own or with the previous active verb's object for one, it is that verb's ("Israel bombed Gaza, killed dozens of
     * civilians and destroyed homes": Israel killed and destroyed, not Gaza); else {@code found}. A gerund ("accused
     * the United States of violating rights, ignoring law") is no such verb.
     */
    private static Group continued(List<String> lower, int verb, Act previous, Group found) {
        if (previous == null || verb == 0 || !lower.get(verb - 1).equals(",") && !lower.get(verb - 1).equals("and")
                || lower.get(verb).endsWith("ing")) {
            return found;
        }
        return found == null || found == previous.object() ? previous.subject() : found;
    }

    /**
     * The subject that a clause or phrase set off by commas separates from its verb: "Pakistan, which has long backed
     * the Taliban, condemned ...", "the rebels, who control much of the north, attacked ...", "Hamas, the group that
     * runs Gaza, fired ...", "producers, led by Brazil, met" — the verb right after a comma (or a time adverbial
     * after it: "..., on Sunday launched"), the insertion opened by
     * the comma before it and a relative pronoun, subordinator, preposition, determiner or participle with "by" (not a
     * verb with its object: "stormed the town, looted shops" is a list of acts), and an actor group that is no
     * prepositional phrase ending right before that comma; else null.
     */
    private static Group beforeInsertion(List<String> lower, List<Group> groups, int token) {
        int close = token - 1;
        while (close > 0 && token - close <= 3 && (WHEN.contains(lower.get(close)) || adverb(lower.get(close)))) {
            close--;                            // "backed by U.S. air power, on Sunday launched"
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
                if (!INSERTION_OPENERS.contains(lower.get(open + 1))
                        && !(open + 2 < token && lower.get(open + 2).equals("by"))) {
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
        return SUBORDINATORS.contains(lower.get(boundary)) && boundary > 0 && lower.get(boundary - 1).equals(",")
                && verb - 1 > boundary + 1 && lower.get(verb - 1).equals(",");
    }

    private static Group before(List<Group> groups, int token, boolean adjacent) {
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
     * Whether an attack is made on words or plans, a criticism (CAMEO 111): "attacked the textile act", "attacked the
     * government's budget proposal" — the object's head noun, within four words of the verb, is one of
     * {@link #VERBAL_OBJECTS}.
     */
    private static boolean verbalAttack(List<String> lower, VerbLexicon.Hit hit) {
        if (hit.phrase().noun() || !lower.get(hit.first()).startsWith("attack")) {
            return false;
        }
        for (int i = hit.verbLast() + 1; i < Math.min(lower.size(), hit.verbLast() + 6); i++) {
            String word = lower.get(i);
            if (VERBAL_OBJECTS.contains(word)) {
                return true;
            }
            if (isBoundary(lower, i) || word.equals(",") || PREPOSITIONS.contains(word) && !word.equals("of")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The actor named right before the attack noun a verb acts on: "crushed an Iranian attack", "repelled Russian
     * attacks" are fights with Iran, Russia (whatever place follows); null for other acts.
     */
    private static Group attackerOfObject(List<Group> groups, VerbLexicon.Hit hit) {
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

    /** Whether a group is police or courts named by their kind alone, who act where they are: "police arrested". */
    private static boolean domestic(Group group) {
        return group.units().stream().allMatch(u -> u.agent() && u.country() == null
                && ("COP".equals(u.sector()) || "JUD".equals(u.sector())));
    }

    /** The country of the first place named in the sentence ("in Japan"), else {@code fallback}. */
    private static String placeCountry(List<Group> groups, String fallback) {
        for (Group group : groups) {
            for (Unit unit : group.units()) {
                if (unit.place() && unit.country() != null && !unit.country().equals("IGO")) {
                    return unit.country();
                }
            }
        }
        return fallback;
    }

    /**
     * Whether the code is one of moving one's own forces: a show of force (CAMEO 15), sending troops, arms or
     * peacekeepers to help (062, 072, 074, 0334).
     */
    private static boolean deploys(String cameo) {
        return cameo.startsWith("15") || cameo.equals("062") || cameo.equals("072") || cameo.equals("074")
                || cameo.equals("0334");
    }

    /**
     * Whether a group is forces named by their kind alone ("army reservists", "troops"): what a show of force (CAMEO 15)
     * mobilises or an ally sends ({@link #deploys}), which is the actor's own, not its target ("mobilized army
     * reservists for a war against Iraq", "sent troops to help Iraq").
     */
    private static boolean forces(Group group) {
        return group.units().stream().allMatch(u -> u.agent() && u.country() == null
                && ("MIL".equals(u.sector()) || "COP".equals(u.sector())));
    }

    /**
     * Whether a promise ("vowed to", "pledged to", "promised to": CAMEO 03) is one of conflict, told by the trigger
     * its "to" introduces ("vowed to crack down on", "promised to retaliate"): then the complement is the event, a
     * threat ({@link #promised}), and the promise itself none.
     */
    private boolean promisedForce(List<String> lower, VerbLexicon.Hit hit) {
        int to = lower.get(hit.last()).equals("to") ? hit.last() : hit.last() + 1;
        if (!hit.phrase().cameo().startsWith("03") || to + 1 >= lower.size() || !lower.get(to).equals("to")) {
            return false;
        }
        VerbLexicon.Hit complement = lexicon.match(lower, to + 1);
        return complement != null && !complement.phrase().cameo().equals(VerbLexicon.SUPPORT)
                && Cameo.plover(complement.phrase().cameo()) != null && Cameo.quad(complement.phrase().cameo()) >= 3;
    }

    /**
     * Whether a denial comes right before a gerund trigger: "denied supporting rebels", "denies having attacked" —
     * the act is negated, not refused.
     */
    private static boolean denied(List<String> lower, int token) {
        int before = token - 1;
        if (before > 0 && lower.get(before).equals("having")) {
            before--;
        }
        return before >= 0 && DENIALS.contains(lower.get(before))
                && (lower.get(token).endsWith("ing") || lower.get(token).endsWith("ed"));
    }

    /** Whether a promise and "to" come right before {@code token}: what is promised has not happened. */
    private static boolean promised(List<String> lower, int token) {
        return token >= 2 && lower.get(token - 1).equals("to") && PROMISES.contains(lower.get(token - 2));
    }

    /** Codes whose complement clause names who is addressed: "demanded that Israel ...", "warned that Iran ...". */
    private static boolean addressed(String cameo) {
        return cameo.startsWith("02") || cameo.startsWith("10") || cameo.startsWith("13");
    }

    /** The "that" right after the trigger or a few words on ("its demand today that"), else the trigger's end. */
    private static int thatAfter(List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.last() + 1; i < Math.min(lower.size(), hit.last() + 4); i++) {
            if (lower.get(i).equals("that")) {
                return i;
            }
            if (isBoundary(lower, i) || lower.get(i).equals(",")) {
                break;
            }
        }
        return hit.last();
    }

    /**
     * The first actor group after {@code token} in its clause, within {@code within} tokens; an agent the subject
     * owns ("withdraw its troops from Lebanon") is no target, and the search goes on after it.
     */
    private static Group after(List<String> lower, List<Group> groups, int token, int within) {
        for (Group group : groups) {
            if (group.first() > token) {
                if (group.first() - token > within) {
                    return null;
                }
                for (int i = token + 1; i < group.first(); i++) {
                    if (isBoundary(lower, i) || lower.get(i).equals(",")) {
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

    private Group byAgent(List<String> lower, List<Group> groups, VerbLexicon.Hit hit, boolean noun) {
        if (!noun && !passive(lower, hit)) {
            return null;
        }
        for (int i = hit.verbLast() + 1; i < Math.min(lower.size(), hit.verbLast() + 6); i++) {
            if (isBoundary(lower, i)) {
                return null;
            }
            if (lower.get(i).equals("by")) {
                for (Group group : groups) {
                    if (group.first() == i + 1 || group.first() == i + 2) {
                        return possessorOfNoAgent(lower, group) ? null : group;
                    }
                }
                return null;
            }
        }
        return null;
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
        for (int i = s + 1; i < Math.min(lower.size(), s + 4) && !FUNCTION.contains(lower.get(i)); i++) {
            if (Agents.sector(lower, i) != null || Agents.asset(lower.get(i)) || lexicon.matchHand(lower, i) != null) {
                return false;
            }
        }
        return true;
    }

    // --- modifiers

    private static boolean isBoundary(List<String> lower, int i) {
        String word = lower.get(i);
        return BOUNDARIES.contains(word) || (word.equals("-") && i + 1 < lower.size() && lower.get(i + 1).equals("-"));
    }

    private static boolean anyBefore(List<String> lower, int token, int window, Set<String> words) {
        for (int i = Math.max(0, token - window); i < token; i++) {
            if (words.contains(lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean background(List<String> lower, int trigger, List<Token> tokens, LocalDate date) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - 8); i--) {
            // a pluperfect, unless a report shifted it back: "Ukraine said it had shot down 30 drones overnight"
            if (lower.get(i).equals("had") && !lower.get(trigger).equals("to")) {
                if (!anyBefore(lower, i, 4, STATEMENTS)) {
                    return true;
                }
                break;
            }
        }
        for (int i = 0; i < lower.size(); i++) {
            String word = lower.get(i);
            if (EARLIER.contains(word) || (word.equals("last") && i + 1 < lower.size()
                    && Set.of("year", "month", "week").contains(lower.get(i + 1)))) {
                return true;
            }
            Month month = month(tokens.get(i).text());
            if (month != null && i > 0 && Set.of("in", "during", "since", "the").contains(lower.get(i - 1))
                    && (date == null || month != date.getMonth())) {
                return true;
            }
            if (word.length() == 4 && word.matches("(19|20)\\d\\d") && date != null
                    && Integer.parseInt(word) < date.getYear() && i > 0 && lower.get(i - 1).equals("in")) {
                return true;
            }
        }
        return false;
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
}
