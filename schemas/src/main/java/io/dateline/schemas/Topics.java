package io.dateline.schemas;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.RawStory;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The topic catalogue: every topic of the pipeline, declared once with its types and settings. Stories are keyed by
 * story id so that all versions of a story stay in order on one partition. A {@code Topics} instance applies an optional
 * name prefix (one deployment or one test per prefix).
 */
public final class Topics {

    /** Base names, without prefix. */
    public static final String RAW_STORIES_NAME = "dateline.stories.raw";
    public static final String ENRICHED_STORIES_NAME = "dateline.stories.enriched";
    public static final String ESCALATION_NAME = "dateline.escalation";
    public static final String DEAD_LETTERS_NAME = "dateline.deadletter";

    private static final int DEFAULT_PARTITIONS = 3;
    private static final String RETENTION_MS = "retention.ms";
    private static final String CLEANUP_POLICY = "cleanup.policy";

    private final Topic<String, RawStory> rawStories;
    private final Topic<String, EnrichedStory> enrichedStories;
    private final Topic<String, EscalationWindow> escalation;
    private final Topic<byte[], byte[]> deadLetters;

    private Topics(String prefix) {
        this.rawStories = new Topic<>(RAW_STORIES_NAME, String.class, RawStory.class, DEFAULT_PARTITIONS,
                Map.of(CLEANUP_POLICY, "delete", RETENTION_MS, millis(Duration.ofDays(7))),
                "Every story version ingest accepted, keyed by story id (RawStory).").withPrefix(prefix);
        this.enrichedStories = new Topic<>(ENRICHED_STORIES_NAME, String.class, EnrichedStory.class, DEFAULT_PARTITIONS,
                Map.of(CLEANUP_POLICY, "delete", RETENTION_MS, millis(Duration.ofDays(7))),
                "Every story version with its entities, events and countries, keyed by story id (EnrichedStory).")
                .withPrefix(prefix);
        this.escalation = new Topic<>(ESCALATION_NAME, String.class, EscalationWindow.class, DEFAULT_PARTITIONS,
                Map.of(CLEANUP_POLICY, "compact,delete", RETENTION_MS, millis(Duration.ofDays(90))),
                "The escalation index per country dyad and hour/day window, keyed 'SOURCE|TARGET|granularity|"
                        + "windowStartEpochMillis'; the latest record per key is the window's state (EscalationWindow).")
                .withPrefix(prefix);
        this.deadLetters = new Topic<>(DEAD_LETTERS_NAME, byte[].class, byte[].class, 1,
                Map.of(CLEANUP_POLICY, "delete", RETENTION_MS, millis(Duration.ofDays(30))),
                "Records a service could not process, as they came, with headers saying why.").withPrefix(prefix);
    }

    /** The catalogue with the plain names. */
    public static Topics standard() {
        return new Topics("");
    }

    /** The catalogue with every name prefixed, e.g. {@code "it-42."}. */
    public static Topics withPrefix(String prefix) {
        return new Topics(prefix == null ? "" : prefix);
    }

    public Topic<String, RawStory> rawStories() {
        return rawStories;
    }

    public Topic<String, EnrichedStory> enrichedStories() {
        return enrichedStories;
    }

    public Topic<String, EscalationWindow> escalation() {
        return escalation;
    }

    public Topic<byte[], byte[]> deadLetters() {
        return deadLetters;
    }

    /** Every topic of the catalogue, in pipeline order. */
    public List<Topic<?, ?>> all() {
        return List.of(rawStories, enrichedStories, escalation, deadLetters);
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }
}
