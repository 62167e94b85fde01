package io.dateline.enrich.event;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sentence's tokens and entity matches → its actor mentions ({@link Unit}s) in text order: matches with a country
 * (an international organisation as IGO), the international actors of {@link Internationals}, and agent words
 * ({@link Agents}: "troops", "protesters") that name an actor rather than modify a noun. Thread-safe.
 */
final class ActorMentions {

    /** Adjectives that follow the noun they qualify: "troops loyal to", "rebels opposed to", "forces close to". */
    private static final Set<String> POSTNOMINAL = Set.of("loyal", "opposed", "close", "hostile", "friendly",
            "allied", "aligned", "affiliated");
    /** Nouns for the members of what an agent word names, which leave it the actor: "opposition figures". */
    private static final Set<String> MEMBERS = Set.of("figures", "figure", "members", "member", "politicians",
            "politician", "candidates", "candidate", "personnel", "supporters", "loyalists", "activists", "party",
            "parties");
    /** Nouns a plural agent still modifies: "workers union", "forces commander", "protests movement". */
    private static final Set<String> HEADS = Set.of("union", "unions", "movement", "group", "groups", "leader",
            "leaders", "commander", "commanders", "chief", "chiefs", "spokesman", "spokeswoman", "organisation",
            "organization");

    /** The sector of a person of no known office or country (Phoenix's "elite"): neither crowd nor armed. */
    static final String UNPLACED_PERSON = "ELI";
    /** Plurals without an -s ({@link #plural}): "thousands of people took to the streets". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children");

    /** "the two sides", "both countries": a pair of actors the sentence named before. */
    private static final Set<String> PAIRED = Set.of("two", "both");
    /** Participles after a hyphen that leave the actor before them acting: "Saudi-led", "UN-headed". */
    private static final Set<String> ACTING_COMPOUNDS = Set.of("led", "headed", "sponsored", "brokered", "organised",
            "organized");
    /** Participles after a hyphen that make what follows the actor's own: "a British-flagged tanker". */
    private static final Set<String> OWNING_COMPOUNDS = Set.of("flagged", "owned", "registered", "operated");
    private static final Set<String> PAIR_NOUNS = Set.of("sides", "countries", "governments", "nations", "leaders",
            "neighbours", "neighbors", "states");

    /**
     * Peoples named after a state who live in another ("Bosnian Serbs", "Kosovo Albanian leaders", "Iraqi Kurds"):
     * after the demonym or name of the state they live in, they are of that state.
     */
    private static final Set<String> STOCKS = Set.of("serb", "serbs", "croat", "croats", "albanian", "albanians",
            "kurd", "kurds", "kurdish", "turk", "turks", "arab", "arabs");
    /** A state's people that a people's demonym before it divides ("Greek Cypriots", "Turkish Cypriot police"). */
    private static final Set<String> DIVIDED = Set.of("cypriot", "cypriots");
    /** Civilian callings, people after a demonym ({@link #beforeCalling}). */
    private static final Set<String> CALLINGS = Set.of("farmers", "fishermen", "herders", "truckers", "drivers",
            "miners", "traders", "merchants", "shopkeepers", "businessmen", "bloggers", "writers", "artists",
            "pensioners", "retirees", "families", "voters", "fans", "employees");

    /** States whose name a partner's shares, written once for both ({@link #elided}): the first of them. */
    private static final Map<String, String> ELIDED = Map.of("North Korea", "PRK", "North Korean", "PRK",
            "East Germany", "DDR", "East German", "DDR", "North Sudan", "SDN", "North Sudanese", "SDN");

