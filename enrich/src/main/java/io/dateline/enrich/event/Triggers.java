package io.dateline.enrich.event;

import io.dateline.avro.Actor;
import io.dateline.enrich.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A hit of the {@link VerbLexicon} → whether it is an event trigger where it stands: a verb in a verb's position, no
 * modifier of an agent noun, no change of quantity; and whether an event without a party stands all the same (a
 * warning of force, a passive act of force in named violence, conflict by forces or crowds). Thread-safe.
 */
final class Triggers {

    /** Objects of market dealings ({@link #trade}). */
    private static final Set<String> BIDDING = Set.of("bid", "bids", "bonus", "bonuses", "tender", "tenders",
            "licences", "licenses", "cargo", "cargoes");
    /** Verbs of going, sending or meeting, whose purpose after "to" is an act of its own ({@link #purposeOfVisit}). */
    private static final Set<String> JOURNEYS = Set.of("arrived", "arrives", "flew", "flies", "travelled",
            "traveled", "travels", "went", "goes", "visited", "visits", "met", "meets", "sent", "sends", "dispatched",
            "summoned", "summons", "returned", "headed");
    /** Words of force in what a warning says will come ({@link #warnedOfForce}). */
    private static final Set<String> FORCE_WORDS = Set.of("force", "retaliate", "retaliation", "war", "military",
            "strike", "consequences");
    /** After a verb and before a number, a change of quantity: "rose to 5 pct". */
    private static final Set<String> CHANGE = Set.of("to", "by", "from");
    /** Measures of goods and money after a number: "5,000 tonnes", "2 mln dlrs". */
    private static final Set<String> MEASURES = Set.of("tonnes", "tons", "tonne", "ton", "bushels", "barrels", "bales",
            "bags", "dlrs", "dollars", "pounds", "ounces", "kilos", "kilograms", "head", "mln", "million", "billion",
            "pct", "shares", "lots", "cars", "units");
    /** Articles and possessives, after which a participle is an adjective ({@link #participleAdjective}). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
            "these", "those");
    /** Titles of office a trigger word can modify as agent words do: "trade representative", "peace negotiator". */
    private static final Set<String> OFFICES = Set.of("representative", "representatives", "negotiator",
            "negotiators");
    /** Words of broadcasting, which news services monitor ({@link #monitoredBroadcast}). */
    private static final Set<String> BROADCASTS = Set.of("radio", "television", "tv", "broadcast", "broadcasts",
            "agency", "station", "service", "newspaper", "daily", "reports", "report");
    /** News services that monitor foreign broadcasts ({@link #monitoredBroadcast}). */
    private static final Set<String> MONITORS = Set.of("bbc", "reuters", "afp", "ap", "tass", "xinhua", "fbis");
    /** Words other than auxiliaries and adverbs in -ly that stand before a verb ({@link #afterAdjective}). */
    private static final Set<String> STAND_BEFORE_VERBS = Set.of("cannot", "longer", "still", "even", "never",
            "together", "soon", "just", "only", "already", "yet");
    /**
     * What an amount of money given or taken between states is ({@link #trade}): aid, a loan, a credit, a tariff or a
     * fine ("imposed 100 pct tariffs on Japanese goods").
     */
    private static final Set<String> FINANCING = Set.of("aid", "relief", "assistance", "loan", "loans", "credit",
            "credits", "grant", "grants", "package", "facility", "tariff", "tariffs", "duty", "duties", "levy",
            "levies", "tax", "taxes", "sanctions", "fines");
    /** Verbs that move goods to someone ({@link #relief}). */
    /** Nouns of what one may or can do ({@link #ability}). */
    private static final Set<String> ABILITIES = Set.of("right", "power", "powers", "authority", "ability",
            "capacity", "means", "freedom");
    /** Statement verbs that can pass a verdict ({@link #verdict}). */
    private static final Set<String> VERDICT_STATEMENTS = Set.of("said", "says", "saying", "declared", "stated");
    /** Words of a verdict of wrongdoing after "be": "was an act of aggression", "is illegal". */
    private static final Set<String> VERDICTS = Set.of("aggression", "violation", "violations", "provocation",
            "crime", "crimes", "massacre", "terrorism", "interference", "breach", "outrage", "atrocity", "atrocities",
            "genocide", "unacceptable", "illegal", "barbaric", "criminal");
    private static final Set<String> DELIVERING = VerbLexicon.inflected(List.of("send", "deliver", "ship", "airlift",
            "donate", "dispatch", "distribute", "hand", "drop", "airdrop", "fly", "rush", "truck", "give"), "sent",
            "handed", "flew", "flown", "gave", "given");
    /** Goods of relief, as the head of the object ({@link #relief}). */
    private static final Set<String> RELIEF = Set.of("food", "medicine", "medicines", "blankets", "tents",
            "vaccines");
    /** Kinds of relief and the goods they name: "medical supplies", "relief goods" ({@link #relief}). */
    private static final Set<String> RELIEF_KINDS = Set.of("medical", "relief", "humanitarian", "emergency");
    private static final Set<String> RELIEF_GOODS = Set.of("supplies", "goods", "aid", "assistance", "equipment");
    /** Social ills, fought without force ({@link #socialIll}). */
    private static final Set<String> ILLS = Set.of("corruption", "poverty", "crime", "drugs", "drug", "inflation",
            "unemployment", "disease", "diseases", "aids", "malaria", "hunger", "illiteracy", "racism", "graft");
    /** Words between a verb of fighting and the ill it fights: "fight against the scourge of corruption". */
    private static final Set<String> SKIPPED_BEFORE_ILL = Set.of("against", "the", "scourge", "of", "rampant",
            "widespread", "endemic");
    /** Verbs of consent, an agreement in itself whatever it agrees to ({@link #promisedForce}). */
    private static final Set<String> CONSENTING = VerbLexicon.inflected(List.of("agree", "accept", "consent"));
    /** Forms of "tell" and "want", which with an actor and "to" after them order ({@link #toldTo}). */
    private static final Set<String> ORDERING = Set.of("told", "tells", "tell", "want", "wants", "wanted");
    private static final Set<String> RULE = Set.of("rule", "ruled", "rules", "ruling");
    /** Forms of "leave" ({@link #forcesLeaving}). */
    private static final Set<String> LEAVING = Set.of("left", "leave", "leaves", "leaving");
    /** Stems of verbs of gathering ({@link #gatheredToProtest}). */
    private static final List<String> GATHERING = List.of("gather", "assembl", "converg");
    /** Stems of a gathering's purpose that make it a protest ({@link #gatheredToProtest}). */
    private static final List<String> PROTESTING = List.of("protest", "demonstrat", "demand", "denounc", "condemn");
    /** Before the violence a passive act of force came in or came by: "killed in a bombing", "killed by a car bomb". */
    private static final Set<String> IN_VIOLENCE = Set.of("in", "during", "by");
    private static final Set<String> FIRING = VerbLexicon.inflected(List.of("fire"));
    /** Who is fired from a post ({@link #dismissal}), beside the agent words of government and force. */
    private static final Set<String> OFFICERS = Set.of("chief", "head", "director", "governor", "aide", "aides",
            "adviser", "advisers", "staff", "generals", "deputy");
    private static final List<String> REPROACHES = List.of("accus", "critici", "condemn", "blam", "denounc",
            "censur");
    /** Participles of violence someone used, never an accident's: "was shot", "were kidnapped". */
    private static final Set<String> DONE_BY_SOMEONE = Set.of("shot", "stabbed", "kidnapped", "abducted",
            "assassinated", "tortured", "lynched", "ambushed", "beheaded", "massacred", "gunned", "hacked", "bombed",
            "shelled", "attacked", "raided");

