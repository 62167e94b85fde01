package io.dateline.enrich.event;

/**
 * A CAMEO code → the kind of act the coder treats apart: a meeting or warning (no event without a second party),
 * a reciprocal act, an act of custody, a deployment of one's own forces, an act that addresses someone.
 */
final class CodeKinds {

    private CodeKinds() {
    }

    /**
     * Whether the code is a meeting or consultation (CAMEO 04, and 036, intent to meet), which takes two parties: with
     * only one named ("the ICO board will meet", "a crisis meeting"), it is no event between actors.
     */
    static boolean meeting(String cameo) {
        return cameo.startsWith("04") || cameo.equals("036");
    }

    /**
     * Whether the trigger is a warning (not a threat), which without anyone warned is a forecast, not an event
     * between actors: "China warned that the harvest will suffer from drought", "officials issued warnings of tidal
     * waves".
     */
    static boolean warning(String cameo, String trigger) {
        return cameo.startsWith("13") && (trigger.startsWith("warn") || trigger.startsWith("caution")
                || trigger.equals("issued") || trigger.equals("issues"));
    }

    /**
     * Whether actors joined as one subject act on each other: "India and Pakistan clashed", "met", "held a summit in
     * Moscow" (044, a meeting at a third place), "agreed", "exchanged" or "signed" anything; not "the U.S. and Japan
     * pledged" (both pledge, to someone else).
     */
    static boolean reciprocal(String cameo, String verb) {
        return cameo.equals("040") || cameo.equals("041") || cameo.equals("044") || cameo.equals("046")
                || cameo.equals("050") || cameo.equals("054") || cameo.equals("057") || cameo.startsWith("06")
                || cameo.startsWith("19")
                || cameo.startsWith("03") && verb.startsWith("agree") || exchange(verb);
    }

    /**
     * Whether the verb passes something between the actors joined as its subject, which is then no target: "exchanged
     * prisoners", "swapped", "signed an agreement", "traded accusations".
     */
    static boolean exchange(String verb) {
        return verb.startsWith("exchang") || verb.startsWith("swap") || verb.startsWith("sign")
                || verb.equals("traded");
    }

    /**
     * Whether a code takes a person into custody or out of the country: an arrest or detention (CAMEO 173), an
     * expulsion or deportation (174) or an abduction (181), which a passive reports without naming who did it as
     * often as with ("five activists were arrested in Cairo"); unlike force (killed, injured) none of them happens in
     * an accident, and unlike the rest of coercion (held, forced, banned, imposed) none is an idiom of trade.
     */
    static boolean custody(String cameo) {
        return cameo.startsWith("173") || cameo.startsWith("174") || cameo.startsWith("181");
    }

    /**
     * Whether the code frees people (CAMEO 084, 0841: release, return persons), which a passive reports without naming
     * who did it as often as an arrest: "two French hostages were freed in Mali".
     */
    static boolean release(String cameo) {
        return cameo.equals("084") || cameo.equals("0841");
    }

    /**
     * Whether the code is one of moving one's own forces: a show of force (CAMEO 15), sending troops, arms or
     * peacekeepers to help (062, 072, 074, 0334).
     */
    static boolean deploys(String cameo) {
        return cameo.startsWith("15") || cameo.equals("062") || cameo.equals("072") || cameo.equals("074")
                || cameo.equals("0334");
    }

    /**
     * Whether the code hands someone over to another party, who is its target rather than the one handed over: judicial
     * cooperation (063: "extradited a suspect to France", "handed over the suspects to Britain").
     */
    static boolean handsOver(String cameo) {
        return cameo.equals("063");
    }

    /** Codes whose complement clause names who is addressed: "demanded that Israel ...", "warned that Iran ...". */
    static boolean addressed(String cameo) {
        return cameo.startsWith("02") || cameo.startsWith("10") || cameo.startsWith("13");
    }
}