    /** Currencies, which a state's name or demonym before them names ("the Canadian dollar", "the U.S. dollar"). */
    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "franc", "francs", "mark", "marks", "yen",
            "pound", "pounds", "sterling", "lira", "peso", "pesos", "rupee", "rupees", "currency", "currencies",
            "krona", "krone", "guilder", "guilders", "shekel", "dinar", "rial", "riyal", "rand", "won", "yuan",
            "ruble", "rouble", "roubles", "escudo", "peseta", "pesetas", "drachma", "schilling", "cruzado", "punt",
            "ringgit", "baht", "naira", "cedi", "bolivar");

    /** Irregular participles after a hyphen that make a name a modifier ({@link #compoundModifier}). */
    private static final Set<String> IRREGULAR_COMPOUNDS = Set.of("made", "built", "run", "held", "born", "grown",
            "sold", "bought", "taught", "trained");

    private final VerbLexicon lexicon;

    ActorMentions(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The actor mentions of the sentence {@code tokens}, in text order. */
    List<Unit> units(StoryText text, List<Token> tokens, List<String> lower, List<Match> matches, LocalDate date) {
        List<Unit> units = new ArrayList<>();
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        int t = 0;
        for (Match match : matches) {
            if (match.end() <= begin || match.begin() >= end) {
                continue;   // another sentence's
            }
            while (t < tokens.size() && tokens.get(t).end() <= match.begin()) {
                t++;
            }
            boolean person = match.entity().type() == EntityType.PERSON;
            String country = match.country() != null && !(person && match.entity().internationalOfficeAt(date)
                    && !nationalTitle(units, lower, t)) ? match.country() : international(match.entity(), date);
            String body = country == null ? unheldBody(match) : null;
            if (country == null && body == null && opensSentence(match, tokens, t)) {
                body = UNPLACED_PERSON;   // "Jose Ramos condemned the Indonesian army": of the country in context
            }
            if (country == null && body == null) {
                continue;
            }
            int last = t;
            while (last + 1 < tokens.size() && tokens.get(last + 1).begin() < match.end()) {
                last++;
            }
            if (t < tokens.size() && (compoundModifier(lower, last) || alignment(lower, t)
                    || !person && last + 1 < lower.size() && CURRENCIES.contains(lower.get(last + 1)))) {
                // "the Israeli-occupied West Bank", "U.S.-backed forces": no actor ("Saudi-led" is); "the Canadian
                // dollar traded at": a currency
                continue;
            }
            Unit before = units.isEmpty() || units.get(units.size() - 1).last() != t - 1 ? null
                    : units.get(units.size() - 1);
            if (t < tokens.size() && body != null) {
                if (before != null && before.country() != null && !before.agent()
                        && StoryEscalation.isCountry(before.country())) {
                    // "Palestine Liberation Organisation", "Chinese Communist Party": the country's body
                    extendLast(units, text, tokens, last, body, match.entity().id());
                } else {
                    units.add(new Unit(t, last, null, body, match.text(), match.entity().id(), true, false, false));
                }
            } else if (t < tokens.size()) {
                boolean people = match.form() == Match.Form.DEMONYM
                        && (pluralDemonym(match.text()) || beforeCalling(tokens, lower, last));
                String word = match.text().toLowerCase(Locale.ROOT);
                if (match.form() == Match.Form.DEMONYM && before != null && before.country() != null
                        && (before.adjective() || before.place()) && before.last() == t - 1
                        && (STOCKS.contains(word) || DIVIDED.contains(word) && before.demonym())) {
                    // "Bosnian Serbs", "Kosovo Albanian leaders": people of one stock living in the first name's
                    // country; "Greek Cypriots": the second's
                    boolean stock = STOCKS.contains(word);
                    Unit community = new Unit(before.first(), last, stock ? before.country() : country,
                            people ? "CVL" : sector(match.entity(), country), text.text().substring(
                            tokens.get(before.first()).begin(), tokens.get(last).end()),
                            stock ? before.entityId() : match.entity().id(), false, !people, false);
                    units.set(units.size() - 1, community);
                    continue;
                }
                units.add(new Unit(t, last, country, people ? "CVL" : sector(match.entity(), country), match.text(),
                        match.entity().id(), false, match.form() == Match.Form.DEMONYM,
                        match.entity().type() == EntityType.LOCATION && match.form() != Match.Form.DEMONYM));
            }
        }
        List<String> texts = tokens.stream().map(Token::text).toList();
        for (int i = 0; i < tokens.size(); i++) {
            // a name may open with a state's own ("Palestinian Islamic Jihad", "Eritrean Liberation Front")
            Internationals.Hit hit = coveredBy(units, i) && !opensWithState(units, i) ? null
                    : Internationals.standard().match(texts, lower, i);
            if (hit != null && !coveredBy(units, hit.last())) {
                int first = i;
                units.removeIf(u -> u.first() >= first && u.last() <= hit.last());   // "Syrian" in "Free Syrian Army"
                units.add(new Unit(i, hit.last(), hit.code(), hit.sector(), text.text().substring(tokens.get(i)
                        .begin(), tokens.get(hit.last()).end()), null, false, false, false));
                i = hit.last();
            }
        }
        List<Unit> all = new ArrayList<>(units);
        all.addAll(pairs(lower, units));
        all.addAll(elided(tokens, units));
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

    /** Whether a demonym or a place starts at token {@code at}. */
    private static boolean opensWithState(List<Unit> units, int at) {
        for (Unit unit : units) {
            if (unit.first() == at && (unit.demonym() || unit.place())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word after {@code last} is a hyphen and a participle other than "led": "-occupied", "-backed",
     * "-made" ("the Chinese-made missile"), "-held".
     */
    private static boolean compoundModifier(List<String> lower, int last) {
        if (last + 2 >= lower.size() || !lower.get(last + 1).equals("-")) {
            return false;
        }
        String participle = lower.get(last + 2);
        return (participle.endsWith("ed") || IRREGULAR_COMPOUNDS.contains(participle))
                && !ACTING_COMPOUNDS.contains(participle) && !OWNING_COMPOUNDS.contains(participle);
    }

    /** Whether the name at {@code t} says whose side someone is on: "the pro-Syrian Amal militia", "anti-U.S.". */
    private static boolean alignment(List<String> lower, int t) {
        return t >= 2 && lower.get(t - 1).equals("-") && (lower.get(t - 2).equals("pro")
                || lower.get(t - 2).equals("anti"));
    }

    /**
     * "The two sides", "both countries", "the two leaders": the last two countries the sentence named before, as two
     * actors over the same words (a subject of two, which mutual acts code both ways); none when it named fewer.
     */
    private static List<Unit> pairs(List<String> lower, List<Unit> units) {
        List<Unit> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < lower.size(); i++) {
            if (!PAIRED.contains(lower.get(i)) || !PAIR_NOUNS.contains(lower.get(i + 1))) {
                continue;
            }
            List<Unit> named = new ArrayList<>();
            for (int u = units.size() - 1; u >= 0 && named.size() < 2; u--) {
                Unit unit = units.get(u);
                if (unit.last() < i && unit.sector() != null && StoryEscalation.isCountry(unit.country())
                        && !(unit.place() && unit.first() > 0 && Words.VENUES.contains(lower.get(unit.first() - 1)))
                        && named.stream().noneMatch(n -> n.country().equals(unit.country()))) {
                    named.add(unit);
                }
            }
            if (named.size() == 2) {
                for (int n = 1; n >= 0; n--) {
                    Unit unit = named.get(n);
                    pairs.add(new Unit(i, i + 1, unit.country(), "GOV", unit.text(), unit.entityId(), false, false,
                            false));
                }
            }
        }
        return pairs;
    }

    /**
     * The first of two states whose shared name is written once: "North and South Korea", "East and West German
     * officials" — the compass word before "and" and a named state whose name ends the pair ({@link #ELIDED}), as an
     * actor of its own over that word.
     */
    private static List<Unit> elided(List<Token> tokens, List<Unit> units) {
        List<Unit> elided = new ArrayList<>();
        for (Unit unit : units) {
            int compass = unit.first() - 2;
            int space = unit.text().indexOf(' ');
            if (compass < 0 || space < 0 || !tokens.get(compass + 1).text().equals("and")) {
                continue;
            }
            String partner = ELIDED.get(tokens.get(compass).text() + unit.text().substring(space));
            if (partner != null) {
                elided.add(new Unit(compass, compass, partner, unit.sector(), tokens.get(compass).text(), null, false,
                        unit.demonym(), unit.place()));
            }
        }
        return elided;
    }

    /**
     * Whether a state's office title stands right before the token at {@code t}: a demonym or state, at most one word,
     * and a word of government ("Egyptian Foreign Minister Amr Moussa") — a person who later held an international
     * office acts for the state the sentence gives.
     */
    private static boolean nationalTitle(List<Unit> units, List<String> lower, int t) {
        if (units.isEmpty() || t == 0 || !"GOV".equals(Agents.sector(lower.get(t - 1)))) {
            return false;
        }
        Unit before = units.get(units.size() - 1);
        return before.last() >= t - 3 && before.last() < t - 1 && before.country() != null
                && StoryEscalation.isCountry(before.country()) && (before.adjective() || before.place());
    }

    /**
     * Whether a person the gazetteer does not hold opens the sentence, only capitalised words before the name
     * ("Defence Minister ..."): the sentence's subject, an actor of the country in context with sector
     * {@link #UNPLACED_PERSON}. Elsewhere such a name is too often a company's executive or an analyst.
     */
    private static boolean opensSentence(Match match, List<Token> tokens, int t) {
        if (match.entity().type() != EntityType.PERSON || !match.entity().id().startsWith("unlinked:")) {
            return false;
        }
        for (int i = 0; i < t && i < tokens.size(); i++) {
            if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sector of an organisation the gazetteer does not hold, named for a political body ({@link Agents#body}):
     * an agent of no country, which takes the country of its context as "the government" does.
     */
    private static String unheldBody(Match match) {
        return match.entity().type() == EntityType.ORGANIZATION && match.entity().id().startsWith("unlinked:")
                ? Agents.body(match.text()) : null;
    }

    /**
     * The last unit stretched to {@code last} as one actor of its country with {@code sector}: "Palestine Liberation
     * Organisation", "Chinese Communist Party".
     */
    private static void extendLast(List<Unit> units, StoryText text, List<Token> tokens, int last, String sector,
                                   String entityId) {
        Unit first = units.get(units.size() - 1);
        units.set(units.size() - 1, new Unit(first.first(), last, first.country(), sector,
                text.text().substring(tokens.get(first.first()).begin(), tokens.get(last).end()), entityId, false,
                false, false));
    }

    /**
     * Whether a demonym adjective names people by their calling rather than their state: a civilian calling right
     * after it ("Polish farmers", "French fishermen", "Iranian truckers"). Alone such a word is no actor ("prices paid
     * to farmers" is no event), so it is no agent word of {@link Agents}.
     */
    private static boolean beforeCalling(List<Token> tokens, List<String> lower, int last) {
        return last + 1 < lower.size() && Character.isLowerCase(tokens.get(last + 1).text().charAt(0))
                && CALLINGS.contains(lower.get(last + 1));
    }

    /** Whether a demonym is a plural noun, which names people, not their state: "Palestinians", "Kenyans". */
    private static boolean pluralDemonym(String text) {
        return text.length() > 4 && text.endsWith("s") && !text.endsWith("ss");
    }

    /**
     * IGO for an international organisation (the code event data gives those without a country) and for a person in
     * or last in an office of one ({@link KnownEntity#internationalOfficeAt}), else null.
     */
    private static String international(KnownEntity entity, LocalDate date) {
        boolean organisation = entity.type() == EntityType.ORGANIZATION && "international".equals(entity.subtype());
        return organisation || entity.type() == EntityType.PERSON && entity.internationalOfficeAt(date) ? "IGO" : null;
    }

    /**
     * The sector a mention stands for: IGO for one of an international organisation; none for a region (a state, a
     * province: no actor by itself).
     */
    private static String sector(KnownEntity entity, String country) {
        if ("IGO".equals(country)) {
            return "IGO";
        }
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

    /**
     * Whether the agent word at {@code i} modifies the noun after it ("military aid", "army reservists", "rebel-held",
     * "anti-government protesters")
     * rather than naming an actor: a lower-case word follows that is no agent, no function word, no verb form
     * (-ed, -ing, a trigger verb of the lexicon), no reporting verb and nothing forces hold ({@link Agents#asset},
     * after an agent that is no civilian: "rebel positions", "a government convoy" are the rebels, the government; a
     * "refugee camp" is no refugee).
     */
    private boolean attributive(List<Token> tokens, List<String> lower, int i) {
        if (i > 0 && lower.get(i - 1).equals("-")) {
            return true;   // "anti-government protesters", "pro-government militias": the protesters, the militias
        }
        if (i + 1 >= lower.size()) {
            return false;
        }
        String next = lower.get(i + 1);
        if (next.equals("-") && !Words.isBoundary(lower, i + 1)) {
            return true;   // a hyphen ("rebel-held"), not a dash ("protests -- a crackdown")
        }
        if (Agents.asset(next) && !"CVL".equals(Agents.sector(lower.get(i)))) {
            return false;
        }
        if (!Character.isLowerCase(tokens.get(i + 1).text().charAt(0)) || Agents.sector(next) != null
                || Words.FUNCTION.contains(next) || Words.STATEMENTS.contains(next) || Words.MODALS.contains(next)
                || next.endsWith("ed") || next.endsWith("ing") || Words.adverb(next) || POSTNOMINAL.contains(next)) {
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
        return word.endsWith("s") && !word.endsWith("ss") && !word.equals("forces") && !word.equals("security")
                || IRREGULAR_PLURALS.contains(word);
    }

    /** Whether a demonym used as an adjective comes right before a token ("Israeli jails"; not "Palestinians"). */
    static boolean afterDemonym(List<Unit> units, int token) {
        for (Unit unit : units) {
            if (unit.last() == token - 1 && unit.adjective()) {
                return true;
            }
        }
        return false;
    }

    static boolean coveredBy(List<Unit> units, int token) {
        for (Unit unit : units) {
            if (unit.first() <= token && token <= unit.last()) {
                return true;
            }
        }
        return false;
    }
}
