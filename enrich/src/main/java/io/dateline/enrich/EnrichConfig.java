package io.dateline.enrich;

import io.dateline.enrich.deadletter.DeadLetterDeserializationHandler;
import io.dateline.enrich.deadletter.DeadLetterProcessingHandler;
import io.dateline.enrich.deadletter.DeadLetterProductionHandler;
import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.Setting;
import io.dateline.platform.ops.OpsSettings;
import io.dateline.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The enrich service's settings: the shared {@link KafkaSettings} plus the {@code DATELINE_ENRICH_*} ones below, typed
 * and checked at start. {@link #streamsProperties()} turns them into Kafka Streams properties, with the dead-letter
 * handlers wired to the catalogue's dead-letter topic.
 *
 * @param kafka               cluster, topic prefix, registry, client pass-through
 * @param applicationId       Streams application.id (consumer group, internal topic prefix)
 * @param numStreamThreads    stream threads in this instance
 * @param processingGuarantee exactly_once_v2 (default) or at_least_once
 * @param stateDir            Streams state directory, or null for Streams' default
 * @param commitInterval      how often offsets are committed, or null for Streams' default
 * @param closeTimeout        how long close waits for in-flight records
 * @param ops                 where the health and metrics endpoints listen
 */
public record EnrichConfig(KafkaSettings kafka, String applicationId, int numStreamThreads,
                           String processingGuarantee, Path stateDir, Duration commitInterval,
                           Duration closeTimeout, OpsSettings ops) {

    public static final Setting<String> APPLICATION_ID = Setting.string("DATELINE_ENRICH_APPLICATION_ID",
            "dateline-enrich", "Kafka Streams application.id: the consumer group and the prefix of internal topics.");
    public static final Setting<Integer> NUM_STREAM_THREADS = Setting.integer("DATELINE_ENRICH_NUM_STREAM_THREADS",
            1, 1, 64, "Stream threads in this instance; more than the input partitions only idle.");
    public static final Setting<String> PROCESSING_GUARANTEE = new Setting<>("DATELINE_ENRICH_PROCESSING_GUARANTEE",
            StreamsConfig.EXACTLY_ONCE_V2, "exactly_once_v2 (needs the brokers' transaction.state.log.replication.factor"
                    + " and min.isr at most their number), or at_least_once (a restart may count a story twice in the"
                    + " escalation index).",
            EnrichConfig::processingGuarantee);
    public static final Setting<Path> STATE_DIR = new Setting<>("DATELINE_ENRICH_STATE_DIR", null,
            "Kafka Streams state directory; unset takes Streams' default (<tmp>/kafka-streams).", Path::of);
    public static final Setting<Duration> COMMIT_INTERVAL = Setting.duration("DATELINE_ENRICH_COMMIT_INTERVAL", null,
            "How often offsets are committed, e.g. 1s; unset takes Streams' default (30s, or 100ms with exactly_once_v2).");
    public static final Setting<Duration> CLOSE_TIMEOUT = Setting.duration("DATELINE_ENRICH_CLOSE_TIMEOUT", "30s",
            "How long shutdown waits for the stream threads to finish.");

    public static final Setting<String> HTTP_HOST = OpsSettings.hostSetting("enrich");
    public static final Setting<Integer> HTTP_PORT = OpsSettings.portSetting("enrich", 8082);

    /** Every DATELINE_ENRICH_* setting, for the documentation; {@link KafkaSettings#SETTINGS} apply as well. */
    public static final List<Setting<?>> SETTINGS = List.of(APPLICATION_ID, NUM_STREAM_THREADS, PROCESSING_GUARANTEE,
            STATE_DIR, COMMIT_INTERVAL, CLOSE_TIMEOUT, HTTP_HOST, HTTP_PORT);

    public EnrichConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(processingGuarantee, "processingGuarantee");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        Objects.requireNonNull(ops, "ops");
    }

    /** The configuration from {@code config}; fails naming the setting when one is wrong. */
    public static EnrichConfig from(ConfigSource config) {
        Duration commitInterval = config.find(COMMIT_INTERVAL).orElse(null);
        if (commitInterval != null && (commitInterval.isNegative() || commitInterval.isZero())) {
            throw new ConfigException(COMMIT_INTERVAL.name() + " must be positive: " + commitInterval);
        }
        Duration closeTimeout = config.get(CLOSE_TIMEOUT);
        if (closeTimeout.isNegative()) {
            throw new ConfigException(CLOSE_TIMEOUT.name() + " must not be negative: " + closeTimeout);
        }
        String applicationId = config.get(APPLICATION_ID).trim();
        if (!applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new ConfigException(APPLICATION_ID.name() + "='" + applicationId
                    + "' is invalid: use letters, digits, '.', '_' and '-' only");
        }
        return new EnrichConfig(KafkaSettings.from(config), applicationId, config.get(NUM_STREAM_THREADS),
                config.get(PROCESSING_GUARANTEE), config.find(STATE_DIR).orElse(null), commitInterval, closeTimeout,
                OpsSettings.from(config, HTTP_HOST, HTTP_PORT));
    }

    /** The topic catalogue under the configured prefix. */
    public Topics topics() {
        return kafka.topics();
    }

    /**
     * Kafka Streams properties: bootstrap servers, these settings, the dead-letter queue on the catalogue's dead-letter
     * topic with the handlers that feed it, then any {@code KAFKA_*} pass-through on top.
     */
    public Properties streamsProperties() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        defaults.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, numStreamThreads);
        defaults.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        if (stateDir != null) {
            defaults.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        if (commitInterval != null) {
            defaults.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        }
        defaults.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics().deadLetters().name());
        defaults.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        defaults.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProcessingHandler.class.getName());
        defaults.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProductionHandler.class.getName());
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties(defaults));
        return properties;
    }

    private static String processingGuarantee(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (!StreamsConfig.AT_LEAST_ONCE.equals(value) && !StreamsConfig.EXACTLY_ONCE_V2.equals(value)) {
            throw new IllegalArgumentException("must be at_least_once or exactly_once_v2");
        }
        return value;
    }
}
