package io.dateline.enrich.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Common nouns that name an actor's sector, as event coders code them: "security forces" → COP, "troops" → MIL,
 * "protesters" → CVL, "rebels" → REB, "officials" → GOV, "workers" → LAB. Lower-case single words; "security" before
 * "forces" is handled by {@link #sector} reading "forces". A hand-written table first, then the agents of force of the
 * PETRARCH2 agents dictionary ({@code agents.tsv}: "gunmen" UAF, "kidnappers" CRM, "commandos" MIL).
 */
final class Agents {

    /** Agents who speak or act for the actor after "for" or "of" ({@link #speaksFor}). */
    private static final Set<String> REPRESENTATIVES = Set.of("spokesman", "spokesmen", "spokeswoman",
            "spokeswomen", "spokesperson", "envoy", "envoys", "representative", "representatives", "negotiator",
            "negotiators", "leader", "leaders", "official", "officials", "delegation", "delegates", "delegate");

    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("police", "COP"), Map.entry("policemen", "COP"), Map.entry("gendarmes", "COP"),
            Map.entry("security", "COP"), Map.entry("army", "MIL"), Map.entry("military", "MIL"),
            Map.entry("troops", "MIL"), Map.entry("soldiers", "MIL"), Map.entry("forces", "MIL"),
            Map.entry("navy", "MIL"), Map.entry("warships", "MIL"), Map.entry("warplanes", "MIL"),
            Map.entry("jets", "MIL"), Map.entry("peacekeepers", "MIL"), Map.entry("peacekeeper", "MIL"),
            Map.entry("government", "GOV"), Map.entry("officials", "GOV"),
            Map.entry("official", "GOV"), Map.entry("minister", "GOV"), Map.entry("president", "GOV"),
            Map.entry("leader", "GOV"), Map.entry("leaders", "GOV"), Map.entry("authorities", "GOV"),
            Map.entry("administration", "GOV"), Map.entry("regime", "GOV"), Map.entry("junta", "GOV"),
            Map.entry("cabinet", "GOV"), Map.entry("diplomats", "GOV"), Map.entry("ambassador", "GOV"),
            Map.entry("spokesman", "GOV"), Map.entry("spokeswoman", "GOV"), Map.entry("premier", "GOV"),
            Map.entry("counterpart", "GOV"),
            Map.entry("chancellor", "GOV"), Map.entry("envoy", "GOV"), Map.entry("delegation", "GOV"),
            Map.entry("embassy", "GOV"), Map.entry("ministry", "GOV"), Map.entry("king", "GOV"),
            Map.entry("emir", "GOV"), Map.entry("sultan", "GOV"), Map.entry("monarch", "GOV"),
            Map.entry("ministers", "GOV"), Map.entry("ministries", "GOV"), Map.entry("governor", "GOV"),
            Map.entry("governors", "GOV"), Map.entry("mayor", "GOV"), Map.entry("envoys", "GOV"),
            Map.entry("emissary", "GOV"), Map.entry("ambassadors", "GOV"), Map.entry("consul", "GOV"),
            Map.entry("consulate", "GOV"), Map.entry("dictator", "GOV"), Map.entry("rulers", "GOV"),
            Map.entry("ruler", "GOV"), Map.entry("negotiators", "GOV"), Map.entry("spokesmen", "GOV"),
            Map.entry("parliament", "LEG"), Map.entry("senate", "LEG"), Map.entry("senators", "LEG"),
            Map.entry("senator", "LEG"), Map.entry("legislators", "LEG"), Map.entry("legislator", "LEG"),
            Map.entry("legislature", "LEG"), Map.entry("parliamentarians", "LEG"), Map.entry("mps", "LEG"),
            Map.entry("congressmen", "LEG"), Map.entry("tribunal", "JUD"), Map.entry("magistrate", "JUD"),
            Map.entry("exiles", "OPP"), Map.entry("defectors", "OPP"), Map.entry("reformers", "OPP"),
            Map.entry("gunboat", "MIL"), Map.entry("gunboats", "MIL"), Map.entry("gunships", "MIL"),
            Map.entry("lawmakers", "LEG"), Map.entry("rebels", "REB"), Map.entry("rebel", "REB"),
            Map.entry("insurgents", "REB"), Map.entry("guerrillas", "REB"), Map.entry("militants", "REB"),
            Map.entry("militia", "REB"), Map.entry("militias", "REB"), Map.entry("separatists", "REB"),
            Map.entry("gunmen", "REB"), Map.entry("mujahideen", "REB"), Map.entry("mujahedeen", "REB"),
            Map.entry("mujahedin", "REB"), Map.entry("peasants", "CVL"), Map.entry("terrorists", "REB"),
            Map.entry("militiamen", "REB"), Map.entry("islamists", "REB"), Map.entry("fundamentalists", "REB"),
            Map.entry("extremists", "REB"), Map.entry("jihadists", "REB"), Map.entry("warlords", "REB"),
            Map.entry("warlord", "REB"), Map.entry("loyalists", "REB"), Map.entry("mutineers", "MIL"),
            Map.entry("snipers", "UAF"), Map.entry("sniper", "UAF"), Map.entry("vigilantes", "UAF"),
            Map.entry("factions", "REB"),
            Map.entry("opposition", "OPP"), Map.entry("party", "OPP"), Map.entry("dissidents", "OPP"),
            Map.entry("activists", "OPP"),
            Map.entry("protesters", "CVL"), Map.entry("protestors", "CVL"), Map.entry("demonstrators", "CVL"),
            Map.entry("protests", "CVL"), Map.entry("civilians", "CVL"), Map.entry("students", "CVL"),
            Map.entry("villagers", "CVL"), Map.entry("refugees", "CVL"), Map.entry("residents", "CVL"),
            Map.entry("youths", "CVL"), Map.entry("supporters", "CVL"), Map.entry("migrants", "CVL"),
            Map.entry("settlers", "CVL"), Map.entry("worshippers", "CVL"), Map.entry("pilgrims", "CVL"),
            Map.entry("hostages", "CVL"), Map.entry("detainees", "CVL"), Map.entry("rioters", "CVL"),
            Map.entry("mourners", "CVL"), Map.entry("journalists", "MED"),
            Map.entry("reporters", "MED"), Map.entry("court", "JUD"), Map.entry("judge", "JUD"),
            Map.entry("prosecutor", "JUD"), Map.entry("prosecutors", "JUD"), Map.entry("judges", "JUD"),
            Map.entry("policeman", "COP"), Map.entry("gendarme", "COP"), Map.entry("diplomat", "GOV"),
            Map.entry("lawmaker", "LEG"), Map.entry("dissident", "OPP"), Map.entry("activist", "OPP"),
            Map.entry("protester", "CVL"), Map.entry("protestor", "CVL"), Map.entry("demonstrator", "CVL"),
            Map.entry("civilian", "CVL"), Map.entry("student", "CVL"), Map.entry("villager", "CVL"),
            Map.entry("refugee", "CVL"), Map.entry("migrant", "CVL"), Map.entry("settler", "CVL"),
            Map.entry("hostage", "CVL"), Map.entry("detainee", "CVL"), Map.entry("journalist", "MED"),
            Map.entry("reporter", "MED"), Map.entry("crowd", "CVL"), Map.entry("crowds", "CVL"),
            Map.entry("mob", "CVL"), Map.entry("workers", "LAB"), Map.entry("citizens", "CVL"),
            Map.entry("nationals", "CVL"), Map.entry("tourists", "CVL"),
            Map.entry("strikers", "LAB"), Map.entry("unionists", "LAB"), Map.entry("miners", "LAB"),
            Map.entry("dockers", "LAB"), Map.entry("dockworkers", "LAB"), Map.entry("truckers", "LAB"),
            // callings whose members act together in public life: civilians
            Map.entry("lawyers", "CVL"), Map.entry("doctors", "CVL"), Map.entry("teachers", "CVL"),
            Map.entry("nurses", "CVL"), Map.entry("monks", "CVL"), Map.entry("clerics", "CVL"),
            Map.entry("priests", "CVL"), Map.entry("tribesmen", "CVL"), Map.entry("women", "CVL"),
            Map.entry("lawyer", "CVL"), Map.entry("doctor", "CVL"), Map.entry("teacher", "CVL"),
            Map.entry("monk", "CVL"), Map.entry("cleric", "CVL"), Map.entry("priest", "CVL"),
            // peoples and faiths with no state of their own: civilians of the country in context
            Map.entry("kurds", "CVL"), Map.entry("tamils", "CVL"), Map.entry("tutsis", "CVL"),
            Map.entry("hutus", "CVL"), Map.entry("pashtuns", "CVL"), Map.entry("uighurs", "CVL"),
            Map.entry("uyghurs", "CVL"), Map.entry("rohingya", "CVL"), Map.entry("chechens", "CVL"),
            Map.entry("baluchis", "CVL"), Map.entry("berbers", "CVL"), Map.entry("tuaregs", "CVL"),
            Map.entry("shiites", "CVL"), Map.entry("shias", "CVL"), Map.entry("sunnis", "CVL"),
            Map.entry("muslims", "CVL"), Map.entry("christians", "CVL"), Map.entry("hindus", "CVL"),
            Map.entry("sikhs", "CVL"), Map.entry("copts", "CVL"), Map.entry("alawites", "CVL"),
            Map.entry("yazidis", "CVL"), Map.entry("druze", "CVL"), Map.entry("arabs", "CVL"), Map.entry("jews", "CVL"),
            Map.entry("bedouins", "CVL"));

    private static final Map<String, String> DICTIONARY = dictionary();

    /** The word that ends the name of a body the gazetteer does not hold → the sector it names. */
    private static final Map<String, String> BODIES = Map.ofEntries(Map.entry("front", "REB"),
            Map.entry("army", "REB"), Map.entry("brigade", "REB"), Map.entry("brigades", "REB"),
            Map.entry("militia", "REB"), Map.entry("tigers", "REB"), Map.entry("party", "OPP"),
            Map.entry("movement", "OPP"), Map.entry("alliance", "OPP"), Map.entry("congress", "OPP"),
            Map.entry("coalition", "OPP"), Map.entry("league", "OPP"), Map.entry("committee", "GOV"),
            Map.entry("council", "GOV"), Map.entry("commission", "GOV"), Map.entry("ministry", "GOV"),
            Map.entry("government", "GOV"), Map.entry("court", "JUD"), Map.entry("tribunal", "JUD"),
            Map.entry("assembly", "LEG"), Map.entry("parliament", "LEG"), Map.entry("union", "LAB"),
            Map.entry("confederation", "LAB"), Map.entry("organisation", "OPP"), Map.entry("organization", "OPP"));

    /** What forces hold, which stands for them as a target: "rebel positions", "army convoy", "police station". */
    private static final Set<String> ASSETS = Set.of("position", "positions", "base", "bases", "camp", "camps",
            "stronghold", "strongholds", "headquarters", "post", "posts", "outpost", "outposts", "checkpoint",
            "checkpoints", "convoy", "convoys", "patrol", "patrols", "station", "stations", "barracks", "hideout",
            "hideouts", "unit", "units", "vehicle", "vehicles", "targets", "installations", "facilities", "lines");

    /** Counts of a crowd before "of people": "hundreds of people", "tens of thousands of people". */
    private static final Set<String> CROWDS = Set.of("dozens", "scores", "hundreds", "thousands", "millions",
            "crowds");

    private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "SPY");
    /** Endings of plurals that name people: nationalists, farmers, fishermen, Christians, migrants, residents. */
    private static final List<String> PEOPLE_ENDINGS = List.of("ists", "ers", "men", "ians", "ants", "ents");
    /** What marks men as armed actors: "armed men", "masked men", "unidentified attackers". */
    private static final Set<String> ARMED_BY_LOOK = Set.of("armed", "masked", "unidentified", "unknown", "hooded");
    private static final Set<String> CROWD_OR_POLICE = Set.of("COP", "CRM", "OPP", "CVL", "LAB");
    /** Agent words that also name an act ({@link #alsoAnAct}). */
    private static final Set<String> ACTS = Set.of("opposition", "protests");
    /** Sectors of people who protest: the opposition, civilians, workers, the press. */
    private static final Set<String> CIVIL = Set.of("OPP", "CVL", "LAB", "MED");
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "dozen", "hundred", "thousand");

    private Agents() {
    }

    /**
     * The sector of the word at {@code i}: its own ({@link #sector(String)}), else civilians for "people" counted as
     * a crowd or by number ("thousands of people marched", "killed 12 people"; "people" alone is too common a word
     * to be an actor) and for a crowd word before a past tense ("thousands protested"); unidentified armed forces for
     * "armed men", "masked attackers".
     */
    static String sector(List<String> lower, int i) {
        String sector = sector(lower.get(i));
        if ("OPP".equals(sector) && lower.get(i).equals("party")
                && lower.subList(Math.max(0, i - 4), i).contains("ruling")) {
            return "GOV";   // "the ruling party", "the ruling Liberal Democratic Party"
        }
        if (sector == null && lower.get(i).equals("people") && i >= 1 && (i >= 2 && lower.get(i - 1).equals("of")
                && CROWDS.contains(lower.get(i - 2)) || counted(lower.get(i - 1)))) {
            return "CVL";
        }
        if (sector == null && (lower.get(i).equals("men") || lower.get(i).equals("attackers")) && i > 0
                && ARMED_BY_LOOK.contains(lower.get(i - 1))) {
            return "UAF";   // "armed men", "masked attackers": unidentified armed forces
        }
        if (sector == null && crowdOf(lower, i)) {
            return "CVL";   // "hundreds of Hindu nationalists", "thousands of farmers": a crowd of them
        }
        if (sector == null && CROWDS.contains(lower.get(i)) && i + 1 < lower.size()
                && lower.get(i + 1).endsWith("ed") && (i == 0 || !Character.isDigit(lower.get(i - 1).charAt(0)))) {
            return "CVL";   // "thousands marched", "hundreds protested": a crowd, counted by nobody
        }
        return sector;
    }

    /**
     * Whether the word at {@code i} is a plural that names people ("-ists", "-ers", "-men", "-ians", "-ants", "-ents")
     * after a crowd word and "of", over at most one word between: "hundreds of Hindu nationalists".
     */
    private static boolean crowdOf(List<String> lower, int i) {
        if (i < 2) {
            return false;
        }
        int of = lower.get(i - 1).equals("of") ? i - 1 : i >= 3 && lower.get(i - 2).equals("of") ? i - 2 : -1;
        if (of < 1 || !CROWDS.contains(lower.get(of - 1))) {
            return false;
        }
        return people(lower.get(i));
    }

    /** Whether a word is a plural that names people: nationalists, farmers, fishermen, Christians, residents. */
    static boolean people(String word) {
        for (String ending : PEOPLE_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} is people counted by number ("12 people", "300 people died"): news counts victims
     * so, not actors (a crowd is "thousands of people").
     */
    static boolean counted(List<String> lower, int i) {
        return lower.get(i).equals("people") && i >= 1 && counted(lower.get(i - 1));
    }

    /** Whether a sector is of armed actors (military, rebels, unidentified armed forces, spies): force, not protest. */
    static boolean armed(String sector) {
        return ARMED.contains(sector);
    }

    /** Whether an agent word also names an act: "voiced opposition", "held protests". */
    static boolean alsoAnAct(String word) {
        return ACTS.contains(word);
    }

    /** Whether a sector is of people who protest rather than fight: the opposition, civilians, workers, the press. */
    static boolean civil(String sector) {
        return CIVIL.contains(sector);
    }

    /** Whether a sector is of armed actors, police, criminals or crowds (opposition, civilians, workers). */
    static boolean forceOrCrowd(String sector) {
        return ARMED.contains(sector) || CROWD_OR_POLICE.contains(sector);
    }

    /** Whether a word counts people: "12 people", "1,000 people", "two people". */
    private static boolean counted(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) || NUMBERS.contains(word);
    }

    /**
     * The sector a body's name stands for by the word that ends it ("the Ceasefire Violations Committee" GOV, "the
     * National Liberation Front" REB, "the Umma Party" OPP); null for a company or any other name.
     */
    static String body(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? null : BODIES.get(name.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** The sector a lower-case word names, or null. */
    static String sector(String word) {
        String sector = SECTORS.get(word);
        return sector != null ? sector : DICTIONARY.get(word);
    }

    /** Whether a lower-case word names what forces hold, which stands for them: "rebel positions", "army convoy". */
    static boolean asset(String word) {
        return ASSETS.contains(word);
    }

    private static Map<String, String> dictionary() {
        Map<String, String> nouns = new HashMap<>();
        for (String[] row : EventTables.rows("agents.tsv")) {
            nouns.put(row[0], row[1]);
        }
        return Map.copyOf(nouns);
    }

    /** Whether an agent speaks or acts for the actor after "for" or "of": "a spokesman for", "leaders of". */
    static boolean speaksFor(Unit agent) {
        return agent.agent() && agent.country() == null
                && REPRESENTATIVES.contains(agent.text().toLowerCase(Locale.ROOT));
    }
}
