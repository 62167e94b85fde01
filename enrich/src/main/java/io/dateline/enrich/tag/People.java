package io.dateline.enrich.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The gazetteer's people indexed for the name rules: by surname ({@code Putin} → Vladimir Putin), by lone name (a
 * one-word alias the sources list, safe to match alone once the person has held office: {@code Netanyahu}), and the set
 * of given names people have ({@code Vladimir}, {@code Masoud}), which tells a person's name from other capitalised
 * words. Immutable once built.
 */
public final class People {

    /** The role of a membership of government with no portfolio named, as the Phoenix data writes it. */
    private static final String GOVERNMENT = "government";

    private final Map<String, List<KnownEntity>> bySurname;
    private final Map<String, List<KnownEntity>> byLoneName;
    private final Set<String> givenNames;

    People(Map<String, List<KnownEntity>> bySurname, Map<String, List<KnownEntity>> byLoneName,
           Set<String> givenNames) {
        this.bySurname = copy(bySurname);
        this.byLoneName = copy(byLoneName);
        this.givenNames = Collections.unmodifiableSet(new HashSet<>(givenNames));
    }

    /** People whose surname (the last word of their name or of an alias) is {@code word}, as written. */
    public List<KnownEntity> withSurname(String word) {
        return bySurname.getOrDefault(word, List.of());
    }

    /** Whether {@code word} is somebody's surname. */
    public boolean isSurname(String word) {
        return bySurname.containsKey(word);
    }

    /** People listed under the one-word name {@code word}. */
    public List<KnownEntity> withLoneName(String word) {
        return byLoneName.getOrDefault(word, List.of());
    }

    /** Whether {@code word} is somebody's given name (the first word of a name), as written. */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    public int givenNameCount() {
        return givenNames.size();
    }

    /**
     * The one of {@code candidates} meant on {@code date}: only those active then (a dated tenure covers it), those of
     * {@code country} first when it is given, then curated office-holders before others; empty when nobody is active
     * or two remain equally good.
     */
    public static Optional<KnownEntity> pick(List<KnownEntity> candidates, LocalDate date, String country) {
        return pickActive(candidates, date, country);
    }

    /**
     * The holder of a lone name ({@code Mubarak}) on {@code date}: the one in office then, as {@link #pick}; with
     * nobody of that name in office, the one whose dated office ended last before the date (a lone name is listed
     * because it is unmistakable: "Reagan" in a story of 2026 is still Ronald Reagan, no longer in office); empty when
     * two ended on the same day.
     */
    public static Optional<KnownEntity> pickLone(List<KnownEntity> candidates, LocalDate date, String country) {
        Optional<KnownEntity> active = pickActive(candidates, date, country);
        return active.isPresent() || date == null ? active : lastToLeave(candidates, date, tenure -> true);
    }

    /**
     * As {@link #pick(List, LocalDate, String)}, for a surname alone: only office-holders on {@code date} count, and
     * when a word of {@code hint} (the context, such as {@code Treasury}) is in some of their roles, only those; a
     * head of state's title left undecided takes the longest in office ({@link #longestServing}).
     */
    public static Optional<KnownEntity> pickOfficeHolder(List<KnownEntity> candidates, LocalDate date, String country,
                                                         String hint) {
        List<KnownEntity> holders = new ArrayList<>();
        for (KnownEntity candidate : candidates) {
            Tenure tenure = candidate.tenureAt(date);
            if (tenure != null && tenure.isDated() && tenure.isOffice()) {
                holders.add(candidate);
            }
        }
        if (holders.isEmpty()) {
            return formerHolder(candidates, date, hint);
        }
        if (hint != null) {
            List<KnownEntity> fitting = new ArrayList<>();
            for (KnownEntity holder : holders) {
                String role = holder.roleAt(date);
                if (role != null && sharesWord(role, hint)) {
                    fitting.add(holder);
                }
            }
            if (!fitting.isEmpty()) {
                holders = fitting;
            }
        }
        Optional<KnownEntity> picked = pickActive(holders, date, country);
        return picked.isPresent() || hint == null || !Tenure.isHeadTitle(hint) ? picked
                : longestServing(holders, date);
    }

    /**
     * With nobody of that surname in office on {@code date}, a title names who last held it before then ("President
     * Bush" in 2026 is George W. Bush, "Prime Minister Thatcher" Margaret Thatcher): among the candidates whose
     * dated office ended before the date and shares a word with the title, the one whose office ended last; none
     * without a title, nor when two ended on the same day. The title of a head of state or government also fits a
     * membership of government with no portfolio named (the Phoenix data's "government": "President Fujimori" in 2026
     * is Alberto Fujimori, in government until 2000).
     */
    private static Optional<KnownEntity> formerHolder(List<KnownEntity> candidates, LocalDate date, String hint) {
        if (hint == null || date == null) {
            return Optional.empty();
        }
        boolean head = Tenure.isHeadTitle(hint);
        return lastToLeave(candidates, date, tenure -> tenure.isOffice() && (sharesWord(tenure.role(), hint)
                || head && tenure.role().equals(GOVERNMENT)));
    }

