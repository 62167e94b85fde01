package io.dateline.enrich.names;

import io.dateline.enrich.tag.Gazetteer;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.tag.Names;
import io.dateline.enrich.tag.People;
import io.dateline.enrich.text.StoryText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A story's text and its gazetteer matches → the people and companies the gazetteer did not match by full name. A
 * capitalised name ({@link NameRun}) is a person when the text says so: a role before it ({@code Kremlin spokesman
 * Dmitry Peskov}) or after it ({@code Paul Volcker, chairman of ...}), an honorific ({@code Mr Peskov}), a reporting
 * verb ({@code Comissaria Smith said}; a lone word only when it is somebody's surname), or a known given name
 * ({@code Paul Volcker}). A one-word name the sources list alone ({@code Netanyahu}) is its holder once in office.
 * Each is linked to a gazetteer person of that surname active on the story's date when exactly one fits (the role's
 * country decides between namesakes), else kept as an unlinked person with the role and country the text gave. A name
 * followed by a company word ({@code Texaco Inc}) is an organisation. Sentences in capitals follow their own rule
 * ({@link CapitalsRule}). Then every later (or earlier) mention of a found surname, headlines in capitals included, is
 * that person ({@link Coreference}).
 */
public final class PersonFinder {

    private final People people;
    private final Lexicon lexicon;
    private final CapitalsRule capitals;

    public PersonFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.people = gazetteer.people();
        this.lexicon = lexicon;
        this.capitals = new CapitalsRule(people, lexicon);
    }

    /** The new matches, in text order; none overlaps {@code known} or another. */
    public List<Match> find(StoryText text, List<Match> known, LocalDate date) {
        TokenView v = new TokenView(text, known);
        Set<String> companies = new HashSet<>();
        List<Candidate> organizations = OrgRule.find(v, lexicon, companies);
        List<Candidate> candidates = new ArrayList<>();
        int o = 0;
        int i = 0;
        while (i < v.size()) {
            Match covering = v.covering(i);
            if (covering != null) {
                i = skip(v, i, covering);
                continue;
            }
            while (o < organizations.size() && organizations.get(o).end() <= i) {
                o++;
            }
            if (o < organizations.size() && organizations.get(o).start() <= i) {
                i = organizations.get(o).end();
                continue;
            }
            Candidate candidate = v.inCapitals(i) ? capitals.candidate(v, i, date)
                    : startsName(v, i) ? candidate(v, i, NameRun.end(v, i, lexicon), date) : null;
            if (candidate != null && !companies.contains(candidate.words().get(0))) {
                candidates.add(candidate);
                i = candidate.end();
            } else {
                i++;
            }
        }
        candidates.addAll(organizations);
        candidates.sort(Comparator.comparingInt(Candidate::start));
        List<Match> found = new CandidateResolver(date).resolve(v, candidates);
        return Coreference.extend(v, known, found, people, date, companies);
    }

    private static int skip(TokenView v, int i, Match covering) {
        int k = i;
        while (k < v.size() && v.covering(k) == covering) {
            k++;
        }
        return k;
    }

    private boolean startsName(TokenView v, int i) {
        String word = v.word(i);
        return v.isCapitalised(i) && !v.isInitial(i) && !lexicon.isStopWord(word) && !lexicon.isOrgWord(word)
                && !lexicon.isMonthOrDay(word) && !lexicon.isHonorific(word) && !lexicon.isTitle(word)
                && !lexicon.isModifier(word);
    }

    /** What the name over tokens {@code [start, end)} is, or null when nothing says it is a person or a company. */
    private Candidate candidate(TokenView v, int start, int end, LocalDate date) {
        if (end <= start) {
            return null;
        }
        int limit = v.sentenceEndOf(start);
        if (end < limit && (v.token(end).isWord() && Character.isDigit(v.word(end).charAt(0))
                || start > v.sentenceStartOf(start) && lexicon.isOrgWord(v.word(start - 1))
                || isEmployer(v, end, limit))) {
            return null;
        }
        List<String> words = NameRun.words(v, start, end);
        if (words.isEmpty()) {
            return null;
        }
        String surname = Names.surname(words);
        RolePhrase before = RolePhrase.before(v, start, lexicon);
        RolePhrase after = before == null ? RolePhrase.after(v, end, lexicon) : null;
        RolePhrase role = before != null ? before : after;
        boolean honorific = honorificBefore(v, start);
        boolean verb = end < limit && lexicon.isReportingVerb(v.word(end))
                || start > v.sentenceStartOf(start) && lexicon.isReportingVerb(v.word(start - 1));
        String country = role == null ? null : role.country();
        if (words.size() == 1) {
            Optional<KnownEntity> lone = People.pickLone(people.withLoneName(surname), date, country);
            if (lone.isPresent()) {
                return Candidate.person(start, end, words, lone.get(), role);
            }
            boolean cued = role != null || honorific || verb && people.isSurname(surname);
            if (!cued || surname == null) {
                return null;
            }
            return Candidate.person(start, end, words, People.pickOfficeHolder(people.withSurname(surname), date,
                    country, role == null ? null : role.role()).orElse(null), role);
        }
        boolean cued = role != null || honorific || verb || people.isGivenName(words.get(0));
        if (!cued || surname == null) {
            return null;
        }
        return Candidate.person(start, end, words, link(words, surname, date, country), role);
    }

    /**
     * The gazetteer person with this surname and the same first word, when exactly one fits: the one active on the
     * date, else the one of exactly this full name who left public life last before it (a full name is as
     * unmistakable as a lone one: "Daniel arap Moi" in 2026 is still Kenya's former president; "John Paul II" is not
     * John Warburton Paul).
     */
    private KnownEntity link(List<String> words, String surname, LocalDate date, String country) {
        List<KnownEntity> sameFirst = new ArrayList<>();
        String first = words.get(0);
        for (KnownEntity person : people.withSurname(surname)) {
            if (person.name().startsWith(first + " ")) {
                sameFirst.add(person);
            }
        }
        Optional<KnownEntity> active = People.pick(sameFirst, date, country);
        if (active.isPresent()) {
            return active.get();
        }
        List<KnownEntity> sameName = sameFirst.stream().filter(p -> sameWords(p.name(), words)).toList();
        return People.pickLone(sameName, date, country).orElse(null);
    }

    /** Whether a gazetteer name has the words of a name found in the text, particles aside ("Daniel Arap Moi"). */
    private static boolean sameWords(String name, List<String> words) {
        List<String> own = Arrays.stream(name.split(" ")).filter(w -> !NameRun.particle(w)).toList();
        return own.size() == words.size() && String.join(" ", own).equalsIgnoreCase(String.join(" ", words));
    }

    /** A name, a title, another name: the first is an employer ({@code Drexel Burnham Lambert analyst ...}). */
    private boolean isEmployer(TokenView v, int end, int limit) {
        int k = end;
        while (k < limit && k - end < 3 && v.covering(k) == null && (lexicon.isTitle(v.word(k))
                || lexicon.isModifier(v.word(k)))) {
            k++;
        }
        return k > end && k < limit && v.isCapitalised(k) && v.covering(k) == null;
    }

    private boolean honorificBefore(TokenView v, int start) {
        int floor = v.sentenceStartOf(start);
        int k = start - 1;
        if (k >= floor && ".".equals(v.word(k)) && k - 1 >= floor && v.touches(k - 1, k)) {
            k--;
        }
        return k >= floor && v.covering(k) == null && lexicon.isHonorific(v.word(k));
    }
}
