package io.dateline.enrich.names;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.tag.Names;
import io.dateline.enrich.tag.Tenure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A story's name candidates → one entity per person, and a match per mention. Mentions linked to a gazetteer person
 * are that person; an unlinked mention whose surname is that of a linked one ({@code Baker} after {@code James Baker})
 * is that person too. The other mentions of one surname with compatible given names ({@code Smith}, {@code John Smith})
 * are one unlinked person, named by their longest form, with the first country and role the text gave them.
 */
final class CandidateResolver {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final class Group {
        private final String given;
        private String name;
        private int words;
        private String country;
        private String role;
        private KnownEntity entity;

        private Group(String given) {
            this.given = given;
        }
    }

    private final LocalDate date;

    CandidateResolver(LocalDate date) {
        this.date = date;
    }

    List<Match> resolve(TokenView v, List<Candidate> candidates) {
        Map<String, KnownEntity> linked = linkedBySurname(candidates);
        Map<String, List<Group>> groups = new HashMap<>();
        Map<Candidate, Group> groupOf = new LinkedHashMap<>();
        Map<String, KnownEntity> organizations = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.linked() == null && !isLinked(c, linked)) {
                Group group = group(groups, c);
                String text = text(v, c);
                if (c.words().size() > group.words) {
                    group.words = c.words().size();
                    group.name = text;
                }
                if (c.role() != null) {
                    group.country = group.country == null ? c.role().country() : group.country;
                    group.role = group.role == null ? c.role().role() : group.role;
                }
                groupOf.put(c, group);
            }
        }
        List<Match> matches = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String text = v.text().text().substring(v.token(c.start()).begin(), v.token(c.end() - 1).end());
            int begin = v.token(c.start()).begin();
            int end = v.token(c.end() - 1).end();
            if (c.type() == EntityType.ORGANIZATION) {
                String name = singleSpaced(text);
                KnownEntity org = organizations.computeIfAbsent(name,
                        n -> unlinked(EntityType.ORGANIZATION, n, null, null));
                matches.add(new Match(begin, end, text, org, Match.Form.NAME, null, null));
                continue;
            }
            Match.Form form = c.words().size() > 1 ? Match.Form.NAME : Match.Form.SURNAME;
            String role = c.role() == null ? null : c.role().role();
            KnownEntity person = c.linked() != null ? c.linked() : isLinked(c, linked) ? linked.get(c.surname()) : null;
            if (person != null) {
                matches.add(new Match(begin, end, text, person, form, person.countryAt(date), role));
            } else {
                Group group = groupOf.get(c);
                if (group.entity == null) {
                    group.entity = unlinked(EntityType.PERSON, group.name, group.country, group.role);
                }
                matches.add(new Match(begin, end, text, group.entity, form, group.country, role));
            }
        }
        return matches;
    }

    /** An entity for a name the gazetteer does not hold ({@code unlinked:person:john-smith}), as the text gave it. */
    static KnownEntity unlinked(EntityType type, String name, String country, String role) {
        String kind = type == EntityType.PERSON ? "person" : "org";
        List<Tenure> tenures = country == null && role == null ? List.of()
                : List.of(new Tenure(country, role, null, null, false));
        return new KnownEntity("unlinked:" + kind + ":" + Names.slug(name), type,
                type == EntityType.ORGANIZATION ? "company" : null, name, country, null, tenures);
    }

    /** Surname → the gazetteer person it was linked to in this story, unless two such persons share it. */
    private static Map<String, KnownEntity> linkedBySurname(List<Candidate> candidates) {
        Map<String, KnownEntity> linked = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.linked() != null && c.surname() != null) {
                KnownEntity before = linked.putIfAbsent(c.surname(), c.linked());
                if (before != null && !before.equals(c.linked())) {
                    shared.add(c.surname());
                }
            }
        }
        linked.keySet().removeAll(shared);
        return linked;
    }

    private static boolean isLinked(Candidate c, Map<String, KnownEntity> linked) {
        KnownEntity person = linked.get(c.surname());
        return person != null && (c.words().size() == 1 || person.name().startsWith(c.words().get(0) + " "));
    }

    private static Group group(Map<String, List<Group>> groups, Candidate c) {
        String given = c.words().size() > 1 ? c.words().get(0) : null;
        List<Group> same = groups.computeIfAbsent(c.surname(), s -> new ArrayList<>(1));
        for (Group group : same) {
            if (given == null || group.given == null || group.given.equals(given)) {
                return group;
            }
        }
        Group group = new Group(given);
        same.add(group);
        return group;
    }

    /** The name as written, whitespace made single; a name in capitals in title case ({@code LAWSON} → Lawson). */
    private static String text(TokenView v, Candidate c) {
        if (v.inCapitals(c.start())) {
            return String.join(" ", c.words());
        }
        return singleSpaced(v.text().text().substring(v.token(c.start()).begin(), v.token(c.end() - 1).end()));
    }

    /** {@code text} with each run of whitespace as one space; {@code text} itself when there is nothing to change. */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return WHITESPACE.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** What {@code \\s} matches in {@link #WHITESPACE}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