    /**
     * Among the candidates' tenures that {@code counts} and that ended on or before {@code date}, the holder of the one
     * that ended last; empty when there is none or two ended on the same day.
     */
    private static Optional<KnownEntity> lastToLeave(List<KnownEntity> candidates, LocalDate date,
                                                     Predicate<Tenure> counts) {
        KnownEntity best = null;
        LocalDate bestEnd = null;
        boolean tie = false;
        for (KnownEntity candidate : candidates) {
            for (Tenure tenure : candidate.tenures()) {
                LocalDate end = tenure.to();
                if (end == null || end.isAfter(date) || !counts.test(tenure)) {
                    continue;
                }
                if (bestEnd == null || end.isAfter(bestEnd)) {
                    tie = false;
                    best = candidate;
                    bestEnd = end;
                } else if (end.equals(bestEnd) && candidate != best) {
                    tie = true;
                }
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static Optional<KnownEntity> pickActive(List<KnownEntity> candidates, LocalDate date, String country) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<KnownEntity> active = new ArrayList<>(candidates.size());
        for (KnownEntity candidate : candidates) {
            if (candidate.isActiveAt(date)) {
                active.add(candidate);
            }
        }
        if (country != null && active.stream().anyMatch(e -> country.equals(e.countryAt(date)))) {
            active.removeIf(e -> !country.equals(e.countryAt(date)));
        }
        if (active.size() <= 1) {
            return active.isEmpty() ? Optional.empty() : Optional.of(active.get(0));
        }
        Comparator<KnownEntity> rank = Comparator.comparingInt(e -> rank(e, date));
        active.sort(rank);
        return rank(active.get(0), date) < rank(active.get(1), date) ? Optional.of(active.get(0)) : Optional.empty();
    }

    /**
     * Of office-holders a head of state's title leaves undecided, all of one country, the one in office longest
     * ("President Museveni": Yoweri, in government since 1986, not Janet, since 2009; the country is certain either
     * way); empty when they belong to different countries or started on the same day.
     */
    private static Optional<KnownEntity> longestServing(List<KnownEntity> tied, LocalDate date) {
        String country = tied.get(0).countryAt(date);
        if (country == null || tied.stream().anyMatch(e -> !country.equals(e.countryAt(date)))) {
            return Optional.empty();
        }
        KnownEntity first = null;
        LocalDate earliest = null;
        boolean tie = false;
        for (KnownEntity candidate : tied) {
            Tenure tenure = candidate.tenureAt(date);
            LocalDate from = tenure == null ? null : tenure.from();
            if (from == null) {
                return Optional.empty();
            }
            if (earliest == null || from.isBefore(earliest)) {
                first = candidate;
                earliest = from;
                tie = false;
            } else if (from.equals(earliest)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(first);
    }

    /** Whether a word of four letters or more of {@code hint} is in {@code role}, in any case. */
    private static boolean sharesWord(String role, String hint) {
        String lowerRole = role.toLowerCase(Locale.ROOT);
        for (String word : hint.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && lowerRole.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** 0 for a curated office at the date, 1 for any office, 2 otherwise. */
    private static int rank(KnownEntity entity, LocalDate date) {
        Tenure tenure = entity.tenureAt(date);
        if (tenure == null || !tenure.isOffice()) {
            return 2;
        }
        return tenure.curated() ? 0 : 1;
    }

    /** Builds the indexes while the gazetteer loads. */
    static final class Builder {
        private final Map<String, List<KnownEntity>> bySurname = new HashMap<>();
        private final Map<String, List<KnownEntity>> byLoneName = new HashMap<>();
        private final Set<String> givenNames = new HashSet<>();

        void surname(String word, KnownEntity person) {
            add(bySurname, word, person);
        }

        void loneName(String word, KnownEntity person) {
            add(byLoneName, word, person);
        }

        void givenName(String word) {
            givenNames.add(word);
        }

        People build() {
            return new People(bySurname, byLoneName, givenNames);
        }

        private static void add(Map<String, List<KnownEntity>> index, String word, KnownEntity person) {
            List<KnownEntity> list = index.computeIfAbsent(word, w -> new ArrayList<>(1));
            for (KnownEntity known : list) {
                if (known == person) {
                    return;
                }
            }
            list.add(person);
        }
    }

    private static Map<String, List<KnownEntity>> copy(Map<String, List<KnownEntity>> index) {
        Map<String, List<KnownEntity>> copy = new HashMap<>(index.size() * 2);
        index.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
