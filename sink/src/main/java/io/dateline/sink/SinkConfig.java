package io.dateline.sink;

import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.Setting;
import io.dateline.platform.ops.OpsSettings;
import io.dateline.sink.store.StoryStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the sink service: the database it writes to, how it consumes, how it waits out a database outage.
 * {@link #from(ConfigSource)} reads them ({@code DATELINE_SINK_*}, plus the shared Kafka settings); a wrong value fails
 * there with a message naming the setting.
 */
public record SinkConfig(KafkaSettings kafka, String dbUrl, String dbUser, String dbPassword, String groupId,
                         int batchSize, Duration linger, Duration pollTimeout, Duration retryBackoff,
                         Duration retryBackoffMax, Duration shutdownTimeout, OpsSettings ops, boolean dashboard) {

    public static final Setting<String> DB_URL = new Setting<>("DATELINE_SINK_DB_URL", "jdbc:sqlite:dateline.db",
            "JDBC URL of the story database: jdbc:sqlite:<file> (embedded) or jdbc:postgresql://<host>/<db>.",
            StoryStores::requireSupported);
    public static final Setting<String> DB_USER = Setting.string("DATELINE_SINK_DB_USER", null,
            "Database user (PostgreSQL).");
    public static final Setting<String> DB_PASSWORD = Setting.string("DATELINE_SINK_DB_PASSWORD", null,
            "Database password (PostgreSQL).");
    public static final Setting<String> GROUP_ID = Setting.string("DATELINE_SINK_GROUP_ID", "dateline-sink",
            "Kafka consumer group id; offsets are committed under it once the database has the records.");
    public static final Setting<Integer> BATCH_SIZE = Setting.integer("DATELINE_SINK_BATCH_SIZE", 5000, 1, 10_000,
            "Most records written in one database transaction (also max.poll.records).");
    public static final Setting<Duration> LINGER = new Setting<>("DATELINE_SINK_LINGER", "100ms",
            "Once a batch has its first record, how long to wait for more before writing it (0 writes what one poll "
                    + "returned).", SinkConfig::nonNegative);
    public static final Setting<Duration> POLL_TIMEOUT = positiveDuration("DATELINE_SINK_POLL_TIMEOUT", "500ms",
            "Longest wait for records in one poll.");
    public static final Setting<Duration> RETRY_BACKOFF = positiveDuration("DATELINE_SINK_RETRY_BACKOFF", "1s",
            "First wait before writing a batch again after the database failed; doubles on every failure.");
    public static final Setting<Duration> RETRY_BACKOFF_MAX = positiveDuration("DATELINE_SINK_RETRY_BACKOFF_MAX",
            "30s", "Longest wait between two attempts at writing a batch.");
    public static final Setting<Duration> SHUTDOWN_TIMEOUT = positiveDuration("DATELINE_SINK_SHUTDOWN_TIMEOUT",
            "30s", "How long close() waits for the batch in hand to finish.");

    /** Every setting this record reads, for the documentation (the Kafka ones are in KafkaSettings.SETTINGS). */
    public static final Setting<String> HTTP_HOST = OpsSettings.hostSetting("sink");
    public static final Setting<Integer> HTTP_PORT = OpsSettings.portSetting("sink", 8083);

    public static final Setting<Boolean> DASHBOARD = Setting.bool("DATELINE_SINK_DASHBOARD", true,
            "Serve the analysts' dashboard (the page on / and its JSON API on /api/) on the HTTP port, read only.");

    public static final List<Setting<?>> SETTINGS = List.of(DB_URL, DB_USER, DB_PASSWORD, GROUP_ID, BATCH_SIZE,
            LINGER, POLL_TIMEOUT, RETRY_BACKOFF, RETRY_BACKOFF_MAX, SHUTDOWN_TIMEOUT, HTTP_HOST, HTTP_PORT, DASHBOARD);

    public SinkConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(groupId, "groupId");
    }

    /** Reads the settings; throws ConfigException naming the first wrong one. */
    public static SinkConfig from(ConfigSource config) {
        Duration backoff = config.get(RETRY_BACKOFF);
        Duration backoffMax = config.get(RETRY_BACKOFF_MAX);
        if (backoffMax.compareTo(backoff) < 0) {
            throw new ConfigException(RETRY_BACKOFF_MAX.name() + "=" + backoffMax
                    + " is invalid: must not be shorter than " + RETRY_BACKOFF.name() + "=" + backoff);
        }
        return new SinkConfig(KafkaSettings.from(config), config.get(DB_URL), config.find(DB_USER).orElse(null),
                config.find(DB_PASSWORD).orElse(null), config.get(GROUP_ID), config.get(BATCH_SIZE),
                config.get(LINGER), config.get(POLL_TIMEOUT), backoff, backoffMax, config.get(SHUTDOWN_TIMEOUT),
                OpsSettings.from(config, HTTP_HOST, HTTP_PORT), config.get(DASHBOARD));
    }

    /** Every setting of the sink service, its own and the shared Kafka ones. */
    public static List<Setting<?>> allSettings() {
        List<Setting<?>> all = new ArrayList<>(SETTINGS);
        all.addAll(KafkaSettings.SETTINGS);
        return List.copyOf(all);
    }

    /** Never prints a password (KafkaSettings' own toString would print the schema registry's). */
    @Override
    public String toString() {
        return "SinkConfig[bootstrapServers=" + kafka.bootstrapServers() + ", topicPrefix=" + kafka.topicPrefix()
                + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", dbPassword="
                + (dbPassword == null ? null : "****") + ", groupId=" + groupId + ", batchSize=" + batchSize
                + ", linger=" + linger + ", pollTimeout=" + pollTimeout + ", retryBackoff=" + retryBackoff
                + ", retryBackoffMax=" + retryBackoffMax + ", shutdownTimeout=" + shutdownTimeout + "]";
    }

    private static Duration nonNegative(String text) {
        Duration duration = Setting.duration("linger", "0ms", "").parser().apply(text);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
        }
        return duration;
    }

    private static Setting<Duration> positiveDuration(String name, String defaultText, String description) {
        Setting<Duration> plain = Setting.duration(name, defaultText, description);
        return new Setting<>(name, defaultText, description, text -> {
            Duration duration = plain.parser().apply(text);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("must be longer than zero");
            }
            return duration;
        });
    }
}
