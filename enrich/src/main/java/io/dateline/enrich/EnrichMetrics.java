package io.dateline.enrich;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.Event;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Objects;

/**
 * What enrich did, as Micrometer counters (Prometheus names): raw stories read
 * ({@code dateline_enrich_stories_in_total}), enriched stories written ({@code ..._stories_out_total}), events coded
 * by type ({@code ..._events_total{type}}), dead letters by reason ({@code ..._dead_letters_total{reason}}: the reasons
 * of {@link io.dateline.enrich.deadletter.DeadLetters}), and escalation windows emitted and alerts among them
 * ({@code ..._escalation_windows_total{granularity}}, {@code ..._escalation_alerts_total{granularity}}). In minus out
 * is what went to the dead letters or is still in flight. Kafka Streams' own metrics are bound beside them.
 */
public final class EnrichMetrics {

    /**
     * Streams property under which {@link EnrichService} hands this object to the dead-letter handlers, which Kafka
     * Streams creates by class name and configures with the streams properties.
     */
    public static final String CONFIG_KEY = "dateline.enrich.metrics";

    private final MeterRegistry registry;
    private final Counter storiesIn;
    private final Counter storiesOut;

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.storiesIn = Counter.builder("dateline.enrich.stories.in")
                .description("Raw stories read (tombstones excluded)").register(registry);
        this.storiesOut = Counter.builder("dateline.enrich.stories.out")
                .description("Enriched stories written").register(registry);
    }

    /** Counters kept in memory only (tests, the topology's description). */
    public static EnrichMetrics inMemory() {
        return new EnrichMetrics(new SimpleMeterRegistry());
    }

    /** The instance under {@link #CONFIG_KEY} in {@code configs}, or a throw-away one when there is none. */
    public static EnrichMetrics from(Map<String, ?> configs) {
        Object value = configs.get(CONFIG_KEY);
        return value instanceof EnrichMetrics metrics ? metrics : inMemory();
    }

    public MeterRegistry registry() {
        return registry;
    }

    void storyIn() {
        storiesIn.increment();
    }

    /** Counts one enriched story written, and its events by type. */
    void storyOut(EnrichedStory story) {
        storiesOut.increment();
        for (Event event : story.getEvents()) {
            Counter.builder("dateline.enrich.events").description("Events coded, by type")
                    .tag("type", event.getType()).register(registry).increment();
        }
    }

    /** Counts one escalation window emitted, and whether it carries an alert. */
    void window(EscalationWindow window) {
        Counter.builder("dateline.enrich.escalation.windows").description("Escalation windows emitted")
                .tag("granularity", window.getGranularity()).register(registry).increment();
        if (window.getAlert()) {
            Counter.builder("dateline.enrich.escalation.alerts").description("Escalation windows emitted with an alert")
                    .tag("granularity", window.getGranularity()).register(registry).increment();
        }
    }

    /** Counts one record sent to the dead-letter topic for {@code reason}. */
    public void deadLetter(String reason) {
        Counter.builder("dateline.enrich.dead.letters").description("Records sent to the dead-letter topic, by reason")
                .tag("reason", reason).register(registry).increment();
    }

    /** The count of a counter, for tests; 0 when it was never incremented. */
    public double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
