package io.dateline.enrich;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.RawStory;
import io.dateline.enrich.deadletter.RecordSizeLimit;
import io.dateline.enrich.escalation.EscalationIndex;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import io.dateline.schemas.Topics;
import java.util.Map;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * RawStory topic → EnrichedStory topic, keyed by story id: one enriched record per raw record, tombstones skipped; and
 * the enriched stories' events → the escalation topic ({@link EscalationIndex}: per country dyad and hour/day window,
 * stateful, repartitioned by dyad). Stories in and out, events and escalation windows are counted on the way
 * ({@link EnrichMetrics}). A pure function of its arguments; the dead-letter handling for records that cannot be read
 * or enriched is configured in {@link EnrichConfig#streamsProperties()}.
 */
public final class EnrichTopology {

    /** Processor names, stable so that the topology's description and metrics do not shift. */
    public static final String SOURCE = "read-raw-stories";
    public static final String SKIP_TOMBSTONES = "skip-tombstones";
    public static final String ENRICH = "enrich-story";
    public static final String KEY_BY_ID = "key-by-story-id";
    public static final String SINK = "write-enriched-stories";
    public static final String ESCALATION_SINK = "write-escalation-windows";
    public static final String COUNT_IN = "count-stories-in";
    public static final String COUNT_OUT = "count-stories-out";
    public static final String COUNT_WINDOWS = "count-escalation-windows";

    private EnrichTopology() {
    }

    /** The topology with its counters kept in memory only. */
    public static Topology build(Topics topics, Serdes serdes, Enricher enricher) {
        return build(topics, serdes, enricher, EnrichMetrics.inMemory());
    }

    public static Topology build(Topics topics, Serdes serdes, Enricher enricher, EnrichMetrics metrics) {
        return build(topics, serdes, enricher, metrics, RecordSizeLimit.maxValueBytes(Map.of()));
    }

    /**
     * The topology; an enriched record over {@code maxEnrichedBytes} fails its serialisation, so the production
     * exception handler dead-letters it before it reaches the (transactional) producer.
     */
    public static Topology build(Topics topics, Serdes serdes, Enricher enricher, EnrichMetrics metrics,
                                 int maxEnrichedBytes) {
        Topic<String, RawStory> raw = topics.rawStories();
        Topic<String, EnrichedStory> enriched = topics.enrichedStories();
        Topic<String, EscalationWindow> escalation = topics.escalation();
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, EnrichedStory> stories = builder
                .stream(raw.name(), Consumed.with(serdes.key(raw), serdes.value(raw)).withName(SOURCE))
                .filter((id, story) -> story != null, Named.as(SKIP_TOMBSTONES))
                .peek((id, story) -> metrics.storyIn(), Named.as(COUNT_IN))
                .mapValues(enricher::enrich, Named.as(ENRICH))
                .selectKey((key, story) -> story.getId(), Named.as(KEY_BY_ID))
                .peek((id, story) -> metrics.storyOut(story), Named.as(COUNT_OUT));
        stories.to(enriched.name(), Produced.with(serdes.key(enriched),
                RecordSizeLimit.of(serdes.value(enriched), maxEnrichedBytes)).withName(SINK));
        EscalationIndex.windows(stories)
                .peek((key, window) -> metrics.window(window), Named.as(COUNT_WINDOWS))
                .to(escalation.name(), Produced.with(serdes.key(escalation), serdes.value(escalation))
                        .withName(ESCALATION_SINK));
        return builder.build();
    }
}
