package io.dateline.ingest.metrics;

import io.dateline.avro.InputFormat;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import java.util.Objects;

/**
 * What ingest did, as Micrometer counters (Prometheus names in brackets): stories in, i.e. parsed and handed to the
 * publisher, by wire format ({@code dateline_ingest_stories_in_total{format}}), stories out, i.e. acknowledged by
 * Kafka, by format ({@code dateline_ingest_stories_published_total{format}}; formats are the
 * {@code InputFormat} names in lower case: plain_text, ninjs, newsml_g2, reuters_sgml), duplicates dropped
 * ({@code ..._stories_duplicate_total}), items
 * skipped ({@code ..._items_skipped_total}), rejections by reason and channel ({@code ..._rejections_total{reason,
 * channel}}), publish failures ({@code ..._publish_failures_total}) and drop-folder files by outcome
 * ({@code ..._files_total{outcome}}).
 */
public final class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Counters kept in memory only (the command line, tests). */
    public static IngestMetrics inMemory() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Counts one story handed to the publisher (duplicates included). */
    public void received(InputFormat format) {
        Counter.builder("dateline.ingest.stories.in").tag("format", tag(format)).register(registry).increment();
    }

    /** Counts one story Kafka acknowledged. */
    public void published(InputFormat format) {
        Counter.builder("dateline.ingest.stories.published").tag("format", tag(format)).register(registry)
                .increment();
    }

    public void duplicate() {
        registry.counter("dateline.ingest.stories.duplicate").increment();
    }

    public void publishFailed() {
        registry.counter("dateline.ingest.publish.failures").increment();
    }

    /** Counts the skipped items and the rejections of one parsed input read from {@code channel}. */
    public void parsed(ParseResult result, String channel) {
        if (!result.skipped().isEmpty()) {
            registry.counter("dateline.ingest.items.skipped").increment(result.skipped().size());
        }
        for (Problem problem : result.problems()) {
            rejected(problem.kind().code(), channel);
        }
    }

    /** Counts one rejection. */
    public void rejected(String reason, String channel) {
        Counter.builder("dateline.ingest.rejections").tag("reason", reason).tag("channel", channel)
                .register(registry).increment();
    }

    /** Counts a drop-folder file moved to processed/ or rejected/. */
    public void file(String outcome) {
        Counter.builder("dateline.ingest.files").tag("outcome", outcome).register(registry).increment();
    }

    /** The sum of the counters named {@code name} with {@code tags}, for tests and summaries; 0 when none counted. */
    public double count(String name, String... tags) {
        return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static String tag(InputFormat format) {
        return format == null ? "unknown" : format.name().toLowerCase(Locale.ROOT);
    }
}
