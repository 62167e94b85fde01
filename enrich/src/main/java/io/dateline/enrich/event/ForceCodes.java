package io.dateline.enrich.event;

import io.dateline.avro.Actor;
import java.util.List;
import java.util.Set;

/**
 * The CAMEO code of force by who used it on whom: crowds' force a violent protest, force on civilians an assault,
 * armed parties' a fight, non-state bombs a bombing, "fire" from armed men gunfire. Stateless.
 */
final class ForceCodes {

    /** Violence no crowd uses in protest: abduction, bombing, human shields, assassination (CAMEO 181, 183-186). */
    private static final Set<String> NAMED_VIOLENCE = Set.of("181", "183", "184", "185", "186");
    /** Sectors of a state's own forces and rule ({@link #bombing}). */
    private static final Set<String> STATE_FORCES = Set.of("MIL", "GOV", "COP", "IGO");

    private ForceCodes() {
    }

    /**
     * Force used by civilians, the opposition, workers or the press is a violent protest, CAMEO 145 ("protesters
     * stormed the parliament", "youths threw stones", "opposition supporters occupied the parliament"), unless it is
     * a kind of violence no crowd uses, a kidnapping, a bombing or an assassination ("tribesmen kidnapped four
     * tourists", {@link #NAMED_VIOLENCE}); force used on them is no fight but an assault (PLOVER FIGHT is between
     * armed parties): an attack on refugees, villagers or protesters is CAMEO 180, unconventional violence; and a
     * violent protest by any actor but the opposition, civilians, workers or the press is force ("Israel clashed with
     * Hezbollah": 190); armed men killed by an armed party are a fight.
     */
    static String byWhomOnWhom(String cameo, Actor source, Actor target) {
        boolean force = cameo.startsWith("18") && !NAMED_VIOLENCE.contains(cameo.substring(0, 3))
                || cameo.startsWith("19");
        if (force && source != null && source.getSector() != null && Agents.civil(source.getSector())
                && !cameo.equals("196")) {
            return "145";   // (a ceasefire violated is a party's to a war: "Bosnian Serbs violated the ceasefire")
        }
        if (cameo.equals("145") && source != null && source.getSector() != null && !Agents.civil(source.getSector())) {
            return target != null && "CVL".equals(target.getSector()) ? "180" : "190";   // "troops clashed with rebels"
        }
        if (cameo.equals("180") && armed(source) && armed(target) && target.getText().endsWith("s")) {
            return "190";   // "the army killed 20 guerrillas": a fight between armed parties, not violence on civilians
        }
        return cameo.startsWith("19") && target != null && target.getSector() != null
                && Agents.civil(target.getSector()) ? "180" : cameo;
    }

    /**
     * A bombing by a group of no state's forces ("militants bombed a bus") is CAMEO 183, no air strike (195, which the
     * dictionary gives "bombed").
     */
    static String bombing(String cameo, List<String> lower, VerbLexicon.Hit hit, Actor source) {
        return cameo.equals("195") && lower.get(hit.first()).startsWith("bomb") && source != null
                && source.getSector() != null && !STATE_FORCES.contains(source.getSector()) ? "183" : cameo;
    }

    /**
     * Criticism named as fire ("came under fire", CAMEO 111) is gunfire when armed men fire it: "peacekeepers came
     * under fire from Serb forces" is a fight (190).
     */
    static String underArmedFire(String cameo, List<String> lower, VerbLexicon.Hit hit, Actor source) {
        return cameo.startsWith("11") && lower.get(hit.last()).equals("fire") && armed(source) ? "190" : cameo;
    }

    /** Whether an actor is an armed force or group: military, rebels, unidentified armed forces. */
    private static boolean armed(Actor actor) {
        return actor != null && ("MIL".equals(actor.getSector()) || "REB".equals(actor.getSector())
                || "UAF".equals(actor.getSector()));
    }
}
