package io.dateline.enrich.eval;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tagged stories against Reuters gold → micro precision, recall and F1 of story-level countries, and recall of people,
 * by the rules of the reference scorer {@code shared/tools/score_reuters.py}. Countries: each gold place with an ISO
 * code (through {@link PlacesMap}) is a hit when the story's {@code countries} hold that code or an accepted alias of a
 * former state ({@code SUN} ~ {@code RUS}); every tagged code that matched no gold place is a false positive; stories
 * without gold places are not counted. People: a gold id ({@code james-baker}) is found when the last hyphen token
 * ({@code baker}) equals the last {@code [a-z]+} token of the name of a tagged PERSON; stories without gold people are
 * not counted. A story the tagger never saw counts as tagged with nothing. Not thread-safe.
 */
public final class ReutersScore {

    /** The reference scorer's ALIAS table: the codes accepted for a gold code. */
    static final Map<String, Set<String>> ALIASES = Map.of(
            "SUN", Set.of("SUN", "RUS"), "YMD", Set.of("YMD", "YEM"), "CSK", Set.of("CSK", "CZE"),
            "YUG", Set.of("YUG", "SRB"), "MMR", Set.of("MMR", "BUR"), "COD", Set.of("COD", "ZAR"),
            "ROU", Set.of("ROU", "ROM"));

    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private final PlacesMap places;
    private int stories;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int peopleFound;
    private int peopleMissed;

    public ReutersScore(PlacesMap places) {
        this.places = places;
    }

    /** Scores one story; {@code tagged} is null when the tagger produced nothing for it. */
    public void add(ReutersStory gold, EnrichedStory tagged) {
        stories++;
        if (!gold.places().isEmpty()) {
            Set<String> countries = tagged == null ? new HashSet<>() : new HashSet<>(tagged.getCountries());
            Set<String> matched = new HashSet<>();
            for (String code : places.codes(gold.places())) {
                Set<String> ok = new HashSet<>(ALIASES.getOrDefault(code, Set.of(code)));
                ok.retainAll(countries);
                if (ok.isEmpty()) {
                    falseNegatives++;
                } else {
                    truePositives++;
                    matched.addAll(ok);
                }
            }
            countries.removeAll(matched);
            falsePositives += countries.size();
        }
        if (!gold.people().isEmpty()) {
            Set<String> surnames = surnames(tagged == null ? List.of() : tagged.getEntities());
            Set<String> wanted = new HashSet<>();
            for (String id : gold.people()) {
                wanted.add(id.substring(id.lastIndexOf('-') + 1));
            }
            for (String surname : wanted) {
                if (surnames.contains(surname)) {
                    peopleFound++;
                } else {
                    peopleMissed++;
                }
            }
        }
    }

    /** The last {@code [a-z]+} token of the lower-cased name of every PERSON entity. */
    static Set<String> surnames(List<Entity> entities) {
        Set<String> surnames = new HashSet<>();
        for (Entity entity : entities) {
            if (entity.getType() != EntityType.PERSON) {
                continue;
            }
            Matcher m = WORD.matcher(entity.getName().toLowerCase(Locale.ROOT));
            String last = null;
            while (m.find()) {
                last = m.group();
            }
            if (last != null) {
                surnames.add(last);
            }
        }
        return surnames;
    }

    public int stories() {
        return stories;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return 2 * p * r / Math.max(p + r, 1e-9);
    }

    public double peopleRecall() {
        return ratio(peopleFound, peopleFound + peopleMissed);
    }

    /** The figures, in the reference scorer's words and rounding. */
    public String report() {
        return String.format(Locale.ROOT, "stories %d%ncountries P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n"
                        + "people recall=%.3f (%d/%d)", stories, precision(), recall(), f1(), truePositives,
                falsePositives, falseNegatives, peopleRecall(), peopleFound, peopleFound + peopleMissed);
    }

    private static double ratio(int part, int whole) {
        return part / (double) Math.max(whole, 1);
    }
}
