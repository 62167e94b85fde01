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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
    private static final Set<String> JOINERS = Set.of("and", "of", "the", "'", "s", "both", "its", "his", "her",
            "their", "senior", "top", "key", "prime", "-", "foreign", "defence", "defense", "interior", "deputy",
            "chief", "head");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "t", "failed", "fail", "fails");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "plans", "plan", "planned", "planning", "intends", "intend", "intended", "wants", "ready", "readiness",
            "if", "unless", "hoped", "hopes", "proposed");
    private static final Set<String> EARLIER = Set.of("previously", "earlier", "ago", "formerly");
    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be");
    private static final int MAX_PAIRS = 6;

    private final VerbLexicon lexicon;

    public EventCoder(VerbLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public static EventCoder standard() {
        return new EventCoder(VerbLexicon.standard());
    }

    /** An actor mention: tokens {@code [first, last]} of the sentence. */
    private record Unit(int first, int last, String country, String sector, String text, String entityId,
                        boolean agent) {
    }

    /** Adjacent units read as one actor phrase ("Saudi Arabia, Qatar and Oman", "Iranian security forces"). */
    private record Group(int first, int last, List<Unit> units) {
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
        return events;
    }

    private void codeSentence(StoryText text, List<Token> tokens, List<Match> matches, LocalDate date,
                              List<String> storyCountries, int sentence, List<Event> out) {
        List<String> lower = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            lower.add(token.text().toLowerCase(Locale.ROOT));
        }
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
        String context = contextCountry(units, storyCountries);
        Set<Integer> clausesUsed = new HashSet<>();
        int clause = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (isBoundary(lower, t) || lower.get(t).equals(",")) {
                clause++;
            }
            if (covered[t]) {
                continue;
            }
            VerbLexicon.Hit hit = lexicon.match(lower, t);
            if (hit == null) {
                continue;
            }
            boolean noun = hit.phrase().noun();
            if (!noun && !clausesUsed.add(clause)) {
                t = hit.last();
                continue;
            }
            code(text, tokens, lower, groups, hit, context, date, sentence, out);
            t = hit.last();
        }
    }

    private void code(StoryText text, List<Token> tokens, List<String> lower, List<Group> groups,
                      VerbLexicon.Hit hit, String context, LocalDate date, int sentence, List<Event> out) {
        boolean noun = hit.phrase().noun();
        Group source;
        Group target;
        Group byAgent = byAgent(lower, groups, hit, noun);
        if (byAgent != null) {
            source = byAgent;
            target = before(groups, hit.first(), false);
        } else if (noun) {
            source = before(groups, hit.first(), true);
            target = after(lower, groups, hit.last(), 4);
        } else {
            source = before(groups, hit.first(), false);
            boolean gap = java.util.Arrays.asList(hit.phrase().words()).contains(null);
            target = after(lower, groups, gap ? hit.first() : hit.last(), Integer.MAX_VALUE);
        }
        if (source == null) {
            return;
        }
        List<Actor> sources = actors(source, lower, context);
        List<Actor> targets = target == null ? List.of() : actors(target, lower, context);
        if (sources.isEmpty()) {
            return;
        }
        String cameo = hit.phrase().cameo();
        if (cameo.startsWith("13") && hit.last() + 2 < lower.size() && lower.get(hit.last() + 1).equals("of")
                && Set.of("military", "force", "war", "attack", "strikes").contains(lower.get(hit.last() + 2))) {
            cameo = "138";
        }
        boolean hypothetical = anyBefore(lower, hit.first(), 4, MODALS) || lower.subList(0, hit.first())
                .contains("if");
        if (hypothetical && Cameo.quad(cameo) == 4) {
            cameo = "138";
        } else if (hypothetical && Cameo.quad(cameo) == 2 && !cameo.startsWith("09")) {
            cameo = cameo.startsWith("07") ? "033" : "031";
        }
        boolean negated = anyBefore(lower, hit.first(), 3, NEGATIONS);
        if (negated && Cameo.cooperative(cameo)) {
            cameo = "120";
            negated = false;
        }
        boolean background = background(lower, hit.first(), tokens, date);
        Mention trigger = new Mention(tokens.get(hit.first()).begin(), tokens.get(hit.last()).end(),
                text.text().substring(tokens.get(hit.first()).begin(), tokens.get(hit.last()).end()));
        int pairs = 0;
        if (targets.isEmpty() && sources.size() > 1 && symmetric(cameo)) {
            for (Actor a : sources) {
                for (Actor b : sources) {
                    if (a != b && pairs++ < MAX_PAIRS) {
                        out.add(event(cameo, a, b, trigger, sentence, negated, hypothetical, background));
                    }
                }
            }
            return;
        }
        for (Actor s : sources) {
            if (targets.isEmpty()) {
                out.add(event(cameo, s, null, trigger, sentence, negated, hypothetical, background));
            }
            for (Actor t : targets) {
                if (!Objects.equals(s.getCountry(), t.getCountry()) || !Objects.equals(s.getSector(), t.getSector())) {
                    if (pairs++ < MAX_PAIRS) {
                        out.add(event(cameo, s, t, trigger, sentence, negated, hypothetical, background));
                    }
                }
            }
        }
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

    private static boolean symmetric(String cameo) {
        return cameo.startsWith("03") || cameo.startsWith("04") || cameo.startsWith("06") || cameo.startsWith("19");
    }

    // --- actors

    private static List<Unit> units(StoryText text, List<Token> tokens, List<String> lower, List<Match> matches) {
        List<Unit> units = new ArrayList<>();
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        int t = 0;
        for (Match match : matches) {
            if (match.end() <= begin || match.begin() >= end || match.country() == null) {
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
                units.add(new Unit(t, last, match.country(), sector(match.entity()), match.text(),
                        match.entity().id(), false));
            }
        }
        List<Unit> all = new ArrayList<>(units);
        for (int i = 0; i < tokens.size(); i++) {
            String sector = Agents.sector(lower.get(i));
            if (sector == null || coveredBy(units, i)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && Agents.sector(lower.get(last + 1)) != null
                    && !coveredBy(units, last + 1)) {
                last++;
            }
            all.add(new Unit(i, last, null, sector, text.text().substring(tokens.get(i).begin(),
                    tokens.get(last).end()), null, true));
            i = last;
        }
        all.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return all;
    }

    private static boolean coveredBy(List<Unit> units, int token) {
        for (Unit unit : units) {
            if (unit.first() <= token && token <= unit.last()) {
                return true;
            }
        }
        return false;
    }

    private static String sector(KnownEntity entity) {
        if (entity.type() == EntityType.ORGANIZATION) {
            String subtype = entity.subtype() == null ? "" : entity.subtype();
            return switch (subtype) {
                case "international" -> "IGO";
                case "media" -> "MED";
                case "company" -> "BUS";
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
                groups.add(group(current));
                current = new ArrayList<>();
            }
            current.add(unit);
        }
        if (!current.isEmpty()) {
            groups.add(group(current));
        }
        return groups;
    }

    private static Group group(List<Unit> units) {
        return new Group(units.get(0).first(), units.get(units.size() - 1).last(), List.copyOf(units));
    }

    private static boolean joined(Unit left, Unit right, List<String> lower) {
        for (int i = left.last() + 1; i < right.first(); i++) {
            String word = lower.get(i);
            boolean comma = word.equals(",") && i + 1 == right.first();
            if (!JOINERS.contains(word) && !comma) {
                return false;
            }
        }
        return right.first() - left.last() <= 4;
    }

    /** One actor per country of the group (a possessor only when nothing else has one); agents take context. */
    private static List<Actor> actors(Group group, List<String> lower, String context) {
        List<Actor> actors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Unit> units = group.units();
        boolean other = units.stream().anyMatch(u -> u.country() != null && !possessive(u, lower));
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.country() == null || (other && possessive(unit, lower))) {
                continue;
            }
            String sector = unit.sector();
            String text = unit.text();
            if (i + 1 < units.size() && units.get(i + 1).agent() && units.get(i + 1).first() == unit.last() + 1) {
                sector = units.get(i + 1).sector();
                text = text + " " + units.get(i + 1).text();
            }
            if (seen.add(unit.country())) {
                actors.add(new Actor(text, unit.country(), sector, unit.entityId()));
            }
        }
        if (actors.isEmpty() && context != null) {
            Unit agent = units.get(0);
            actors.add(new Actor(agent.text(), context, agent.sector(), null));
        }
        return actors;
    }

    private static boolean possessive(Unit unit, List<String> lower) {
        return unit.last() + 2 < lower.size() && lower.get(unit.last() + 1).equals("'")
                && lower.get(unit.last() + 2).equals("s");
    }

    private static String contextCountry(List<Unit> units, List<String> storyCountries) {
        for (Unit unit : units) {
            if (unit.country() != null) {
                return unit.country();
            }
        }
        return storyCountries.isEmpty() ? null : storyCountries.get(0);
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
                return group;
            }
        }
        return null;
    }

    private static Group byAgent(List<String> lower, List<Group> groups, VerbLexicon.Hit hit, boolean noun) {
        if (!noun && !anyBefore(lower, hit.first(), 2, BE)) {
            return null;
        }
        for (int i = hit.last() + 1; i < Math.min(lower.size(), hit.last() + 6); i++) {
            if (isBoundary(lower, i)) {
                return null;
            }
            if (lower.get(i).equals("by")) {
                for (Group group : groups) {
                    if (group.first() == i + 1 || group.first() == i + 2) {
                        return group;
                    }
                }
                return null;
            }
        }
        return null;
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
        if (anyBefore(lower, trigger, 8, Set.of("had")) && !lower.get(trigger).equals("to")) {
            return true;
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
