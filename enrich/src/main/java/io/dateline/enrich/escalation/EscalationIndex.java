package io.dateline.enrich.escalation;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Enriched stories keyed by story id → the escalation index: per directed country dyad and UTC hour / day of the
 * story's event time, EscalationWindow records keyed {@code SOURCE|TARGET|granularity|windowStartEpochMillis}. Stage
 * one ({@link ContributionProcessor}, per story id) turns each version into deltas against what the story last
 * contributed, dropping changes to windows closed in the story partition's event time; they are repartitioned by
 * dyad; stage two ({@link WindowProcessor}) keeps the windows and emits each changed window, and the windows whose
 * baseline it is part of, with their baseline and alert. The windows' final states depend only on which changes were
 * accepted, never on the order in which the partitions delivered them. Alert: a baseline exists, conflictIntensity ≥ {@value #ALERT_RATIO} ×
 * baseline and ≥ baseline + {@value #ALERT_FLOOR}.
 */
public final class EscalationIndex {

    /** Processor, repartition topic and store names, stable so that internal topics do not shift. */
    public static final String CONTRIBUTIONS = "escalation-story-contributions";
    public static final String CONTRIBUTIONS_STORE = "escalation-story-contributions-store";
    public static final String EVENT_CLOCK_STORE = "escalation-event-clock-store";
    public static final String BY_DYAD = "escalation-deltas-by-dyad";
    public static final String WINDOWS = "escalation-windows";
    public static final String WINDOWS_STORE = "escalation-windows-store";

    /** Conflict intensity must reach this multiple of the baseline for an alert. */
    public static final double ALERT_RATIO = 2.0;
    /** ... and exceed the baseline by at least this much (one Goldstein -10 event, or two -5). */
    public static final double ALERT_FLOOR = 10.0;

    private EscalationIndex() {
    }

    /** The escalation windows of {@code stories} (keyed by story id), to be written to the escalation topic. */
    public static KStream<String, EscalationWindow> windows(KStream<String, EnrichedStory> stories) {
        return stories
                .process(contributions(), Named.as(CONTRIBUTIONS))
                .repartition(Repartitioned.with(Serdes.String(), EscalationSerdes.delta()).withName(BY_DYAD))
                .process(windowProcessor(), Named.as(WINDOWS));
    }

    /** The key on the escalation topic: {@code SOURCE|TARGET|hour|1768557600000}. */
    public static String windowKey(String dyad, Granularity granularity, long windowStartMs) {
        return dyad + "|" + granularity.label() + "|" + windowStartMs;
    }

    /** The alert rule: a baseline exists, and conflict is at least twice it and at least {@value #ALERT_FLOOR} over. */
    public static boolean isAlert(double conflictIntensity, Double baseline) {
        return baseline != null && conflictIntensity >= ALERT_RATIO * baseline
                && conflictIntensity - baseline >= ALERT_FLOOR;
    }

    private static ProcessorSupplier<String, EnrichedStory, String, WindowDelta> contributions() {
        StoreBuilder<?> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTRIBUTIONS_STORE),
                Serdes.String(), EscalationSerdes.contribution());
        // one key, moved forward by nearly every story of time-ordered traffic: the cache makes that one changelog
        // record per commit instead of one per story
        StoreBuilder<?> clock = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENT_CLOCK_STORE),
                Serdes.String(), Serdes.Long()).withCachingEnabled();
        return new ProcessorSupplier<>() {
            @Override
            public ContributionProcessor get() {
                return new ContributionProcessor(CONTRIBUTIONS_STORE, EVENT_CLOCK_STORE);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store, clock);
            }
        };
    }

    private static ProcessorSupplier<String, WindowDelta, String, EscalationWindow> windowProcessor() {
        StoreBuilder<?> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(WINDOWS_STORE),
                Serdes.String(), EscalationSerdes.window());
        return new ProcessorSupplier<>() {
            @Override
            public WindowProcessor get() {
                return new WindowProcessor(WINDOWS_STORE);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(store);
            }
        };
    }
}
