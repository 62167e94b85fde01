package io.dateline.enrich.escalation;

import io.dateline.avro.Actor;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Event;
import io.dateline.avro.PubStatus;
import io.dateline.enrich.event.StoryEscalation;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * EnrichedStory → what it adds to the escalation index: its event time ({@code versionCreated}, else
 * {@code firstCreated}, else {@code received}) and a {@link Tally} per directed dyad {@code SOURCE|TARGET}. Counted are
 * events with a source and a target country that are not negated, hypothetical or background; a kill (CANCELED)
 * contributes nothing.
 *
 * @param eventTimeMs the story version's event time
 * @param dyads       tally per {@code SOURCE|TARGET}, sorted; never empty
 */
public record StoryContribution(long eventTimeMs, Map<String, Tally> dyads) {

    public StoryContribution {
        dyads = Map.copyOf(dyads);
    }

    /** The contribution of {@code story}, or null when it contributes nothing. */
    public static StoryContribution of(EnrichedStory story) {
        if (story.getPubStatus() == PubStatus.CANCELED) {
            return null;
        }
        Map<String, Tally> dyads = new TreeMap<>();
        for (Event event : story.getEvents()) {
            String source = country(event.getSource());
            String target = country(event.getTarget());
            if (source == null || target == null || event.getNegated() || event.getHypothetical()
                    || event.getBackground()) {
                continue;
            }
            dyads.merge(source + "|" + target, Tally.of(event), Tally::plus);
        }
        return dyads.isEmpty() ? null : new StoryContribution(eventTime(story).toEpochMilli(), dyads);
    }

    /** The story's event time: versionCreated, else firstCreated, else received. */
    public static Instant eventTime(EnrichedStory story) {
        if (story.getVersionCreated() != null) {
            return story.getVersionCreated();
        }
        return story.getFirstCreated() != null ? story.getFirstCreated() : story.getReceived();
    }

    /** The actor's country code, or null when it has none or is an international organisation (IGO, NGO). */
    private static String country(Actor actor) {
        String code = actor == null || actor.getCountry() == null ? null
                : actor.getCountry().trim().toUpperCase(Locale.ROOT);
        return StoryEscalation.isCountry(code) ? code : null;
    }
}
