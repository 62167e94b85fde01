package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import io.dateline.enrich.text.StoryText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mentions → the countries a story is about, most salient first. Each mention that stands for a country scores
 * {@value #HEADLINE} in the headline, {@value #LEAD} in the first body sentence and 1 elsewhere: names, demonyms,
 * cities, regions, institutions and the people the gazetteer knows (Putin stands for Russia). People found only by
 * the name rules, companies, media and international organisations do not count (their country words already do).
 * A country is about the story when it scores at least {@value #THRESHOLD} (a headline mention, a lead mention and
 * another, three in the body), or when its name is the subject of a verb ({@link ActingCountry}: {@code Saudi Arabia,
 * Qatar and Oman led efforts}); the dateline's country comes first whatever its score; when nothing qualifies and
 * there is no dateline, the best-scoring country is kept. Others follow by score, ties going to the country mentioned
 * first. Every country mentioned stays among the story's entities either way.
 */
public final class CountrySalience {

    static final double HEADLINE = 3.0;
    static final double LEAD = 2.0;
    static final double THRESHOLD = 2.5;
    private static final Set<String> NOT_COUNTED = Set.of("company", "media", "international");

    private CountrySalience() {
    }

    private static final class Score {
        private double value;
        private int first = Integer.MAX_VALUE;
        private boolean acting;
    }

    /** ISO alpha-3 codes of the countries {@code matches} are about, most salient first, each once. */
    public static List<String> rank(StoryText text, List<Match> matches, Optional<String> datelineCountry) {
        Map<String, Score> scores = scores(text, matches);
        List<String> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.<String>comparingDouble(c -> -scores.get(c).value)
                .thenComparingInt(c -> scores.get(c).first));
        List<String> about = new ArrayList<>();
        datelineCountry.ifPresent(about::add);
        for (String country : ranked) {
            Score score = scores.get(country);
            if ((score.value >= THRESHOLD || score.acting) && !about.contains(country)) {
                about.add(country);
            }
        }
        if (about.isEmpty() && !ranked.isEmpty()) {
            about.add(ranked.get(0));
        }
        return List.copyOf(about);
    }

    /** Every country's score. */
    static Map<String, Score> scores(StoryText text, List<Match> matches) {
        Map<String, Score> scores = new HashMap<>();
        int lead = text.firstBodySentence();
        for (Match match : matches) {
            String country = match.country();
            if (country == null || !counts(match.entity())) {
                continue;
            }
            Score score = scores.computeIfAbsent(country, c -> new Score());
            score.value += weight(text, match, lead);
            score.first = Math.min(score.first, match.begin());
            score.acting = score.acting || ActingCountry.isActing(text, match);
        }
        return scores;
    }

    private static boolean counts(KnownEntity entity) {
        if (entity.id().startsWith("unlinked:")) {
            return false;
        }
        return entity.type() != EntityType.ORGANIZATION || entity.subtype() == null
                || !NOT_COUNTED.contains(entity.subtype());
    }

    private static double weight(StoryText text, Match match, int lead) {
        if (text.inHeadline(match.begin())) {
            return HEADLINE;
        }
        return text.sentenceAt(match.begin()) == lead ? LEAD : 1.0;
    }
}
