package io.dateline.enrich.escalation;

import io.dateline.avro.EnrichedStory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EnrichedStory (keyed by story id) → {@link WindowDelta}s keyed by dyad {@code SOURCE|TARGET}: the story version's
 * {@link StoryContribution} minus what the story last contributed (kept per story id in the store), netted per window,
 * so an update replaces its earlier version, a kill removes it and a replay changes nothing; a version older than the
 * one counted (out-of-order delivery) changes nothing either ({@link io.dateline.schemas.VersionStamp}).
 *
 * <p>Lateness is decided here, per story partition, against that partition's <em>event clock</em> (the latest event time
 * of any story seen in it, kept in a store): a delta for a window whose end + grace the clock has passed is dropped,
 * counted in the {@code late-dropped} sensor. The order of stories within a partition is the order they were published
 * in, so the same input always drops the same changes, however fast the partitions are processed relative to each
 * other — which the window stage downstream, fed by all partitions at once, could not promise. A contribution is
 * forgotten {@link #RETENTION} of event clock after its event time, long after its windows closed.
 */
final class ContributionProcessor implements Processor<String, EnrichedStory, String, WindowDelta> {

    /** How long a story's contribution is kept after its event time: the day window, its grace, and a week more. */
    static final Duration RETENTION = Duration.ofDays(1 + 3 + 7);

    private static final Logger LOG = LoggerFactory.getLogger(ContributionProcessor.class);
    private static final String CLOCK = "event-clock";

    private final String storeName;
    private final String clockStoreName;
    private ProcessorContext<String, WindowDelta> context;
    private KeyValueStore<String, StoryContribution> contributions;
    private KeyValueStore<String, Long> clock;
    private Sensor lateDropped;

    ContributionProcessor(String storeName, String clockStoreName) {
        this.storeName = storeName;
        this.clockStoreName = clockStoreName;
    }

    @Override
    public void init(ProcessorContext<String, WindowDelta> context) {
        this.context = context;
        this.contributions = context.getStateStore(storeName);
        this.clock = context.getStateStore(clockStoreName);
        this.lateDropped = context.metrics().addRateTotalSensor("escalation-index", context.taskId().toString(),
                "late-dropped", Sensor.RecordingLevel.INFO);
        context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, ignored -> purge());
    }

    /** The latest event time seen in this partition, or Long.MIN_VALUE before the first story. */
    private long eventClock() {
        Long now = clock.get(CLOCK);
        return now == null ? Long.MIN_VALUE : now;
    }

    private void purge() {
        long now = eventClock();
        if (now == Long.MIN_VALUE) {
            return;
        }
        long keepFrom = now - RETENTION.toMillis();
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
        if (previous != null && !current.stamp().isNewerThan(previous.stamp())) {
            return;   // an older version arriving late, or a replay: the newest version counts, whatever the order
        }
        long now = eventClock();
        if (current.eventTimeMs() > now) {
            now = current.eventTimeMs();
            clock.put(CLOCK, now);
        }
        Map<DeltaKey, Tally> deltas = new LinkedHashMap<>();
        Map<DeltaKey, Long> times = new LinkedHashMap<>();
        if (previous != null) {
            add(deltas, times, previous, true);
        }
        add(deltas, times, current, false);
        contributions.put(id, current);   // with no dyads too: its stamp keeps older versions out
        long eventClock = now;
        deltas.forEach((key, tally) -> {
            if (tally.isZero()) {
                return;
            }
            if (key.granularity().isClosed(key.windowStart(), eventClock)) {
                lateDropped.record();
                LOG.debug("escalation: {} window {} of {} closed at event clock {}; a late change of story {} dropped",
                        key.granularity().label(), Instant.ofEpochMilli(key.windowStart()), key.dyad(),
                        Instant.ofEpochMilli(eventClock), id);
            } else {
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
