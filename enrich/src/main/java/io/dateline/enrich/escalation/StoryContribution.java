package io.dateline.enrich.escalation;

import io.dateline.avro.Actor;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Event;
import io.dateline.avro.PubStatus;
import io.dateline.enrich.event.StoryEscalation;
import io.dateline.schemas.VersionStamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * EnrichedStory → what it adds to the escalation index: its event time ({@code versionCreated}, else
 * {@code firstCreated}, else {@code received}), its version stamp, and a {@link Tally} per directed dyad
 * {@code SOURCE|TARGET}. Counted are events with a source and a target country that are not negated, hypothetical or
 * background; a kill (CANCELED) contributes nothing, but its stamp is kept so that an older version arriving later
 * does not count again.
 *
 * @param eventTimeMs the story version's event time
 * @param stamp       the story version's stamp: only a newer version replaces this contribution
 * @param dyads       tally per {@code SOURCE|TARGET}, sorted; empty when the version contributes nothing
 */
public record StoryContribution(long eventTimeMs, VersionStamp stamp, Map<String, Tally> dyads) {

    public StoryContribution {
        dyads = Map.copyOf(dyads);
    }

    /** The contribution of {@code story} (no dyads for a kill or a story without events between countries). */
    public static StoryContribution of(EnrichedStory story) {
        Map<String, Tally> dyads = new TreeMap<>();
        if (story.getPubStatus() != PubStatus.CANCELED) {
            for (Event event : story.getEvents()) {
                String source = country(event.getSource());
                String target = country(event.getTarget());
                if (source == null || target == null || event.getNegated() || event.getHypothetical()
                        || event.getBackground()) {
                    continue;
                }
                dyads.merge(source + "|" + target, Tally.of(event), Tally::plus);
            }
        }
        return new StoryContribution(eventTime(story).toEpochMilli(), VersionStamp.of(story), dyads);
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
