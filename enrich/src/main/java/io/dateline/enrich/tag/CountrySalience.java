package io.dateline.enrich.tag;

import io.dateline.enrich.text.StoryText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mentions → the countries a story is about, most salient first. The dateline's country comes first when there is one;
 * the others follow by score, a mention counting {@value #HEADLINE} in the headline, {@value #LEAD} in the first body
 * sentence and 1 elsewhere, ties going to the country mentioned first. Every mention with a country counts, whether it
 * names the country, a demonym, a city, a region or an institution.
 */
public final class CountrySalience {

    static final double HEADLINE = 3.0;
    static final double LEAD = 2.0;

    private CountrySalience() {
    }

    private static final class Score {
        private double value;
        private int first = Integer.MAX_VALUE;
    }

    /** ISO alpha-3 codes of the countries of {@code matches}, most salient first, each once. */
    public static List<String> rank(StoryText text, List<Match> matches, Optional<String> datelineCountry) {
        Map<String, Score> scores = new HashMap<>();
        int lead = text.firstBodySentence();
        for (Match match : matches) {
            String country = match.entity().country();
            if (country == null) {
                continue;
            }
            Score score = scores.computeIfAbsent(country, c -> new Score());
            score.value += weight(text, match, lead);
            score.first = Math.min(score.first, match.begin());
        }
        List<String> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.<String>comparingDouble(c -> -scores.get(c).value)
                .thenComparingInt(c -> scores.get(c).first));
        datelineCountry.ifPresent(country -> {
            ranked.remove(country);
            ranked.add(0, country);
        });
        return List.copyOf(ranked);
    }

    private static double weight(StoryText text, Match match, int lead) {
        if (text.inHeadline(match.begin())) {
            return HEADLINE;
        }
        return text.sentenceAt(match.begin()) == lead ? LEAD : 1.0;
    }
}
