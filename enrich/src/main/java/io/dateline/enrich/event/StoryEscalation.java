package io.dateline.enrich.event;

import io.dateline.avro.Dyad;
import io.dateline.avro.Escalation;
import io.dateline.avro.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's events → its escalation: each event between two different countries (not IGO, NGO or IMG actors) adds
 * minus its Goldstein intensity to its directed dyad (conflict positive), a quarter of it when the event is
 * background; negated and hypothetical events add nothing (a threat is coded as THREATEN, which does count). The
 * story's score is the sum over dyads; the dyads are listed strongest (largest absolute score) first, at most
 * {@value #TOP}.
 */
public final class StoryEscalation {

    static final int TOP = 5;
    private static final double BACKGROUND_WEIGHT = 0.25;
    /** Actor codes of international organisations and groups of no one country: no country, so no dyad. */
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG");

    private StoryEscalation() {
    }

    /** Whether an actor's {@code country} code names a country: not null, not IGO, NGO or IMG. */
    public static boolean isCountry(String code) {
        return code != null && !code.isBlank() && !NOT_COUNTRIES.contains(code);
    }

    public static Escalation of(List<Event> events) {
        Map<String, double[]> dyads = new LinkedHashMap<>();
        for (Event event : events) {
            if (event.getNegated() || event.getHypothetical() || event.getSource() == null
                    || event.getTarget() == null || event.getIntensity() == null) {
                continue;
            }
            String source = event.getSource().getCountry();
            String target = event.getTarget().getCountry();
            if (!isCountry(source) || !isCountry(target) || source.equals(target)) {
                continue;
            }
            double weight = event.getBackground() ? BACKGROUND_WEIGHT : 1.0;
            double[] sum = dyads.computeIfAbsent(source + "\t" + target, k -> new double[2]);
            sum[0] += -event.getIntensity() * weight;
            sum[1]++;
        }
        List<Dyad> list = new ArrayList<>();
        double score = 0;
        for (Map.Entry<String, double[]> entry : dyads.entrySet()) {
            String[] pair = entry.getKey().split("\t");
            double value = Math.round(entry.getValue()[0] * 100) / 100.0;
            score += value;
            list.add(new Dyad(pair[0], pair[1], value, (int) entry.getValue()[1]));
        }
        list.sort(Comparator.comparingDouble((Dyad d) -> -Math.abs(d.getScore())));
        return new Escalation(Math.round(score * 100) / 100.0, List.copyOf(list.subList(0, Math.min(TOP,
                list.size()))));
    }
}
