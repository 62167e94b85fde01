package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people files → persons with their aliases and tenures. {@code phoenix-people.tsv} and {@code phoenix-tenures.tsv}
 * are converted from the PETRARCH2 dictionaries; {@code people.tsv} and {@code tenures.tsv} are written by hand. A hand
 * row of source {@code hand} adds a person (its id must be new); one of source {@code hand+phoenix} extends the
 * converted person of the same id (its name, country and QID win, aliases are merged). Tenures must name a known
 * person, a known country or {@code -}, ISO dates in order. Any error fails the load.
 */
final class PeopleLoader {

    /** A person as the files give it. */
    record Person(KnownEntity entity, List<String> aliases) {
    }

    private static final class Draft {
        private final String id;
        private String name;
        private String country;
        private String qid;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final List<Tenure> tenures = new ArrayList<>();

        private Draft(String id) {
            this.id = id;
        }
    }

    private static final String PREFIX = "person:";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final TsvFiles files;
    private final Set<String> countries;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private PeopleLoader(TsvFiles files, Set<String> countries) {
        this.files = files;
        this.countries = countries;
    }

    /** Every person of the files, converted ones first, in file order. */
    static List<Person> load(TsvFiles files, Set<String> countries) {
        PeopleLoader loader = new PeopleLoader(files, countries);
        loader.files.read("phoenix-people.tsv", 4, (origin, f) -> loader.person(origin, f, "phoenix"));
        loader.files.read("people.tsv", 6, (origin, f) -> loader.person(origin, f, f[5]));
        loader.files.read("phoenix-tenures.tsv", 5, (origin, f) -> loader.tenure(origin, f, false));
        loader.files.read("tenures.tsv", 6, (origin, f) -> loader.tenure(origin, f, true));
        List<Person> people = new ArrayList<>(loader.drafts.size());
        for (Draft d : loader.drafts.values()) {
            KnownEntity entity = new KnownEntity(d.id, EntityType.PERSON, null, d.name, d.country, d.qid, d.tenures);
            people.add(new Person(entity, List.copyOf(d.aliases)));
        }
        return people;
    }

    private void person(String origin, String[] f, String source) {
        String id = f[0];
        if (!isPersonId(id)) {
            throw new IllegalStateException(origin + ": malformed person id '" + id + "'");
        }
        Draft draft = drafts.get(id);
        switch (source) {
            case "phoenix", "hand" -> {
                if (draft != null) {
                    throw new IllegalStateException(origin + ": id " + id + " is used twice");
                }
                draft = new Draft(id);
                drafts.put(id, draft);
            }
            case "hand+phoenix" -> {
                if (draft == null) {
                    throw new IllegalStateException(origin + ": " + id + " extends no converted person");
                }
                if (!draft.name.equals(f[1])) {
                    draft.aliases.add(draft.name);
                }
            }
            default -> throw new IllegalStateException(origin + ": unknown source '" + source + "'");
        }
        draft.name = f[1];
        draft.aliases.addAll(TsvFiles.list(f[2]));
        draft.aliases.remove(draft.name);
        draft.country = country(origin, f[3]);
        if (f.length > 4 && TsvFiles.orNull(f[4]) != null) {
            if (!QID.matcher(f[4]).matches()) {
                throw new IllegalStateException(origin + ": malformed Wikidata id '" + f[4] + "'");
            }
            draft.qid = f[4];
        }
    }

    /** {@code person:} and a slug: lower-case letters and digits in dash-separated parts. */
    private static boolean isPersonId(String id) {
        if (!id.startsWith(PREFIX) || id.length() == PREFIX.length() || id.endsWith("-")) {
            return false;
        }
        char before = '-';
        for (int i = PREFIX.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (c != '-' || before == '-')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    private void tenure(String origin, String[] f, boolean curated) {
        Draft draft = drafts.get(f[0]);
        if (draft == null) {
            throw new IllegalStateException(origin + ": tenure of unknown person " + f[0]);
        }
        LocalDate from = date(origin, f[3]);
        LocalDate to = date(origin, f[4]);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalStateException(origin + ": tenure of " + f[0] + " ends before it starts");
        }
        draft.tenures.add(new Tenure(country(origin, f[1]), TsvFiles.orNull(f[2]), from, to, curated));
    }

    private String country(String origin, String field) {
        String code = TsvFiles.orNull(field);
        if (code != null && !countries.contains(code)) {
            throw new IllegalStateException(origin + ": unknown country " + code);
        }
        return code;
    }

    /** An ISO date {@code 2024-07-28}, read by hand: {@code LocalDate.parse} costs a cold start dear. */
    private static LocalDate date(String origin, String field) {
        String text = TsvFiles.orNull(field);
        if (text == null) {
            return null;
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalStateException(origin + ": not an ISO date: " + text);
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalStateException(origin + ": not an ISO date: " + text, e);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