    /** Weapons that go off by someone's hand ({@link #weaponUsed}), never by accident as a blast or a fire can. */
    private static final Set<String> WEAPONS = Set.of("bomb", "bombs", "grenade", "grenades", "rocket", "rockets",
            "mortar", "mortars", "landmine", "landmines", "missile", "missiles", "shell", "shells", "explosives");

    /** Nouns of armed violence that can be the subject of its harm ({@link #weaponUsed}); no accident is among them. */
    private static final Set<String> VIOLENCE = Set.of("bombing", "bombings", "attack", "attacks", "strike",
            "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "ambush", "offensive", "fighting",
            "clashes", "gunfire", "shooting", "bombardment", "assault", "barrage", "crossfire");

    private final VerbLexicon lexicon;

    Triggers(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether a CAMEO verb stands where a verb can: an inflected form (-ed, -ing, irregular past), or a bare or -s form
     * right after its subject (an actor, a pronoun) or an auxiliary, modal, "to" or negation; elsewhere, and first in
     * the sentence, a bare form is most often a noun ("trade", "stock", "issues", "Volunteers from Britain").
     */
    static boolean verbPosition(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        if (!hit.bare()) {
            return true;
        }
        if (hit.first() == 0) {
            return false;   // "Volunteers from Britain delivered aid": opening the sentence, the subject
        }
        int previous = hit.first() - 1;
        if (previous > 0 && Words.adverb(lower.get(previous)) && !ActorMentions.coveredBy(units, previous)) {
            previous--;                         // "police violently evicted"
        }
        String before = lower.get(previous);
        if (Words.VERB_BEFORE.contains(before) || Words.MODALS.contains(before) || Words.NEGATIONS.contains(before)) {
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
     * Whether a hand-written verb in its bare form (the lemma: not "promised", "shot") follows a lower-case word
     * that can stand before no verb — no actor, pronoun, auxiliary, modal, negation, function word or adverb: an
     * adjective, and the form a noun ("produced scant promise of", "a firm pledge").
     */
    boolean afterAdjective(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (t == 0 || !lexicon.lemma(lower.get(t))) {
            return false;
        }
        String before = lower.get(t - 1);
        // (after a plural or a possessive: "partners refuse", "Taiwan's request" read as before)
        return Character.isLetter(before.charAt(0)) && !before.endsWith("s") && !STAND_BEFORE_VERBS.contains(before)
                && !ActorMentions.coveredBy(units, t - 1)
                && !Words.VERB_BEFORE.contains(before) && !Words.MODALS.contains(before)
                && !Words.NEGATIONS.contains(before) && !Words.FUNCTION.contains(before)
                && !Words.DETERMINERS.contains(before) && !Words.adverb(before) && !Words.BE.contains(before);
    }

    /**
     * Whether what a verb of sending or handing over moves is relief ("sent 20 tonnes of food to Afghanistan", "handed
     * over medicine to the Red Crescent", "dropped food and medicine to besieged enclaves"): a word of relief goods in
     * its object, before "to" or the clause's end — aid (073), not trade or the hand-over of suspects.
     */
    static boolean relief(List<String> lower, VerbLexicon.Hit hit) {
        if (!DELIVERING.contains(lower.get(hit.first()))) {
            return false;
        }
        for (int i = hit.last() + 1; i < lower.size() && i <= hit.last() + 8; i++) {
            String word = lower.get(i);
            if (word.equals("to") || word.equals(",") || Words.isBoundary(lower, i) || Words.BE.contains(word)
                    || Words.MODALS.contains(word) || Words.NEGATIONS.contains(word)) {
                return false;   // (a verb of its own: "ships here were not running out of food")
            }
            String next = i + 1 < lower.size() ? lower.get(i + 1) : ".";
            boolean head = !Character.isLetter(next.charAt(0)) || next.equals("to") || next.equals("for")
                    || next.equals("and");
            if (RELIEF.contains(word) && head || RELIEF_KINDS.contains(word) && RELIEF_GOODS.contains(next)) {
                return true;   // "food to", "medicine for", "medical supplies"; not "food production"
            }
        }
        return false;
    }

    /**
     * Whether a verb of fighting has a social ill as its object, which is fought without force: "pledged to fight
     * corruption", "battle against poverty" (the dictionary knows crime, racism and extremism this way).
     */
    static boolean socialIll(List<String> lower, VerbLexicon.Hit hit) {
        int object = hit.last() + 1;
        while (object < lower.size() && SKIPPED_BEFORE_ILL.contains(lower.get(object))) {
            object++;
        }
        return hit.phrase().cameo().startsWith("19") && object < lower.size() && ILLS.contains(lower.get(object));
    }

    /**
     * Whether a broadcast is monitored, as news services monitor foreign radio, not a watch kept on anyone: "Tehran
     * radio, monitored by the BBC", "a broadcast monitored in London", "IRNA, monitored in London" — "monitored"
     * right after a word of broadcasting, or after a comma that follows one, or after a comma with "in" or "by" a
     * news service after it (not "the elections, monitored by European observers").
     */
    static boolean monitoredBroadcast(List<String> lower, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (!lower.get(t).equals("monitored") || t == 0) {
            return false;
        }
        boolean comma = lower.get(t - 1).equals(",");
        int before = comma ? t - 2 : t - 1;
        if (before >= 0 && BROADCASTS.contains(lower.get(before))) {
            return true;
        }
        if (!comma || t + 2 >= lower.size()) {
            return false;
        }
        int agent = lower.get(t + 2).equals("the") ? t + 3 : t + 2;
        return lower.get(t + 1).equals("in") || lower.get(t + 1).equals("by") && agent < lower.size()
                && (MONITORS.contains(lower.get(agent)) || lower.get(agent).equals("british")
                && agent + 1 < lower.size() && lower.get(agent + 1).equals("broadcasting"));
    }

    /**
     * Whether "fired" dismisses someone rather than shooting: an office or force named as its object before any
     * preposition ("fired his defence minister", "fired the army chief"; not "fired on protesters", "fired rockets
     * at army posts").
     */
    static boolean dismissal(List<String> lower, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (!FIRING.contains(lower.get(t)) || hit.last() != t) {
            return false;
        }
        for (int i = t + 1; i < Math.min(lower.size(), t + 5); i++) {
            String word = lower.get(i);
            if ((Words.FUNCTION.contains(word) || Words.PREPOSITIONS.contains(word)) && !ARTICLES.contains(word)
                    || word.equals(",")) {
                return false;
            }
            String sector = Agents.sector(word);
            if ("GOV".equals(sector) || "MIL".equals(sector) || "COP".equals(sector) || OFFICERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a disapproval (CAMEO 11) is a reproach someone made, named or not ("was accused of", "has been
     * condemned for"): accused, criticised, condemned, blamed, denounced, censured — not "disappointed by".
     */
    static boolean reproach(List<String> lower, VerbLexicon.Hit hit) {
        String word = lower.get(hit.first());
        return hit.phrase().cameo().startsWith("11") && REPROACHES.stream().anyMatch(word::startsWith);
    }

    /**
     * Whether a past participle of the CAMEO dictionary stands as an adjective: after an article or possessive (and an
     * adverb: "a widely respected leader") and before a word ("reseed the damaged acreage", "a disputed election",
     * "their frozen assets", "Haiti's exiled president") or after a preposition other than "to" ("dozens of suspected
     * militants"), or first in the sentence or a clause before an agent ("Armed men attacked", "when suspected
     * guerrillas ambushed") — no act.
     */
    static boolean participleAdjective(List<String> lower, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (!hit.derived() || !lower.get(t).endsWith("ed") || t + 1 >= lower.size()
                || hit.last() != t && (t == 0 || !ARTICLES.contains(lower.get(t - 1)))) {
            return false;   // a pattern read on from an article's participle is no verb either: "the ousted president"
        }
        if (t == 0 || lower.get(t - 1).equals(",") || Words.SUBORDINATORS.contains(lower.get(t - 1))) {
            // "Armed men attacked", "Masked gunmen seized", "Suspected drug traffickers killed", "Late on Sunday,
            // armed Islamic militants massacred", "when suspected separatist guerrillas ambushed"
            return Agents.sector(lower, t + 1) != null || t + 2 < lower.size() && Agents.sector(lower, t + 2) != null
                    && Character.isLetter(lower.get(t + 1).charAt(0)) && !Words.FUNCTION.contains(lower.get(t + 1));
        }
        String before = lower.get(t - 1);
        if (Words.adverb(before) && t >= 2 && ARTICLES.contains(lower.get(t - 2))
                && Character.isLetter(lower.get(t + 1).charAt(0))) {
            return true;   // "a widely respected leader", "the newly elected president"
        }
        if (hit.last() == t && (Words.PREPOSITIONS.contains(before) || before.equals("of")) && !before.equals("to")
                && Character.isLetter(lower.get(t + 1).charAt(0)) && !Words.FUNCTION.contains(lower.get(t + 1))) {
            return true;   // "rounded up dozens of suspected militants": no verb stands after a preposition
        }
        boolean possessive = t >= 2 && before.equals("s") && lower.get(t - 2).equals("'");
        return (ARTICLES.contains(before) || possessive) && Character.isLowerCase(lower.get(t + 1).charAt(0))
                && Character.isLetter(lower.get(t + 1).charAt(0)) && !Words.FUNCTION.contains(lower.get(t + 1));
    }

    /**
     * Whether a past participle describes the noun before it, a relative clause cut short: "returned land confiscated
     * under the Pinochet regime", "freed soldiers captured in Darfur" — an -ed form (no pattern read on) right after a
     * lower-case noun that is no actor and the object of a past or reporting verb before it, and a preposition other
     * than "to" after it ("agreed to" is a verb); no act of the sentence's subject ("farmers protested against" is).
     */
    static boolean reducedRelative(List<Token> tokens, List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (hit.last() != t || t < 2 || !lower.get(t).endsWith("ed") || t + 1 >= lower.size()
                || !Words.PREPOSITIONS.contains(lower.get(t + 1)) || lower.get(t + 1).equals("to")) {
            return false;
        }
        String noun = lower.get(t - 1);
        return verbBefore(lower, t - 1) && Character.isLowerCase(tokens.get(t - 1).text().charAt(0))
                && !ActorMentions.coveredBy(units, t - 1)
                && Agents.sector(noun) == null && !Words.FUNCTION.contains(noun) && !Words.BE.contains(noun)
                && !Words.adverb(noun) && !noun.endsWith("ed") && !noun.endsWith("ing")
                && !Words.PRONOUNS.contains(noun) && !Words.MODALS.contains(noun);
    }

    /** Whether a past or reporting verb stands before {@code token} in its clause: the noun there is its object. */
    private static boolean verbBefore(List<String> lower, int token) {
        for (int i = token - 1; i >= 0 && !Words.isBoundary(lower, i); i--) {
            if (lower.get(i).endsWith("ed") || Words.REPORTS.contains(lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an -ing form opening the sentence describes the actor named right after it, as an adjective: "Visiting
     * Chinese Premier Zhu Rongji and his Indian counterpart signed", "Rioting students clashed with police" — not a
     * fronted clause, which a comma closes right after its object ("Meeting Premier Zhu, Vajpayee said").
     */
    static boolean openingParticiple(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        if (hit.first() != 0 || hit.last() != 0 || !lower.get(0).endsWith("ing")) {
            return false;
        }
        for (Unit unit : units) {
            if (unit.first() == 1) {
                return unit.last() + 1 >= lower.size() || !lower.get(unit.last() + 1).equals(",");
            }
        }
        return false;
    }

    /**
     * Whether a bare trigger word modifies the agent noun after it, after a demonym, a country's name, a determiner or
     * a preposition (not the infinitive's "to", but "according to"), or first in the sentence: "Belarusian riot
     * police", "the protest leaders", "U.S. trade officials", "U.S. trade representative Clayton Yeutter", "according
     * to aid workers" — a noun compound, no verb.
     */
    static boolean modifiesAgent(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (hit.last() != t || t + 1 >= lower.size()
                || Agents.sector(lower.get(t + 1)) == null && !OFFICES.contains(lower.get(t + 1))) {
            return false;
        }
        String word = lower.get(t);
        return !word.endsWith("ed") && !word.endsWith("ing") && (t == 0 || ActorMentions.afterDemonym(units, t)
                || afterCountryName(units, t) || Words.DETERMINERS.contains(lower.get(t - 1))
                || Words.PREPOSITIONS.contains(lower.get(t - 1)) && !lower.get(t - 1).equals("to")
                || t >= 2 && lower.get(t - 2).equals("according"));
    }

    /**
     * Whether the name of a country (no agent word, no plural, no person: "U.S.", "Iran"; not "Kohl met President
     * Mitterrand") ends right before a token.
     */
    private static boolean afterCountryName(List<Unit> units, int token) {
        for (Unit unit : units) {
            if (unit.last() == token - 1 && !unit.agent() && unit.country() != null && !unit.text().endsWith("s")
                    && !unit.person()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the "to" stands when a telling or wish is an order: "told Damascus to stop supporting the PKK", "tells the
     * rebels to lay down their arms", "wants Japan to apologise" — "tell" or "want" and an actor group right after it,
     * then "to" and a lower-case word (not "told reporters that", "told Reuters on Monday"); else -1.
     */
    static int toldTo(List<String> lower, List<Group> groups, int t) {
        if (!ORDERING.contains(lower.get(t))) {
            return -1;
        }
        for (Group group : groups) {
            if (group.first() == t + 1 || group.first() == t + 2 && lower.get(t + 1).equals("the")) {
                int to = Words.afterTime(lower, group.last() + 1);   // "told Iraq on Sunday to comply"
                return to + 1 < lower.size() && lower.get(to).equals("to")
                        && Character.isLetter(lower.get(to + 1).charAt(0)) ? to : -1;
            }
        }
        return -1;
    }

    /**
     * Whether forces leave a place: a form of "leave" right after an agent of the military ("the last Serb troops left
     * Kosovo", "Russian forces are leaving Chechnya") and a place or actor after it — a withdrawal, which the CAMEO
     * dictionary's verbs of leaving (no code) do not say.
     */
    static boolean forcesLeaving(List<String> lower, List<Unit> units, int t) {
        if (!LEAVING.contains(lower.get(t)) || t + 1 >= lower.size()) {
            return false;
        }
        int before = t - 1;
        while (before > 0 && (Words.BE.contains(lower.get(before)) || Words.HAVE.contains(lower.get(before)))) {
            before--;
        }
        boolean forces = false;
        boolean place = false;
        for (Unit unit : units) {
            forces |= unit.last() == before && "MIL".equals(unit.sector());
            place |= unit.first() == t + 1 && unit.place();
        }
        return forces && place;
    }

    /**
     * Force that someone would not rule out: "did not rule out military action against Georgia" — "rule out" after a
     * negation and an act of material conflict as its object within four words: a threat (138), read from the object
     * on (the negation before it denies the reluctance, {@link Modifiers#reluctanceDenied}); else null.
     */
    VerbLexicon.Hit forceNotRuledOut(List<String> lower, int t) {
        if (!RULE.contains(lower.get(t)) || t + 2 >= lower.size() || !lower.get(t + 1).equals("out")
                || !Words.negatedBefore(lower, t, 3)) {
            return null;
        }
        for (int i = t + 2; i < Math.min(lower.size(), t + 6); i++) {
            VerbLexicon.Hit object = lexicon.matchObject(lower, i);
            if (object != null && Cameo.plover(object.phrase().cameo()) != null
                    && Cameo.quad(object.phrase().cameo()) == 4) {
                return object.asVerbOver(i, object.last(), object.last()).recoded("138", false);
            }
        }
        return null;
    }

    /**
     * Whether a statement at {@code t} passes a verdict of wrongdoing on what its clause names: "Syria said Israel's
     * raid was a flagrant act of aggression", "Egypt said the air strike was a violation of international law" — a
     * statement verb, then in its clause a form of "be" and within five words after it, no participle or subordinator
     * between, a word of verdict: a criticism (111) of the actor the clause names.
     */
    static boolean verdict(List<String> lower, int t) {
        if (!VERDICT_STATEMENTS.contains(lower.get(t))) {
            return false;
        }
        for (int i = t + 1; i < lower.size() && i <= t + 15; i++) {
            String word = lower.get(i);
            if (word.equals(",") || Words.isBoundary(lower, i) && !(i == t + 1 && word.equals("that"))) {
                return false;
            }
            if (Words.BE.contains(word) && i > t + 1) {
                for (int j = i + 1; j < lower.size() && j <= i + 5; j++) {
                    String next = lower.get(j);
                    if (VERDICTS.contains(next)) {
                        return true;
                    }
                    if (next.equals(",") || Words.isBoundary(lower, j) || next.endsWith("ed")
                            || Words.SUBORDINATORS.contains(next)) {
                        return false;   // "would be considered if the violations continue": no verdict
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a body suspends a state: a form of "suspend" and a state's name right after it ("the Commonwealth
     * suspended Pakistan", "the African Union suspended Mauritania"), its membership — the dictionary's "suspend"
     * carries no code of its own.
     */
    static boolean stateSuspended(List<String> lower, List<Unit> units, int t) {
        return lower.get(t).startsWith("suspend") && units.stream().anyMatch(u -> u.first() == t + 1 && u.place()
                && !u.agent() && StoryEscalation.isCountry(u.country()));
    }

    /**
     * A change of quantity, not an act: "declined to 117,600 tons", "rose by 5 pct" — a number right after the verb
     * and "to", "by" or "from"; not "paid compensation to 67 nationals", where the verb has its object first.
     */
    static boolean quantity(List<String> lower, VerbLexicon.Hit hit) {
        int preposition = hit.first() + 1;
        return preposition + 1 < lower.size() && CHANGE.contains(lower.get(preposition))
                && Character.isDigit(lower.get(preposition + 1).charAt(0));
    }

    /**
     * Whether the verb is what someone has the right, power or means to do, no act: "retains the right to veto
     * legislation", "has the capacity to strike", "a runway capable of taking bombers".
     */
    static boolean ability(List<String> lower, VerbLexicon.Hit hit) {
        int t = hit.first();
        return t >= 2 && (lower.get(t - 1).equals("to") && ABILITIES.contains(lower.get(t - 2))
                || lower.get(t - 1).equals("of") && lower.get(t - 2).endsWith("capable"));
    }

    /**
     * "Going to" before a verb, which says when, not where: "is going to attack" (the verb after it is the trigger).
     */
    static boolean future(List<String> lower, VerbLexicon.Hit hit) {
        int next = hit.last() + 1;
        return lower.get(hit.first()).equals("going") && lower.get(hit.last()).equals("to") && next < lower.size()
                && Character.isLetter(lower.get(next).charAt(0)) && !Words.DETERMINERS.contains(lower.get(next))
                && !Words.FUNCTION.contains(lower.get(next));
    }

    /**
     * A trade, not an act between states: an act whose object is an amount of goods or money ("Japan bought 5,000
     * tonnes of Canadian rapeseed", "sold 2 mln dlrs of bonds", "will remove about 700 mln dlrs of debt") — a number
     * within three words of the verb, followed by a measure, unless aid or a sanction is counted ("granted 500 mln dlrs
     * in aid", "froze 2 mln dlrs of assets") or the amount is aid, a loan, a credit or a tariff ("backed a 500 mln dlr
     * loan", "imposed 100 pct tariffs"); or an agreement, cooperation or grant whose object is a bid, a tender or a
     * licence of the market ("accepted bids for export bonuses", "granted export licences").
     */
    static boolean trade(List<String> lower, VerbLexicon.Hit hit) {
        String cameo = hit.phrase().cameo();
        boolean amounts = !cameo.startsWith("07") && !cameo.startsWith("16");   // (aid and sanctions are counted)
        boolean bidding = cameo.startsWith("03") || cameo.startsWith("06") || cameo.startsWith("07");
        for (int i = hit.verbLast() + 1; i < lower.size() && i <= hit.verbLast() + 3; i++) {
            if (amounts && i + 1 < lower.size() && Character.isDigit(lower.get(i).charAt(0))) {
                return MEASURES.contains(lower.get(i + 1)) && !Words.anyBetween(lower, i + 2,
                        Math.min(lower.size(), i + 6), FINANCING);   // "$50 million in emergency relief", "a loan"
            }
            if (bidding && BIDDING.contains(lower.get(i))) {
                return true;   // "the CCC accepted a bonus offer", "granted export licences"
            }
        }
        return false;
    }

    /**
     * Whether a protest is the purpose of another act: "shunned work to protest against", "gathered to demonstrate" —
     * after "to", a protest or demonstration (CAMEO 140, 141; not the dictionary's other codes of 14, whose verbs
     * include "grapple with"); not after a threat or promise ("threatened to take to the streets" is the threat).
     */
    static boolean purposeOfProtest(List<String> lower, VerbLexicon.Hit hit) {
        String cameo = hit.phrase().cameo();
        return hit.first() > 0 && lower.get(hit.first() - 1).equals("to")
                && (cameo.startsWith("140") || cameo.startsWith("141")) && !Modifiers.promised(lower, hit.first());
    }

    /**
     * Whether an act is the purpose of a journey or meeting just coded: "arrived in Rwanda to look into reports",
     * "flew to Cairo to discuss", "summoned the ambassador to protest" — a trigger of the hand-written phrases or
     * the dictionary's patterns right after "to", the verb before it one of going, sending or meeting, as a verb
     * ("the meeting failed to agree" and "the time had come to" are none).
     */
    static boolean purposeOfVisit(List<String> lower, VerbLexicon.Hit hit, Act previous) {
        if (previous == null || hit.first() == 0 || !lower.get(hit.first() - 1).equals("to")
                || hit.derived() && !hit.pattern()) {
            return false;
        }
        return JOURNEYS.contains(lower.get(previous.verb()));
    }

    /**
     * Whether a gathering (CAMEO 040: "gathered", "assembled", "converged") is a demonstration, told by its purpose
     * later in the clause: "to" and a protest ("gathered outside the embassy to protest the visit", "to demand"),
     * "in protest" or "against".
     */
    boolean gatheredToProtest(List<String> lower, VerbLexicon.Hit hit) {
        String verb = lower.get(hit.first());
        if (!hit.phrase().cameo().equals("040") || !GATHERING.stream().anyMatch(verb::startsWith)) {
            return false;
        }
        return Words.inClause(lower, hit.last() + 1, hit.last() + 10, i -> lower.get(i).equals("against")
                || i + 1 < lower.size() && (lower.get(i).equals("in") && lower.get(i + 1).equals("protest")
                || lower.get(i).equals("to") && protest(lower.get(i + 1), lexicon.match(lower, i + 1))));
    }

    /** Whether a verb after "to" is a protest's purpose: a protest (CAMEO 14) or a word of protest or demand. */
    private static boolean protest(String word, VerbLexicon.Hit hit) {
        return hit != null && hit.phrase().cameo().startsWith("14") || PROTESTING.stream().anyMatch(word::startsWith);
    }

    /**
     * Whether "received" takes as its object what another gave, an act named by its noun with "from" after it
     * ("received $500 million in aid from Saudi Arabia"): the noun is the giver's act; "received" no hosting (a
     * visit received is one hosted).
     */
    boolean receivedAct(List<String> lower, VerbLexicon.Hit hit) {
        if (!lower.get(hit.first()).startsWith("receiv") || hit.last() != hit.first()) {
            return false;
        }
        for (int i = hit.last() + 1; i + 1 < lower.size() && i <= hit.last() + 6; i++) {
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
            VerbLexicon.Hit object = lexicon.matchObject(lower, i);
            if (object != null && lower.get(object.last() + 1).equals("from")) {
                return !object.phrase().cameo().startsWith("04");
            }
        }
        return false;
    }

    /**
     * Whether "received" hosts no one: a thing received ("received a telex from Zaire", "a negative response") or a
     * participle after a noun ("figures received by the ISO") — the hosting code (043) needs a visitor, an actor
     * within three words after the verb.
     */
    static boolean receivedThing(List<String> lower, List<Unit> units, VerbLexicon.Hit hit) {
        int t = hit.first();
        if (!lower.get(t).startsWith("receiv") || hit.last() != t || !hit.phrase().cameo().startsWith("04")) {
            return false;
        }
        if (t + 1 < lower.size() && lower.get(t + 1).equals("by")) {
            return true;
        }
        for (Unit unit : units) {
            if (unit.first() > t && unit.first() <= t + 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a promise ("vowed to", "pledged to", "promised to": CAMEO 03) is one of conflict, told by the trigger
     * its "to" introduces, or by the object of a support verb there ("vowed to crack down on", "promised to retaliate",
     * "vowed to continue their armed struggle", as {@code supportRead} reads a support verb with its object): then the
     * complement is the event, a threat ({@link Modifiers#promised}), and the promise itself none. Consent is no
     * promise: "agreed to close the camps" is an agreement.
     */
    boolean promisedForce(List<String> lower, VerbLexicon.Hit hit, UnaryOperator<VerbLexicon.Hit> supportRead) {
        int to = lower.get(hit.last()).equals("to") ? hit.last() : hit.last() + 1;
        if (!hit.phrase().cameo().startsWith("03") || to + 1 >= lower.size() || !lower.get(to).equals("to")
                || CONSENTING.contains(lower.get(hit.first()))) {
            return false;
        }
        VerbLexicon.Hit complement = lexicon.match(lower, to + 1);
        if (complement != null && complement.phrase().cameo().equals(VerbLexicon.SUPPORT)) {
            complement = supportRead.apply(complement);   // "vowed to continue their armed struggle"
        }
        return complement != null && !complement.phrase().cameo().equals(VerbLexicon.SUPPORT)
                && !socialIll(lower, complement)
                && Cameo.plover(complement.phrase().cameo()) != null && Cameo.quad(complement.phrase().cameo()) >= 3;
    }

    /**
     * Whether a passive act of force names the violence it came in, though not who used it: "were killed in a suicide
     * car bombing", "wounded during an air raid", "killed by a roadside bomb" — "in", "during" or "by" right after the
     * verb (a pattern of the dictionary may have read on: "wounded in ~ attack"), and within five words a trigger of
     * material conflict or a weapon (not "killed in the crash": a disaster is no event); or a verb of violence that
     * someone always uses ("was shot", "were kidnapped", "was bombed").
     */
    boolean inViolence(List<Token> tokens, List<String> lower, VerbLexicon.Hit hit) {
        if (Cameo.quad(hit.phrase().cameo()) != 4) {
            return false;
        }
        if (DONE_BY_SOMEONE.contains(lower.get(hit.first()))) {
            return true;
        }
        int preposition = hit.verbLast() + 1;
        if (preposition >= lower.size() || !IN_VIOLENCE.contains(lower.get(preposition))) {
            return false;
        }
        for (int i = preposition + 1; i < Math.min(lower.size(), preposition + 6); i++) {
            if (Words.isBoundary(lower, i) || lower.get(i).equals(",")) {
                return false;
            }
            if (WEAPONS.contains(lower.get(i))) {
                return true;    // "killed by a roadside bomb"
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
     * Where the weapon or the violence stands with which an act of force with no actor before it was done, by someone
     * unnamed or named after "by": a weapon or a noun of armed violence among the eight words before the verb ("a
     * roadside bomb killed three soldiers", "a suicide bombing in Baghdad killed 20 Iraqis", "shelling by government
     * forces killed 12 civilians", "a car bomb exploded outside the embassy, killing 41 people" — over a comma only for
     * a participle); -1 when none does.
     */
    static int weaponUsed(List<String> lower, VerbLexicon.Hit hit) {
        if (Cameo.quad(hit.phrase().cameo()) != 4) {
            return -1;
        }
        boolean participle = lower.get(hit.first()).endsWith("ing");
        for (int i = hit.first() - 1; i >= Math.max(0, hit.first() - 8); i--) {
            String word = lower.get(i);
            if (WEAPONS.contains(word) || VIOLENCE.contains(word)) {
                return i;
            }
            if (Words.isBoundary(lower, i) || word.equals(",") && !participle) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether what a warning says is force to come, which makes it a threat with no one named ("warned that it would
     * respond with force", "warned it will retaliate"): a pronoun and a modal verb in the warning's clause (the
     * warner's own act, not the storm's or the prices'), then within four words an act of material conflict or force,
     * retaliation, war.
     */
    boolean warnedOfForce(List<String> lower, VerbLexicon.Hit hit) {
        for (int i = hit.last() + 1; i < lower.size() && !lower.get(i).equals(";"); i++) {
            if (!Words.MODALS.contains(lower.get(i))) {
                continue;
            }
            if (!Words.PRONOUNS.contains(lower.get(i - 1))) {
                return false;   // "warned that prices would hit records", "that the storm could strike the coast"
            }
            for (int j = i + 1; j < Math.min(lower.size(), i + 5); j++) {
                if (FORCE_WORDS.contains(lower.get(j))) {
                    return true;
                }
                VerbLexicon.Hit act = lexicon.match(lower, j, false);
                if (act != null && Cameo.plover(act.phrase().cameo()) != null
                        && Cameo.quad(act.phrase().cameo()) == 4) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether a bare verb of the CAMEO dictionary with no target is still an event: an arrest, expulsion or abduction
     * ({@link CodeKinds#custody}: "Sudan expelled aid agencies"), by whoever; or one of conflict (verbal or
     * material) done by armed forces, police, rebels, criminals, spies, the opposition or civilians ("the Israeli army
     * forced out 1,000 refugees", "police violently evicted workers"), in a finite form (a participle is as often an
     * adjective: "workers from surrounding countries"). A government, company or organisation with such a verb and no
     * target is mostly trade's idiom ("the ministry took steps", "stocks held by the agency").
     */
    static boolean conflictByForceOrCrowd(VerbLexicon.Hit hit, List<Actor> sources) {
        return CodeKinds.custody(hit.phrase().cameo()) || Cameo.quad(hit.phrase().cameo()) >= 3
                && !hit.phrase().words()[0].endsWith("ing")
                && sources.stream().allMatch(a -> a != null && Agents.forceOrCrowd(a.getSector()));
    }
}
