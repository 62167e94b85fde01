package io.dateline.enrich.escalation;

import io.dateline.avro.EnrichedStory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * EnrichedStory (keyed by story id) → {@link WindowDelta}s keyed by dyad {@code SOURCE|TARGET}: the story version's
 * {@link StoryContribution} minus what the story last contributed (kept per story id in the store), netted per window,
 * so an update replaces its earlier version, a kill removes it and a replay changes nothing. Each delta carries the
 * event time of the version it comes from as its timestamp, which drives the window processor's stream time. A
 * contribution is forgotten {@link #RETENTION} of stream time after its event time, long after its windows closed.
 */
final class ContributionProcessor implements Processor<String, EnrichedStory, String, WindowDelta> {

    /** How long a story's contribution is kept after its event time: the day window, its grace, and a week more. */
    static final Duration RETENTION = Duration.ofDays(1 + 3 + 7);

    private final String storeName;
    private ProcessorContext<String, WindowDelta> context;
    private KeyValueStore<String, StoryContribution> contributions;

    ContributionProcessor(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, WindowDelta> context) {
        this.context = context;
        this.contributions = context.getStateStore(storeName);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::purge);
    }

    private void purge(long streamTime) {
        long keepFrom = streamTime - RETENTION.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, StoryContribution> all = contributions.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryContribution> entry = all.next();
                if (entry.value.eventTimeMs() < keepFrom) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(contributions::delete);
    }

    @Override
    public void process(Record<String, EnrichedStory> record) {
        EnrichedStory story = record.value();
        if (story == null) {
            return;
        }
        String id = story.getId();
        StoryContribution previous = contributions.get(id);
        StoryContribution current = StoryContribution.of(story);
        if (previous == null && current == null) {
            return;
        }
        Map<DeltaKey, Tally> deltas = new LinkedHashMap<>();
        Map<DeltaKey, Long> times = new LinkedHashMap<>();
        if (previous != null) {
            add(deltas, times, previous, true);
        }
        if (current != null) {
            add(deltas, times, current, false);
            contributions.put(id, current);
        } else {
            contributions.delete(id);
        }
        deltas.forEach((key, tally) -> {
            if (!tally.isZero()) {
                context.forward(new Record<>(key.dyad(), new WindowDelta(key.granularity(), key.windowStart(), tally),
                        times.get(key), record.headers()));
            }
        });
    }

    private static void add(Map<DeltaKey, Tally> deltas, Map<DeltaKey, Long> times, StoryContribution contribution,
                            boolean retract) {
        long time = contribution.eventTimeMs();
        for (Map.Entry<String, Tally> dyad : contribution.dyads().entrySet()) {
            Tally tally = retract ? dyad.getValue().negate() : dyad.getValue();
            for (Granularity granularity : Granularity.values()) {
                DeltaKey key = new DeltaKey(dyad.getKey(), granularity, granularity.windowStart(time));
                deltas.merge(key, tally, Tally::plus);
                times.merge(key, time, Math::max);
            }
        }
    }

    private record DeltaKey(String dyad, Granularity granularity, long windowStart) {
    }
}
