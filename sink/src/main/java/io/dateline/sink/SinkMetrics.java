package io.dateline.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the sink did, as Micrometer meters (Prometheus names): records stored per topic kind
 * ({@code dateline_sink_records_total{kind="stories|windows"}}), story rows that changed
 * ({@code dateline_sink_stories_changed_total}: a replay stores records but changes none), dead letters by reason
 * ({@code dateline_sink_dead_letters_total{reason}}), the time to write one batch, retries included
 * ({@code dateline_sink_batch_seconds}), and how many records of its partitions are not stored yet
 * ({@code dateline_sink_lag_records}, as the consumer last saw it). The Kafka clients' own metrics are bound beside them.
 */
final class SinkMetrics {

    private final MeterRegistry registry;
    private final Counter stories;
    private final Counter windows;
    private final Counter changed;
    private final Timer batch;
    private final AtomicLong lag = new AtomicLong();

    SinkMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.stories = records("stories");
        this.windows = records("windows");
        this.changed = Counter.builder("dateline.sink.stories.changed")
                .description("Story rows inserted or replaced (a replay changes none)").register(registry);
        this.batch = Timer.builder("dateline.sink.batch")
                .description("Time to store one batch, retries while the database is down included").register(registry);
        Gauge.builder("dateline.sink.lag", lag, AtomicLong::get).baseUnit("records")
                .description("Records of the assigned partitions not stored yet, as the consumer last saw it")
                .register(registry);
    }

    /** Meters kept in memory only (tests, tools). */
    static SinkMetrics inMemory() {
        return new SinkMetrics(new SimpleMeterRegistry());
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Counts a stored batch of {@code storyRecords} and {@code windowRecords}, {@code changedStories} rows changed. */
    void stored(int storyRecords, int windowRecords, int changedStories, Duration took) {
        stories.increment(storyRecords);
        windows.increment(windowRecords);
        changed.increment(changedStories);
        batch.record(took);
    }

    void deadLetters(String reason, int count) {
        Counter.builder("dateline.sink.dead.letters").description("Records sent to the dead-letter topic, by reason")
                .tag("reason", reason).register(registry).increment(count);
    }

    void lag(long records) {
        lag.set(records);
    }

    private Counter records(String kind) {
        return Counter.builder("dateline.sink.records").description("Records stored, by kind")
                .tag("kind", kind).register(registry);
    }
}
